CREATE TABLE "office_letterheads" (
	"office_code" text PRIMARY KEY NOT NULL,
	"file_sha256" text NOT NULL,
	"media_type" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "issued_documents" DROP CONSTRAINT "issued_documents_kind_check";--> statement-breakpoint
ALTER TABLE "office_letterheads" ADD CONSTRAINT "office_letterheads_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_kind_check" CHECK ("issued_documents"."kind" in ('piagam', 'rapor'));