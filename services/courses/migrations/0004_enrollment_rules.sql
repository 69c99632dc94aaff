CREATE TABLE "courses"."idempotency_keys" (
	"user_id" integer NOT NULL,
	"key" varchar(255) NOT NULL,
	"request_hash" text NOT NULL,
	"owner" uuid NOT NULL,
	"response_status" integer,
	"response_body" text,
	"response_type" text,
	"locked_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "courses"."outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"destination" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_error" text,
	"traceparent" text
);
--> statement-breakpoint
CREATE TABLE "courses"."processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "courses"."courses" ADD COLUMN "prerequisite_course_ids" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "courses"."courses" ADD COLUMN "waitlist_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "courses"."courses" ADD COLUMN "enrollment_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "courses"."courses" ADD COLUMN "enrollment_end" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_idx" ON "courses"."idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "courses"."outbox" USING btree ("id") WHERE "courses"."outbox"."delivered_at" is null;