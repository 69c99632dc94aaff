ALTER TYPE "enrollments"."enrollment_status" ADD VALUE 'waitlisted';--> statement-breakpoint
CREATE TABLE "enrollments"."idempotency_keys" (
	"user_id" integer NOT NULL,
	"key" varchar(255) NOT NULL,
	"request_hash" text NOT NULL,
	"owner" uuid NOT NULL,
	"response_status" integer,
	"response_body" text,
	"response_type" text,
	"locked_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "enrollments"."course_seats" ADD COLUMN "max_students" integer;--> statement-breakpoint
ALTER TABLE "enrollments"."course_seats" ADD COLUMN "waitlist_seq" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments"."enrollments" ADD COLUMN "waitlist_number" integer;--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_idx" ON "enrollments"."idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "enrollments_waitlist_idx" ON "enrollments"."enrollments" USING btree ("course_id","waitlist_number");