DROP INDEX "progress"."outbox_pending_idx";--> statement-breakpoint
ALTER TABLE "progress"."outbox" ADD COLUMN "parked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "progress"."outbox" ADD COLUMN "redriven_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbox_delivered_at_idx" ON "progress"."outbox" USING btree ("delivered_at") WHERE "progress"."outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "outbox_parked_idx" ON "progress"."outbox" USING btree ("id") WHERE "progress"."outbox"."parked_at" is not null and "progress"."outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "progress"."outbox" USING btree ("id") WHERE "progress"."outbox"."delivered_at" is null and "progress"."outbox"."parked_at" is null;