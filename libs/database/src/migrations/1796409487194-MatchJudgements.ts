import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchJudgements1796409487194 implements MigrationInterface {
  name = 'MatchJudgements1796409487194';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_judgement" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "match_id" uuid NOT NULL, "subject_kind" text NOT NULL, "subject_id" uuid NOT NULL, "counterpart_kind" text NOT NULL, "counterpart_id" uuid NOT NULL, "side" text NOT NULL, "organisation_id" uuid NOT NULL, "decision" text NOT NULL, "decline_reason" text, "score" smallint NOT NULL, "features" jsonb, "weights_version" text, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_match_judgement_reason" CHECK ((decision = 'decline' AND decline_reason IN ('too_early_stage', 'price', 'ip_unclear', 'not_relevant', 'other')) OR (decision <> 'decline' AND decline_reason IS NULL)), CONSTRAINT "ck_match_judgement_counterpart_kind" CHECK (counterpart_kind IN ('achievement', 'need', 'organisation')), CONSTRAINT "ck_match_judgement_subject_kind" CHECK (subject_kind IN ('need', 'achievement', 'challenge')), CONSTRAINT "ck_match_judgement_side" CHECK (side IN ('subject', 'counterpart')), CONSTRAINT "ck_match_judgement_decision" CHECK (decision IN ('interest', 'mutual', 'decline')), CONSTRAINT "pk_match_judgement_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_judgement_decided" ON "match_judgement" ("decided_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_judgement_match" ON "match_judgement" ("match_id") `,
    );
    await queryRunner.query(`ALTER TABLE "match" ADD "features" jsonb`);
    await queryRunner.query(`ALTER TABLE "match" ADD "weights_version" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "weights_version"`);
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "features"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_judgement_match"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_judgement_decided"`);
    await queryRunner.query(`DROP TABLE "match_judgement"`);
  }
}
