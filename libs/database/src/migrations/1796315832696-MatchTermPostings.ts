import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchTermPostings1796315832696 implements MigrationInterface {
  name = 'MatchTermPostings1796315832696';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_term_posting" ("kind" text NOT NULL, "term" text NOT NULL, "listing_id" uuid NOT NULL, "impact" real NOT NULL, CONSTRAINT "pk_match_term_posting_kind_term_listing_id" PRIMARY KEY ("kind", "term", "listing_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_term_posting_listing" ON "match_term_posting" ("listing_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_match_term_posting_listing"`);
    await queryRunner.query(`DROP TABLE "match_term_posting"`);
  }
}
