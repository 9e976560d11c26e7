ALTER TABLE "survey_responses" ADD COLUMN "client_hash" text;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "excluded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "excluded_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "exclusion_note" text;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_excluded_by_user_id_users_id_fk" FOREIGN KEY ("excluded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_responses_unit_client_idx" ON "survey_responses" USING btree ("locus_unit_id","client_hash","submitted_at");