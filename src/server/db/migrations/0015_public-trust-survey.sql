CREATE TABLE "public_trust_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locus_id" uuid NOT NULL,
	"device_token_sha256" text NOT NULL,
	"answers" jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_hash" text,
	"excluded_at" timestamp with time zone,
	"excluded_by_user_id" uuid,
	"exclusion_note" text
);
--> statement-breakpoint
CREATE TABLE "public_trust_surveys" (
	"locus_id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_trust_surveys_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "survey_proof_settings" (
	"cycle_id" uuid PRIMARY KEY NOT NULL,
	"proof_required" boolean DEFAULT false NOT NULL,
	"no_proof_rule" text DEFAULT 'count' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_proof_settings_rule_check" CHECK ("survey_proof_settings"."no_proof_rule" in ('count', 'exclude'))
);
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "receipt_number" text;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "proof_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "proof_seen_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "public_trust_responses" ADD CONSTRAINT "public_trust_responses_locus_id_loci_id_fk" FOREIGN KEY ("locus_id") REFERENCES "public"."loci"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_trust_responses" ADD CONSTRAINT "public_trust_responses_excluded_by_user_id_users_id_fk" FOREIGN KEY ("excluded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_trust_surveys" ADD CONSTRAINT "public_trust_surveys_locus_id_loci_id_fk" FOREIGN KEY ("locus_id") REFERENCES "public"."loci"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_proof_settings" ADD CONSTRAINT "survey_proof_settings_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "public_trust_responses_locus_device_unique" ON "public_trust_responses" USING btree ("locus_id","device_token_sha256");--> statement-breakpoint
CREATE INDEX "public_trust_responses_locus_client_idx" ON "public_trust_responses" USING btree ("locus_id","client_hash","submitted_at");--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_proof_seen_by_user_id_users_id_fk" FOREIGN KEY ("proof_seen_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_unit_receipt_unique" ON "survey_responses" USING btree ("locus_unit_id","receipt_number") WHERE "survey_responses"."receipt_number" is not null;