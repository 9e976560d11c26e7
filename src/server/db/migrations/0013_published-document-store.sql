CREATE TABLE "rendered_documents" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rendered_documents_kind_check" CHECK ("rendered_documents"."kind" in ('piagam', 'rapor'))
);
--> statement-breakpoint
ALTER TABLE "issued_documents" ADD COLUMN "signing" jsonb;--> statement-breakpoint
CREATE INDEX "rendered_documents_used_idx" ON "rendered_documents" USING btree ("used_at");--> statement-breakpoint
CREATE INDEX "rendered_documents_sha256_idx" ON "rendered_documents" USING btree ("sha256");