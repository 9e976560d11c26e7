CREATE TABLE "objection_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"objection_id" uuid NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"locus_id" uuid NOT NULL,
	"entity_code" text NOT NULL,
	"province_code" text,
	"locus_unit_id" uuid,
	"indicator_code" text,
	"text" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decision_note" text,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"filed_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objections_status_check" CHECK ("objections"."status" in ('open', 'accepted', 'rejected')),
	CONSTRAINT "objections_decision_check" CHECK (("objections"."status" = 'open') = ("objections"."decided_at" is null))
);
--> statement-breakpoint
ALTER TABLE "entity_results" ADD COLUMN "explanation" jsonb;--> statement-breakpoint
ALTER TABLE "unit_results" ADD COLUMN "explanation" jsonb;--> statement-breakpoint
ALTER TABLE "objection_files" ADD CONSTRAINT "objection_files_objection_id_objections_id_fk" FOREIGN KEY ("objection_id") REFERENCES "public"."objections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objection_files" ADD CONSTRAINT "objection_files_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_locus_id_loci_id_fk" FOREIGN KEY ("locus_id") REFERENCES "public"."loci"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_locus_unit_id_locus_units_id_fk" FOREIGN KEY ("locus_unit_id") REFERENCES "public"."locus_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_filed_by_user_id_users_id_fk" FOREIGN KEY ("filed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "objection_files_unique" ON "objection_files" USING btree ("objection_id","file_sha256");--> statement-breakpoint
CREATE INDEX "objections_cycle_entity_idx" ON "objections" USING btree ("cycle_id","entity_code");--> statement-breakpoint
CREATE INDEX "objections_cycle_province_idx" ON "objections" USING btree ("cycle_id","province_code");