CREATE TABLE "progress"."idempotency_keys" (
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
CREATE INDEX "idempotency_keys_expires_idx" ON "progress"."idempotency_keys" USING btree ("expires_at");