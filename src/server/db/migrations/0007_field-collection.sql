CREATE TABLE "answer_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"answer_id" uuid NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"taken_at" timestamp with time zone,
	"latitude" double precision,
	"longitude" double precision,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locus_unit_id" uuid NOT NULL,
	"respondent_id" uuid,
	"indicator_code" text NOT NULL,
	"level" integer,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answers_unit_respondent_indicator_unique" UNIQUE NULLS NOT DISTINCT("locus_unit_id","respondent_id","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "complaint_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locus_unit_id" uuid NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"channel" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"outcome" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_records_times_check" CHECK (("complaint_records"."first_response_at" is null or "complaint_records"."first_response_at" >= "complaint_records"."received_at")
        and ("complaint_records"."resolved_at" is null or "complaint_records"."resolved_at" >= "complaint_records"."received_at"))
);
--> statement-breakpoint
CREATE TABLE "respondents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locus_unit_id" uuid NOT NULL,
	"role_code" text NOT NULL,
	"name" text NOT NULL,
	"job_title" text DEFAULT '' NOT NULL,
	"employment" text,
	"decree_number" text,
	"decree_date" date,
	"interviewed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "respondents_employment_check" CHECK ("respondents"."employment" in ('asn', 'non-asn'))
);
--> statement-breakpoint
CREATE TABLE "review_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locus_unit_id" uuid NOT NULL,
	"indicator_code" text,
	"note" text NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locus_unit_id" uuid NOT NULL,
	"device_token_sha256" text NOT NULL,
	"levels" jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loci" ADD COLUMN "approval" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "loci" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "loci" ADD COLUMN "approved_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "loci" ADD COLUMN "accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "loci" ADD COLUMN "accepted_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "locus_units" ADD COLUMN "status" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "locus_units" ADD COLUMN "status_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "locus_units" ADD COLUMN "survey_code" text;--> statement-breakpoint
ALTER TABLE "answer_evidence" ADD CONSTRAINT "answer_evidence_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_evidence" ADD CONSTRAINT "answer_evidence_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_evidence" ADD CONSTRAINT "answer_evidence_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_locus_unit_id_locus_units_id_fk" FOREIGN KEY ("locus_unit_id") REFERENCES "public"."locus_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_respondent_id_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."respondents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_records" ADD CONSTRAINT "complaint_records_locus_unit_id_locus_units_id_fk" FOREIGN KEY ("locus_unit_id") REFERENCES "public"."locus_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_records" ADD CONSTRAINT "complaint_records_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_locus_unit_id_locus_units_id_fk" FOREIGN KEY ("locus_unit_id") REFERENCES "public"."locus_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_locus_unit_id_locus_units_id_fk" FOREIGN KEY ("locus_unit_id") REFERENCES "public"."locus_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_locus_unit_id_locus_units_id_fk" FOREIGN KEY ("locus_unit_id") REFERENCES "public"."locus_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "answer_evidence_answer_file_unique" ON "answer_evidence" USING btree ("answer_id","file_sha256");--> statement-breakpoint
CREATE INDEX "complaint_records_locus_unit_idx" ON "complaint_records" USING btree ("locus_unit_id");--> statement-breakpoint
CREATE INDEX "respondents_locus_unit_idx" ON "respondents" USING btree ("locus_unit_id","role_code");--> statement-breakpoint
CREATE INDEX "review_notes_locus_unit_idx" ON "review_notes" USING btree ("locus_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_unit_device_unique" ON "survey_responses" USING btree ("locus_unit_id","device_token_sha256");--> statement-breakpoint
ALTER TABLE "loci" ADD CONSTRAINT "loci_approved_by_user_id_users_id_fk" FOREIGN KEY ("approved_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loci" ADD CONSTRAINT "loci_accepted_by_user_id_users_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "locus_units_survey_code_unique" ON "locus_units" USING btree ("survey_code");--> statement-breakpoint
ALTER TABLE "loci" ADD CONSTRAINT "loci_approval_check" CHECK ("loci"."approval" in ('open', 'approved', 'accepted'));--> statement-breakpoint
ALTER TABLE "locus_units" ADD CONSTRAINT "locus_units_status_check" CHECK ("locus_units"."status" in ('draft', 'submitted', 'returned', 'verified', 'locked'));