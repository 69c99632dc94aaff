CREATE TABLE "users"."revoked_access_tokens" (
	"jti" uuid PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users"."users" ADD COLUMN "tokens_valid_after" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users"."revoked_access_tokens" ADD CONSTRAINT "revoked_access_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "revoked_access_tokens_expires_at_idx" ON "users"."revoked_access_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "users_tokens_valid_after_idx" ON "users"."users" USING btree ("tokens_valid_after") WHERE "users"."users"."tokens_valid_after" is not null;