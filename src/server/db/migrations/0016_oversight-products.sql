CREATE TABLE "oversight_product_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"follow_up_status" text NOT NULL,
	"confirmed_on" date NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"confirmed_by_user_id" uuid,
	"confirmed_by_name" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "oversight_product_confirmations_status_check" CHECK ("oversight_product_confirmations"."follow_up_status" in ('belum', 'sebagian', 'selesai'))
);
--> statement-breakpoint
CREATE TABLE "oversight_product_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oversight_product_files_name_check" CHECK (length("oversight_product_files"."file_name") > 0)
);
--> statement-breakpoint
CREATE TABLE "oversight_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"province_code" text,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"subject" text NOT NULL,
	"issuing_office" text NOT NULL,
	"due_on" date,
	"follow_up_status" text DEFAULT 'belum' NOT NULL,
	"confirmed_by_user_id" uuid,
	"confirmed_by_name" text,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oversight_products_kind_check" CHECK ("oversight_products"."kind" in ('tindakan_korektif', 'saran_perbaikan', 'saran_penyempurnaan', 'rekomendasi')),
	CONSTRAINT "oversight_products_status_check" CHECK ("oversight_products"."follow_up_status" in ('belum', 'sebagian', 'selesai')),
	CONSTRAINT "oversight_products_due_check" CHECK ("oversight_products"."due_on" is null or "oversight_products"."due_on" >= "oversight_products"."issued_on")
);
--> statement-breakpoint
ALTER TABLE "oversight_product_confirmations" ADD CONSTRAINT "oversight_product_confirmations_product_id_oversight_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."oversight_products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_product_confirmations" ADD CONSTRAINT "oversight_product_confirmations_confirmed_by_user_id_users_id_fk" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_product_files" ADD CONSTRAINT "oversight_product_files_product_id_oversight_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."oversight_products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_product_files" ADD CONSTRAINT "oversight_product_files_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_product_files" ADD CONSTRAINT "oversight_product_files_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_products" ADD CONSTRAINT "oversight_products_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_products" ADD CONSTRAINT "oversight_products_confirmed_by_user_id_users_id_fk" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_products" ADD CONSTRAINT "oversight_products_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oversight_product_confirmations_product_idx" ON "oversight_product_confirmations" USING btree ("product_id","confirmed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "oversight_product_files_unique" ON "oversight_product_files" USING btree ("product_id","file_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "oversight_products_number_unique" ON "oversight_products" USING btree ("entity_id","kind","number");--> statement-breakpoint
CREATE INDEX "oversight_products_province_idx" ON "oversight_products" USING btree ("province_code","issued_on");