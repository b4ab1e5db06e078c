import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingOutcomes1796318039524 implements MigrationInterface {
  name = 'MeetingOutcomes1796318039524';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_outcome" ("meeting_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "event_id" uuid NOT NULL, "outcome" text NOT NULL, "amount_wan" numeric(12,2), "note" text NOT NULL DEFAULT '', "recorded_by_user_id" uuid NOT NULL, "match_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_outcome_amount" CHECK (amount_wan IS NULL OR (outcome = 'intent' AND amount_wan >= 0)), CONSTRAINT "ck_meeting_outcome_kind" CHECK (outcome IN ('no_fit', 'follow_up', 'intent')), CONSTRAINT "pk_meeting_outcome_meeting_id_registration_id" PRIMARY KEY ("meeting_id", "registration_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_meeting_outcome_event" ON "meeting_outcome" ("event_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_outcome_event"`);
    await queryRunner.query(`DROP TABLE "meeting_outcome"`);
  }
}
