CREATE SCHEMA IF NOT EXISTS "courses";
--> statement-breakpoint
CREATE TYPE "courses"."course_level" AS ENUM('beginner', 'intermediate', 'advanced');--> statement-breakpoint
CREATE TYPE "courses"."course_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TABLE "courses"."course_contents" (
	"course_id" integer PRIMARY KEY NOT NULL,
	"next_id" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"modules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "courses"."courses" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" varchar(255) NOT NULL,
	"slug" varchar(255) NOT NULL,
	"description" text,
	"long_description" text,
	"instructor_id" integer NOT NULL,
	"category" varchar(100),
	"level" "courses"."course_level",
	"language" varchar(50) DEFAULT 'en' NOT NULL,
	"duration_hours" numeric(7, 2),
	"price" numeric(10, 2) DEFAULT '0.00' NOT NULL,
	"currency" varchar(3) DEFAULT 'USD' NOT NULL,
	"thumbnail_url" varchar(500),
	"video_preview_url" varchar(500),
	"status" "courses"."course_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"max_students" integer,
	"prerequisites" text,
	"learning_objectives" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone,
	"is_deleted" boolean DEFAULT false NOT NULL,
	"content_version" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(description, '')), 'B')) STORED NOT NULL
);
--> statement-breakpoint
ALTER TABLE "courses"."course_contents" ADD CONSTRAINT "course_contents_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "courses"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "courses_slug_key" ON "courses"."courses" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "courses_slug_pattern_idx" ON "courses"."courses" USING btree ("slug" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "courses_status_newest_idx" ON "courses"."courses" USING btree ("status","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "courses_published_title_idx" ON "courses"."courses" USING btree (lower("title"),"id") WHERE "courses"."courses"."status" = 'published';--> statement-breakpoint
CREATE INDEX "courses_published_price_idx" ON "courses"."courses" USING btree ("price","id") WHERE "courses"."courses"."status" = 'published';--> statement-breakpoint
CREATE INDEX "courses_published_category_idx" ON "courses"."courses" USING btree ("category","published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "courses"."courses"."status" = 'published';--> statement-breakpoint
CREATE INDEX "courses_published_level_idx" ON "courses"."courses" USING btree ("level","published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "courses"."courses"."status" = 'published';--> statement-breakpoint
CREATE INDEX "courses_instructor_idx" ON "courses"."courses" USING btree ("instructor_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "courses_search_idx" ON "courses"."courses" USING gin ("search_vector");