CREATE TABLE "cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"methodology_ref" text NOT NULL,
	"methodology_sha256" text,
	"frozen_at" timestamp with time zone,
	"phases" jsonb NOT NULL,
	"decree_number" text,
	"decree_date" date,
	"embargo_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loci" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"province_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "locus_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locus_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "locus_assignments_role_check" CHECK ("locus_assignments"."role" in ('assessor', 'verifier'))
);
--> statement-breakpoint
CREATE TABLE "locus_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locus_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"job_title" text NOT NULL,
	"institution" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locus_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"opened_by" text NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_kind_check" CHECK ("meetings"."kind" in ('entry', 'exit'))
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size_bytes" bigint NOT NULL,
	"media_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loci" ADD CONSTRAINT "loci_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loci" ADD CONSTRAINT "loci_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locus_assignments" ADD CONSTRAINT "locus_assignments_locus_id_loci_id_fk" FOREIGN KEY ("locus_id") REFERENCES "public"."loci"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locus_assignments" ADD CONSTRAINT "locus_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locus_units" ADD CONSTRAINT "locus_units_locus_id_loci_id_fk" FOREIGN KEY ("locus_id") REFERENCES "public"."loci"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locus_units" ADD CONSTRAINT "locus_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attachments" ADD CONSTRAINT "meeting_attachments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attachments" ADD CONSTRAINT "meeting_attachments_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_locus_id_loci_id_fk" FOREIGN KEY ("locus_id") REFERENCES "public"."loci"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cycles_year_unique" ON "cycles" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "loci_cycle_entity_unique" ON "loci" USING btree ("cycle_id","entity_id");--> statement-breakpoint
CREATE INDEX "loci_cycle_province_idx" ON "loci" USING btree ("cycle_id","province_code");--> statement-breakpoint
CREATE UNIQUE INDEX "locus_assignments_unique" ON "locus_assignments" USING btree ("locus_id","user_id","role");--> statement-breakpoint
CREATE INDEX "locus_assignments_user_idx" ON "locus_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "locus_units_locus_unit_unique" ON "locus_units" USING btree ("locus_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attachments_unique" ON "meeting_attachments" USING btree ("meeting_id","file_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_locus_kind_unique" ON "meetings" USING btree ("locus_id","kind");