CREATE TABLE "entity_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"entity_code" text NOT NULL,
	"entity_name" text NOT NULL,
	"kind" text NOT NULL,
	"province_code" text,
	"province_name" text,
	"score" numeric(5, 2) NOT NULL,
	"category" text NOT NULL,
	"opinion_label_id" text NOT NULL,
	"opinion_label_en" text NOT NULL,
	"zone" text NOT NULL,
	"category_colour" text NOT NULL,
	"zone_colour" text NOT NULL,
	"rank_national" integer NOT NULL,
	"rank_national_of" integer NOT NULL,
	"rank_province" integer,
	"rank_province_of" integer,
	"computed_category" text NOT NULL,
	"computed_zone" text NOT NULL,
	"computed_rank_national" integer NOT NULL,
	"computed_rank_province" integer,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_demo_value" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "result_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"cycle_id" uuid,
	"methodology_id" text NOT NULL,
	"methodology_version" text NOT NULL,
	"methodology_sha256" text NOT NULL,
	"decree_number" text,
	"decree_date" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"embargo_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"supersedes_id" uuid,
	"rows_sha256" text NOT NULL,
	"source_file_name" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "result_snapshots_source_check" CHECK ("result_snapshots"."source" in ('historical-import', 'computed')),
	CONSTRAINT "result_snapshots_status_check" CHECK ("result_snapshots"."status" in ('draft', 'published')),
	CONSTRAINT "result_snapshots_published_check" CHECK (("result_snapshots"."status" = 'published') = ("result_snapshots"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "unit_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"entity_result_id" uuid NOT NULL,
	"unit_id" uuid,
	"unit_name" text NOT NULL,
	"unit_type_code" text NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"category" text NOT NULL,
	"zone" text NOT NULL,
	"rank_unit_type_province" integer,
	"rank_unit_type_province_of" integer,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "entity_results" ADD CONSTRAINT "entity_results_snapshot_id_result_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."result_snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_results" ADD CONSTRAINT "entity_results_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_results" ADD CONSTRAINT "unit_results_snapshot_id_result_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."result_snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_results" ADD CONSTRAINT "unit_results_entity_result_id_entity_results_id_fk" FOREIGN KEY ("entity_result_id") REFERENCES "public"."entity_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_results" ADD CONSTRAINT "unit_results_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "entity_results_snapshot_entity_unique" ON "entity_results" USING btree ("snapshot_id","entity_code");--> statement-breakpoint
CREATE INDEX "entity_results_entity_idx" ON "entity_results" USING btree ("entity_code");--> statement-breakpoint
CREATE INDEX "result_snapshots_year_idx" ON "result_snapshots" USING btree ("year","status","embargo_at");--> statement-breakpoint
CREATE INDEX "unit_results_snapshot_idx" ON "unit_results" USING btree ("snapshot_id","entity_result_id");