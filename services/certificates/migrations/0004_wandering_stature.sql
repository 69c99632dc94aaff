DROP INDEX "certificates"."outbox_pending_idx";--> statement-breakpoint
ALTER TABLE "certificates"."outbox" ADD COLUMN "parked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "certificates"."outbox" ADD COLUMN "redriven_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbox_delivered_at_idx" ON "certificates"."outbox" USING btree ("delivered_at") WHERE "certificates"."outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "outbox_parked_idx" ON "certificates"."outbox" USING btree ("id") WHERE "certificates"."outbox"."parked_at" is not null and "certificates"."outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "certificates"."outbox" USING btree ("id") WHERE "certificates"."outbox"."delivered_at" is null and "certificates"."outbox"."parked_at" is null;