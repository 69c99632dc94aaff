DROP INDEX "users"."outbox_pending_idx";--> statement-breakpoint
ALTER TABLE "users"."outbox" ADD COLUMN "parked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users"."outbox" ADD COLUMN "redriven_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbox_delivered_at_idx" ON "users"."outbox" USING btree ("delivered_at") WHERE "users"."outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "outbox_parked_idx" ON "users"."outbox" USING btree ("id") WHERE "users"."outbox"."parked_at" is not null and "users"."outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "refresh_tokens_expires_at_idx" ON "users"."refresh_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "users"."outbox" USING btree ("id") WHERE "users"."outbox"."delivered_at" is null and "users"."outbox"."parked_at" is null;