CREATE TABLE "progress"."quiz_attempts" (
	"id" serial PRIMARY KEY NOT NULL,
	"progress_id" integer NOT NULL,
	"enrollment_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"lesson_id" integer NOT NULL,
	"attempt_number" integer NOT NULL,
	"quiz_version" integer NOT NULL,
	"questions" jsonb NOT NULL,
	"settings" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"answers" jsonb,
	"results" jsonb,
	"points" numeric(12, 2),
	"max_points" numeric(12, 2),
	"score" numeric(5, 2),
	"passed" boolean,
	CONSTRAINT "quiz_attempts_number_key" UNIQUE("progress_id","lesson_id","attempt_number")
);
--> statement-breakpoint
ALTER TABLE "progress"."quiz_scores" ADD COLUMN "graded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "progress"."quiz_attempts" ADD CONSTRAINT "quiz_attempts_progress_id_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "progress"."progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quiz_attempts_quiz_idx" ON "progress"."quiz_attempts" USING btree ("course_id","lesson_id");