CREATE TABLE "document_signatories" (
	"year" integer NOT NULL,
	"office_code" text NOT NULL,
	"signatories" jsonb NOT NULL,
	"place" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid,
	CONSTRAINT "document_signatories_year_office_code_pk" PRIMARY KEY("year","office_code")
);
--> statement-breakpoint
CREATE TABLE "issued_documents" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"subject_id" text NOT NULL,
	"entity_code" text NOT NULL,
	"unit_result_id" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issued_documents_kind_check" CHECK ("issued_documents"."kind" in ('piagam'))
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"result_path" text,
	"result_sha256" text,
	"result_size_bytes" integer,
	"error" text,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "jobs_status_check" CHECK ("jobs"."status" in ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_snapshot_id_result_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."result_snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_unit_result_id_unit_results_id_fk" FOREIGN KEY ("unit_result_id") REFERENCES "public"."unit_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "issued_documents_subject_unique" ON "issued_documents" USING btree ("kind","snapshot_id","subject_id");--> statement-breakpoint
CREATE INDEX "jobs_status_idx" ON "jobs" USING btree ("status","created_at");