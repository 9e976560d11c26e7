ALTER TABLE "qa_second_answers" ADD COLUMN "settled_level" integer;--> statement-breakpoint
ALTER TABLE "qa_second_answers" ADD COLUMN "settlement_note" text;--> statement-breakpoint
ALTER TABLE "qa_second_answers" ADD COLUMN "settled_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "qa_second_answers" ADD COLUMN "settled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "service_hours" text;--> statement-breakpoint
ALTER TABLE "qa_second_answers" ADD CONSTRAINT "qa_second_answers_settled_by_user_id_users_id_fk" FOREIGN KEY ("settled_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;