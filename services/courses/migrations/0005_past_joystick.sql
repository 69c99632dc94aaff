DROP INDEX "courses"."outbox_pending_idx";--> statement-breakpoint
ALTER TABLE "courses"."outbox" ADD COLUMN "parked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "courses"."outbox" ADD COLUMN "redriven_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbox_delivered_at_idx" ON "courses"."outbox" USING btree ("delivered_at") WHERE "courses"."outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "outbox_parked_idx" ON "courses"."outbox" USING btree ("id") WHERE "courses"."outbox"."parked_at" is not null and "courses"."outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "courses"."outbox" USING btree ("id") WHERE "courses"."outbox"."delivered_at" is null and "courses"."outbox"."parked_at" is null;