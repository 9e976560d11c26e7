CREATE TABLE "evidence_fingerprints" (
	"file_sha256" text PRIMARY KEY NOT NULL,
	"perceptual_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_flag_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evidence_id" uuid NOT NULL,
	"flag_code" text NOT NULL,
	"decision" text NOT NULL,
	"note" text NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evidence_flag_decisions_evidence_flag_unique" UNIQUE("evidence_id","flag_code"),
	CONSTRAINT "evidence_flag_decisions_decision_check" CHECK ("evidence_flag_decisions"."decision" in ('accepted', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "qa_second_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"second_scoring_id" uuid NOT NULL,
	"respondent_id" uuid,
	"indicator_code" text NOT NULL,
	"level" integer NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "qa_second_answers_scoring_question_unique" UNIQUE NULLS NOT DISTINCT("second_scoring_id","respondent_id","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "qa_second_scorings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locus_unit_id" uuid NOT NULL,
	"assessor_user_id" uuid NOT NULL,
	"drawn_by_user_id" uuid,
	"drawn_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_fingerprints" ADD CONSTRAINT "evidence_fingerprints_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_flag_decisions" ADD CONSTRAINT "evidence_flag_decisions_evidence_id_answer_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."answer_evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_flag_decisions" ADD CONSTRAINT "evidence_flag_decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_second_answers" ADD CONSTRAINT "qa_second_answers_second_scoring_id_qa_second_scorings_id_fk" FOREIGN KEY ("second_scoring_id") REFERENCES "public"."qa_second_scorings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_second_answers" ADD CONSTRAINT "qa_second_answers_respondent_id_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."respondents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_second_scorings" ADD CONSTRAINT "qa_second_scorings_locus_unit_id_locus_units_id_fk" FOREIGN KEY ("locus_unit_id") REFERENCES "public"."locus_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_second_scorings" ADD CONSTRAINT "qa_second_scorings_assessor_user_id_users_id_fk" FOREIGN KEY ("assessor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_second_scorings" ADD CONSTRAINT "qa_second_scorings_drawn_by_user_id_users_id_fk" FOREIGN KEY ("drawn_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "qa_second_answers_scoring_idx" ON "qa_second_answers" USING btree ("second_scoring_id");--> statement-breakpoint
CREATE UNIQUE INDEX "qa_second_scorings_locus_unit_unique" ON "qa_second_scorings" USING btree ("locus_unit_id");--> statement-breakpoint
CREATE INDEX "answer_evidence_file_idx" ON "answer_evidence" USING btree ("file_sha256");