ALTER TABLE "certificates"."certificates" ADD COLUMN "assessment" varchar(20) DEFAULT 'none' NOT NULL;--> statement-breakpoint
-- Certificates issued before quizzes had questions: every quiz score then was self-reported.
UPDATE "certificates"."certificates" SET "assessment" = 'self_reported' WHERE "score_percentage" IS NOT NULL;
