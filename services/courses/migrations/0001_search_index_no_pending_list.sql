DROP INDEX "courses"."courses_search_idx";--> statement-breakpoint
CREATE INDEX "courses_search_idx" ON "courses"."courses" USING gin ("search_vector") WITH (fastupdate=false);