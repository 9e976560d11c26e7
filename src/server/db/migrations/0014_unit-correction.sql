ALTER TABLE "locus_units" ADD COLUMN "correction_opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "locus_units" ADD COLUMN "correction_reason" text;--> statement-breakpoint
ALTER TABLE "locus_units" ADD COLUMN "verification_overrides" jsonb;