import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxEventId1795527460722 implements MigrationInterface {
  name = 'OutboxEventId1795527460722';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbox_event" ADD "event_id" uuid NOT NULL DEFAULT gen_random_uuid()`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_event" ADD CONSTRAINT "uq_outbox_event_event_id" UNIQUE ("event_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbox_event" DROP CONSTRAINT "uq_outbox_event_event_id"`,
    );
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "event_id"`);
  }
}
