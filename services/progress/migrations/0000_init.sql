CREATE SCHEMA IF NOT EXISTS "progress";
--> statement-breakpoint
CREATE TABLE "progress"."lesson_completions" (
	"progress_id" integer NOT NULL,
	"lesson_id" integer NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "lesson_completions_progress_id_lesson_id_pk" PRIMARY KEY("progress_id","lesson_id")
);
--> statement-breakpoint
CREATE TABLE "progress"."outbox" (
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
CREATE TABLE "progress"."processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress"."progress" (
	"id" serial PRIMARY KEY NOT NULL,
	"enrollment_id" integer NOT NULL,
	"student_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"time_spent_minutes" integer DEFAULT 0 NOT NULL,
	"current_module_id" integer,
	"current_lesson_id" integer,
	"last_accessed_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone,
	CONSTRAINT "progress_enrollment_id_unique" UNIQUE("enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "progress"."quiz_scores" (
	"progress_id" integer NOT NULL,
	"lesson_id" integer NOT NULL,
	"best_score" numeric(5, 2) NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"last_submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "quiz_scores_progress_id_lesson_id_pk" PRIMARY KEY("progress_id","lesson_id")
);
--> statement-breakpoint
ALTER TABLE "progress"."lesson_completions" ADD CONSTRAINT "lesson_completions_progress_id_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "progress"."progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress"."quiz_scores" ADD CONSTRAINT "quiz_scores_progress_id_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "progress"."progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "progress"."outbox" USING btree ("id") WHERE "progress"."outbox"."delivered_at" is null;