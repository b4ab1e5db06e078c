import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventInvitations1796320313197 implements MigrationInterface {
  name = 'EventInvitations1796320313197';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_invitation" ("event_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "invited_by_user_id" uuid NOT NULL, "score" integer, "reasons" jsonb NOT NULL DEFAULT '[]', "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_event_invitation_event_id_organisation_id" PRIMARY KEY ("event_id", "organisation_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_invitation"`);
  }
}
