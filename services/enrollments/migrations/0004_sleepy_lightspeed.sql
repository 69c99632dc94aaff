DROP INDEX "enrollments"."outbox_pending_idx";--> statement-breakpoint
ALTER TABLE "enrollments"."outbox" ADD COLUMN "parked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrollments"."outbox" ADD COLUMN "redriven_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbox_delivered_at_idx" ON "enrollments"."outbox" USING btree ("delivered_at") WHERE "enrollments"."outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "outbox_parked_idx" ON "enrollments"."outbox" USING btree ("id") WHERE "enrollments"."outbox"."parked_at" is not null and "enrollments"."outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "enrollments"."outbox" USING btree ("id") WHERE "enrollments"."outbox"."delivered_at" is null and "enrollments"."outbox"."parked_at" is null;