CREATE SCHEMA IF NOT EXISTS "enrollments";
--> statement-breakpoint
CREATE TYPE "enrollments"."enrollment_status" AS ENUM('active', 'completed', 'dropped', 'suspended');--> statement-breakpoint
CREATE TYPE "enrollments"."payment_status" AS ENUM('pending', 'completed', 'refunded');--> statement-breakpoint
CREATE TABLE "enrollments"."course_seats" (
	"course_id" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrollments"."enrollments" (
	"id" serial PRIMARY KEY NOT NULL,
	"student_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"course_title" text NOT NULL,
	"status" "enrollments"."enrollment_status" DEFAULT 'active' NOT NULL,
	"enrolled_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"dropped_at" timestamp with time zone,
	"completion_percentage" numeric(5, 2) DEFAULT '0' NOT NULL,
	"last_accessed_at" timestamp with time zone,
	"progress_version" integer DEFAULT 0 NOT NULL,
	"payment_status" "enrollments"."payment_status",
	"payment_amount" numeric(10, 2),
	"payment_id" varchar(255),
	"enrollment_source" varchar(100) DEFAULT 'web' NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone,
	CONSTRAINT "enrollments_student_course_key" UNIQUE("student_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "enrollments"."outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"destination" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "enrollments"."processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrollments"."enrollment_status_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"enrollment_id" integer NOT NULL,
	"from_status" "enrollments"."enrollment_status",
	"to_status" "enrollments"."enrollment_status" NOT NULL,
	"reason" text,
	"changed_by" integer,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enrollments"."enrollment_status_history" ADD CONSTRAINT "enrollment_status_history_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enrollments_course_status_idx" ON "enrollments"."enrollments" USING btree ("course_id","status");--> statement-breakpoint
CREATE INDEX "enrollments_student_enrolled_idx" ON "enrollments"."enrollments" USING btree ("student_id","enrolled_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "enrollments"."outbox" USING btree ("id") WHERE "enrollments"."outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "enrollment_status_history_enrollment_idx" ON "enrollments"."enrollment_status_history" USING btree ("enrollment_id","id");