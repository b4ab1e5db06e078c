import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoShowGrace1796403967929 implements MigrationInterface {
  name = 'NoShowGrace1796403967929';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "matchmaking_event" ADD "no_show_grace_minutes" integer NOT NULL DEFAULT '10'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matchmaking_event" DROP COLUMN "no_show_grace_minutes"`);
  }
}
