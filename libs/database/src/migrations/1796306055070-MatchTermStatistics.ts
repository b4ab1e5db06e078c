import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchTermStatistics1796306055070 implements MigrationInterface {
  name = 'MatchTermStatistics1796306055070';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_term_statistic" ("kind" text NOT NULL, "term" text NOT NULL, "documents" integer NOT NULL, CONSTRAINT "pk_match_term_statistic_kind_term" PRIMARY KEY ("kind", "term"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "match_term_corpus" ("kind" text NOT NULL, "documents" integer NOT NULL, "average_length" double precision NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_match_term_corpus_kind" PRIMARY KEY ("kind"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "match_term_corpus"`);
    await queryRunner.query(`DROP TABLE "match_term_statistic"`);
  }
}
