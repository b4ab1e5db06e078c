import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchmakingEvents1796315564377 implements MigrationInterface {
  name = 'MatchmakingEvents1796315564377';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attendee_pass" ("registration_id" uuid NOT NULL, "attendee_index" integer NOT NULL, "event_id" uuid NOT NULL, "code" text NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_in_by_user_id" uuid, CONSTRAINT "uq_attendee_pass_code" UNIQUE ("event_id", "code"), CONSTRAINT "pk_attendee_pass_registration_id_attendee_index" PRIMARY KEY ("registration_id", "attendee_index"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "registration_a_id" uuid NOT NULL, "registration_b_id" uuid NOT NULL, "request_id" uuid, "slot" integer NOT NULL, "table_index" integer, "person_a" integer NOT NULL DEFAULT '0', "person_b" integer NOT NULL DEFAULT '0', "online" boolean NOT NULL DEFAULT false, "pinned" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'scheduled', "published_at" TIMESTAMP WITH TIME ZONE, "sequence" integer NOT NULL DEFAULT '0', "weight" real NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_event_meeting_table" CHECK ((online AND table_index IS NULL) OR (NOT online AND table_index IS NOT NULL)), CONSTRAINT "ck_event_meeting_pair" CHECK (registration_a_id <> registration_b_id), CONSTRAINT "ck_event_meeting_status" CHECK (status IN ('scheduled', 'cancelled', 'held', 'no_show')), CONSTRAINT "pk_event_meeting_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_meeting_b" ON "event_meeting" ("event_id", "registration_b_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_meeting_a" ON "event_meeting" ("event_id", "registration_a_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_event_meeting_table_slot" ON "event_meeting" ("event_id", "slot", "table_index") WHERE status = 'scheduled' AND table_index IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "registered_by_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'pending', "listings" jsonb NOT NULL DEFAULT '[]', "attendees" jsonb NOT NULL, "attendance" text NOT NULL DEFAULT 'onsite', "unavailable_slots" integer array NOT NULL DEFAULT '{}', "meeting_cap" integer, "decision_note" text, "decided_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_event_registration_organisation" UNIQUE ("event_id", "organisation_id"), CONSTRAINT "ck_event_registration_cap" CHECK (meeting_cap IS NULL OR meeting_cap BETWEEN 0 AND 100), CONSTRAINT "ck_event_registration_attendance" CHECK (attendance IN ('onsite', 'online')), CONSTRAINT "ck_event_registration_status" CHECK (status IN ('pending', 'approved', 'declined', 'withdrawn')), CONSTRAINT "pk_event_registration_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_registration_organisation" ON "event_registration" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_registration_event" ON "event_registration" ("event_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matchmaking_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "theme" jsonb NOT NULL, "mode" text NOT NULL, "venue" text, "address" text, "video_base_url" text, "days" jsonb NOT NULL, "slot_minutes" integer NOT NULL, "tables" jsonb NOT NULL, "registration_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "registration_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "default_meeting_cap" integer NOT NULL DEFAULT '8', "auto_accept" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'draft', "schedule_revision" integer NOT NULL DEFAULT '0', "schedule_published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_matchmaking_event_slot_minutes" CHECK (slot_minutes BETWEEN 5 AND 240), CONSTRAINT "ck_matchmaking_event_capacity" CHECK (capacity > 0), CONSTRAINT "ck_matchmaking_event_mode" CHECK (mode IN ('offline', 'online', 'hybrid')), CONSTRAINT "ck_matchmaking_event_status" CHECK (status IN ('draft', 'open', 'scheduling', 'published', 'running', 'finished')), CONSTRAINT "pk_matchmaking_event_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_matchmaking_event_status" ON "matchmaking_event" ("status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_matchmaking_event_organisation" ON "matchmaking_event" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_preference" ("registration_id" uuid NOT NULL, "target_registration_id" uuid NOT NULL, "event_id" uuid NOT NULL, "preference" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_preference_not_self" CHECK (registration_id <> target_registration_id), CONSTRAINT "ck_meeting_preference_value" CHECK (preference IN ('must_meet', 'meet', 'no_thanks')), CONSTRAINT "pk_meeting_preference_registration_id_target_registration_id" PRIMARY KEY ("registration_id", "target_registration_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "from_registration_id" uuid NOT NULL, "to_registration_id" uuid NOT NULL, "created_by_user_id" uuid, "source" text NOT NULL DEFAULT 'participant', "note" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'pending', "decline_reason" text, "decline_note" text, "match_score" integer, "reasons" jsonb NOT NULL DEFAULT '[]', "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_meeting_request_pair" UNIQUE ("event_id", "from_registration_id", "to_registration_id"), CONSTRAINT "ck_meeting_request_reason" CHECK (decline_reason IS NULL OR decline_reason IN ('not_relevant', 'no_capacity', 'already_in_contact', 'timing', 'other')), CONSTRAINT "ck_meeting_request_source" CHECK (source IN ('participant', 'system')), CONSTRAINT "ck_meeting_request_status" CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled')), CONSTRAINT "ck_meeting_request_not_self" CHECK (from_registration_id <> to_registration_id), CONSTRAINT "pk_meeting_request_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_meeting_request_from" ON "meeting_request" ("event_id", "from_registration_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_meeting_request_to" ON "meeting_request" ("event_id", "to_registration_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_request_to"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_request_from"`);
    await queryRunner.query(`DROP TABLE "meeting_request"`);
    await queryRunner.query(`DROP TABLE "meeting_preference"`);
    await queryRunner.query(`DROP INDEX "public"."ix_matchmaking_event_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_matchmaking_event_status"`);
    await queryRunner.query(`DROP TABLE "matchmaking_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_registration_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_registration_organisation"`);
    await queryRunner.query(`DROP TABLE "event_registration"`);
    await queryRunner.query(`DROP INDEX "public"."uq_event_meeting_table_slot"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_meeting_a"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_meeting_b"`);
    await queryRunner.query(`DROP TABLE "event_meeting"`);
    await queryRunner.query(`DROP TABLE "attendee_pass"`);
  }
}
