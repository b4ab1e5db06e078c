import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * match_term_posting read by impact: a lookup reads each term's postings highest impact first
 * from an index holding every column it needs; the primary key leads with the listing (a
 * listing's rows are replaced together), which also makes the listing_id index redundant.
 * TypeORM does not see a primary key's column order, so that part is written by hand.
 */
export class MatchTermPostingsByImpact1796399203869 implements MigrationInterface {
  name = 'MatchTermPostingsByImpact1796399203869';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_match_term_posting_listing"`);
    await queryRunner.query(
      `ALTER TABLE "match_term_posting" DROP CONSTRAINT "pk_match_term_posting_kind_term_listing_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_term_posting" ADD CONSTRAINT "pk_match_term_posting_kind_listing_id_term" PRIMARY KEY ("kind", "listing_id", "term")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_term_posting_impact" ON "match_term_posting" ("kind", "term", "impact", "listing_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_match_term_posting_impact"`);
    await queryRunner.query(
      `ALTER TABLE "match_term_posting" DROP CONSTRAINT "pk_match_term_posting_kind_listing_id_term"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_term_posting" ADD CONSTRAINT "pk_match_term_posting_kind_term_listing_id" PRIMARY KEY ("kind", "term", "listing_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_term_posting_listing" ON "match_term_posting" ("listing_id") `,
    );
  }
}
