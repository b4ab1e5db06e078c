import { MigrationInterface, QueryRunner } from 'typeorm';

export class AchievementPublishedNewest1795536739613 implements MigrationInterface {
  name = 'AchievementPublishedNewest1795536739613';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_achievement_published_newest" ON "achievement" ("organisation_id", "published_at", "id") WHERE status = 'published'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_achievement_published_newest"`);
  }
}
