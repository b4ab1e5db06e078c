import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxCompletionAndMatchRuns1796304792737 implements MigrationInterface {
  name = 'OutboxCompletionAndMatchRuns1796304792737';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_run" ("listing_kind" text NOT NULL, "listing_id" uuid NOT NULL, "version" integer NOT NULL, "matched_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_match_run_listing_kind_listing_id" PRIMARY KEY ("listing_kind", "listing_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_event" ADD "completed_at" TIMESTAMP WITH TIME ZONE`,
    );
    // Rows relayed over a week ago had their jobs finish (and BullMQ forget them) long since:
    // complete them now, so reconciliation does not take them for lost.
    await queryRunner.query(
      `UPDATE "outbox_event" SET "completed_at" = "relayed_at" WHERE "relayed_at" < now() - interval '7 days'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_event_uncompleted" ON "outbox_event" ("id") WHERE relayed_at IS NOT NULL AND completed_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_uncompleted"`);
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "completed_at"`);
    await queryRunner.query(`DROP TABLE "match_run"`);
  }
}
