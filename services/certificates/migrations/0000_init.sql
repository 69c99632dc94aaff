CREATE SCHEMA IF NOT EXISTS "certificates";
--> statement-breakpoint
CREATE SEQUENCE "certificates"."certificate_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "certificates"."certificates" (
	"id" serial PRIMARY KEY NOT NULL,
	"enrollment_id" integer NOT NULL,
	"student_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"certificate_number" varchar(100) NOT NULL,
	"issue_date" date NOT NULL,
	"verification_code" varchar(50) NOT NULL,
	"grade" varchar(10) NOT NULL,
	"score_percentage" numeric(5, 2),
	"issued_by_id" integer,
	"notes" text,
	"is_revoked" boolean DEFAULT false NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"student_name" text NOT NULL,
	"course_title" text NOT NULL,
	"instructor_id" integer NOT NULL,
	"instructor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_enrollment_id_unique" UNIQUE("enrollment_id"),
	CONSTRAINT "certificates_certificate_number_unique" UNIQUE("certificate_number"),
	CONSTRAINT "certificates_verification_code_unique" UNIQUE("verification_code")
);
--> statement-breakpoint
CREATE TABLE "certificates"."outbox" (
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
CREATE TABLE "certificates"."processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "certificates_student_id_idx" ON "certificates"."certificates" USING btree ("student_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "certificates"."outbox" USING btree ("id") WHERE "certificates"."outbox"."delivered_at" is null;