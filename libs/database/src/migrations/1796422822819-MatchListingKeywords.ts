import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchListingKeywords1796422822819 implements MigrationInterface {
  name = 'MatchListingKeywords1796422822819';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_listing_keywords" ("kind" text NOT NULL, "listing_id" uuid NOT NULL, "keywords" text array NOT NULL, "extracted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_match_listing_keywords_kind_listing_id" PRIMARY KEY ("kind", "listing_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "match_listing_keywords"`);
  }
}
