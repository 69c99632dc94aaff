ALTER TYPE "enrollments"."enrollment_status" ADD VALUE 'pending_payment';--> statement-breakpoint
CREATE TABLE "enrollments"."payment_events" (
	"event_id" varchar(255) PRIMARY KEY NOT NULL,
	"type" varchar(100) NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enrollments"."enrollments" ADD COLUMN "payment_provider" varchar(20);--> statement-breakpoint
ALTER TABLE "enrollments"."enrollments" ADD COLUMN "checkout_session_id" varchar(255);--> statement-breakpoint
ALTER TABLE "enrollments"."enrollments" ADD COLUMN "checkout_url" text;--> statement-breakpoint
ALTER TABLE "enrollments"."enrollments" ADD COLUMN "hold_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrollments"."enrollments" ADD COLUMN "paid_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrollments"."enrollments" ADD COLUMN "payment_issue" text;--> statement-breakpoint
CREATE INDEX "enrollments_hold_expires_idx" ON "enrollments"."enrollments" USING btree ("hold_expires_at");--> statement-breakpoint
ALTER TABLE "enrollments"."enrollments" ADD CONSTRAINT "enrollments_checkout_session_key" UNIQUE("checkout_session_id");