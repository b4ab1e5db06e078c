import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchingAndNotifications1795530822712 implements MigrationInterface {
  name = 'MatchingAndNotifications1795530822712';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_kind" text NOT NULL, "subject_id" uuid NOT NULL, "subject_organisation_id" uuid NOT NULL, "counterpart_kind" text NOT NULL, "counterpart_id" uuid NOT NULL, "counterpart_organisation_id" uuid NOT NULL, "score" smallint NOT NULL, "reasons" jsonb NOT NULL DEFAULT '[]', "active" boolean NOT NULL DEFAULT true, "notified_score" smallint, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" text NOT NULL DEFAULT 'suggested', "subject_interested_at" TIMESTAMP WITH TIME ZONE, "counterpart_interested_at" TIMESTAMP WITH TIME ZONE, "mutual_at" TIMESTAMP WITH TIME ZONE, "decline_reason" text, "decline_note" text, "declined_by_organisation_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_match_pair" UNIQUE ("subject_kind", "subject_id", "counterpart_kind", "counterpart_id"), CONSTRAINT "ck_match_decline_reason" CHECK (decline_reason IS NULL OR decline_reason IN ('too_early_stage', 'price', 'ip_unclear', 'not_relevant', 'other')), CONSTRAINT "ck_match_score" CHECK (score BETWEEN 0 AND 100), CONSTRAINT "ck_match_counterpart_kind" CHECK (counterpart_kind IN ('achievement', 'need', 'organisation')), CONSTRAINT "ck_match_subject_kind" CHECK (subject_kind IN ('need', 'achievement', 'challenge')), CONSTRAINT "ck_match_state" CHECK (state IN ('suggested', 'interest', 'mutual', 'negotiating', 'agreed', 'declined')), CONSTRAINT "pk_match_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_counterpart_organisation" ON "match" ("counterpart_organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_subject_organisation" ON "match" ("subject_organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_counterpart_score" ON "match" ("counterpart_kind", "counterpart_id", "score") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_subject_score" ON "match" ("subject_kind", "subject_id", "score") `,
    );
    await queryRunner.query(
      `CREATE TABLE "match_transition" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "match_id" uuid NOT NULL, "action" text NOT NULL, "from_state" text NOT NULL, "to_state" text NOT NULL, "actor_user_id" uuid, "actor_organisation_id" uuid, "reason" text, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_match_transition_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_transition_match" ON "match_transition" ("match_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "email_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "dedup_key" text NOT NULL, "notification_ids" uuid array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_email_delivery_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_email_delivery_user_created" ON "email_delivery" ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_email_delivery_dedup" ON "email_delivery" ("dedup_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid, "type" text NOT NULL, "dedup_key" text NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "subject_kind" text, "subject_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "email_state" text NOT NULL DEFAULT 'none', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_notification_recipient_dedup" UNIQUE ("user_id", "dedup_key"), CONSTRAINT "pk_notification_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_digest" ON "notification" ("email_state", "user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_inbox" ON "notification" ("user_id", "read_at", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "type" text NOT NULL, "email_enabled" boolean NOT NULL, "digest" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification_preference_user_id_type" PRIMARY KEY ("user_id", "type"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("user_id" uuid NOT NULL, "daily_match_email_cap" smallint NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification_settings_user_id" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_search" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "query" jsonb NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "last_alert_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_saved_search_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_saved_search_user" ON "saved_search" ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_saved_search_enabled" ON "saved_search" ("enabled") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "endpoint_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "event_type" text NOT NULL, "dedup_key" text NOT NULL, "payload" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_status_code" integer, "last_error" text, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_webhook_delivery_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_delivery_endpoint_created" ON "webhook_delivery" ("endpoint_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_webhook_delivery_dedup" ON "webhook_delivery" ("endpoint_id", "dedup_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_attempt" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "delivery_id" uuid NOT NULL, "attempt" integer NOT NULL, "status_code" integer, "error" text, "duration_ms" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_webhook_attempt_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_attempt_delivery" ON "webhook_attempt" ("delivery_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "url" text NOT NULL, "description" text NOT NULL DEFAULT '', "secret" text NOT NULL, "event_types" text array NOT NULL DEFAULT '{}', "enabled" boolean NOT NULL DEFAULT true, "consecutive_failures" integer NOT NULL DEFAULT '0', "disabled_at" TIMESTAMP WITH TIME ZONE, "disabled_reason" text, "created_by_user_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_webhook_endpoint_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_endpoint_organisation" ON "webhook_endpoint" ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_endpoint_organisation"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoint"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_attempt_delivery"`);
    await queryRunner.query(`DROP TABLE "webhook_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."uq_webhook_delivery_dedup"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_delivery_endpoint_created"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_search_enabled"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_search_user"`);
    await queryRunner.query(`DROP TABLE "saved_search"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_inbox"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_digest"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."uq_email_delivery_dedup"`);
    await queryRunner.query(`DROP INDEX "public"."ix_email_delivery_user_created"`);
    await queryRunner.query(`DROP TABLE "email_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_transition_match"`);
    await queryRunner.query(`DROP TABLE "match_transition"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_subject_score"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_counterpart_score"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_subject_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_counterpart_organisation"`);
    await queryRunner.query(`DROP TABLE "match"`);
  }
}
