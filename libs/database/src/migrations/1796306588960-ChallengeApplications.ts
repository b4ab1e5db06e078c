import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChallengeApplications1796306588960 implements MigrationInterface {
  name = 'ChallengeApplications1796306588960';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application_score" ("evaluator_id" uuid NOT NULL, "application_id" uuid NOT NULL, "scores" jsonb NOT NULL, "total" numeric(5,2) NOT NULL, "comment" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_application_score_evaluator_id_application_id" PRIMARY KEY ("evaluator_id", "application_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_application_score_application" ON "application_score" ("application_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "application_stage_change" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "application_id" uuid NOT NULL, "from_stage" text, "to_stage" text NOT NULL, "actor_user_id" uuid, "reason" text, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_application_stage_change_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_application_stage_change_application" ON "application_stage_change" ("application_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "stage" text NOT NULL DEFAULT 'draft', "proposal" jsonb NOT NULL DEFAULT '{}', "submitted_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "decision_note" text, "award_wan" numeric(12,2), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_challenge_application_organisation" UNIQUE ("challenge_id", "organisation_id"), CONSTRAINT "ck_challenge_application_reason" CHECK (decision_reason IS NULL OR decision_reason IN ('not_eligible', 'approach_unconvincing', 'team_capacity', 'budget', 'timeline', 'other')), CONSTRAINT "ck_challenge_application_stage" CHECK (stage IN ('draft', 'submitted', 'qualified', 'shortlisted', 'finalist', 'awarded', 'not_selected', 'withdrawn')), CONSTRAINT "pk_challenge_application_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_challenge_application_organisation" ON "challenge_application" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_challenge_application_challenge" ON "challenge_application" ("challenge_id", "stage") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_evaluator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "user_id" uuid, "email" text NOT NULL, "source" text NOT NULL, "invitation_token_hash" character(64), "invitation_expires_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, "invited_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_challenge_evaluator_source" CHECK (source IN ('member', 'external')), CONSTRAINT "pk_challenge_evaluator_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_challenge_evaluator_user" ON "challenge_evaluator" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_challenge_evaluator_email" ON "challenge_evaluator" ("challenge_id", "email") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_challenge_evaluator_user" ON "challenge_evaluator" ("challenge_id", "user_id") WHERE user_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_round" ("challenge_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "deadline_at" TIMESTAMP WITH TIME ZONE NOT NULL, "previous_deadline_at" TIMESTAMP WITH TIME ZONE, "extended_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "delivery_date" date, "allow_budget_over_reward" boolean NOT NULL DEFAULT false, "anonymous_review" boolean NOT NULL DEFAULT false, "awarded_at" TIMESTAMP WITH TIME ZONE, "award_notice" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_challenge_round_challenge_id" PRIMARY KEY ("challenge_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluator_conflict" ("evaluator_id" uuid NOT NULL, "application_id" uuid NOT NULL, "kind" text NOT NULL, "note" text, "automatic" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_evaluator_conflict_kind" CHECK (kind IN ('same_organisation', 'recent_collaboration', 'other')), CONSTRAINT "pk_evaluator_conflict_evaluator_id_application_id" PRIMARY KEY ("evaluator_id", "application_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "evaluator_conflict"`);
    await queryRunner.query(`DROP TABLE "challenge_round"`);
    await queryRunner.query(`DROP INDEX "public"."uq_challenge_evaluator_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_challenge_evaluator_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_challenge_evaluator_user"`);
    await queryRunner.query(`DROP TABLE "challenge_evaluator"`);
    await queryRunner.query(`DROP INDEX "public"."ix_challenge_application_challenge"`);
    await queryRunner.query(`DROP INDEX "public"."ix_challenge_application_organisation"`);
    await queryRunner.query(`DROP TABLE "challenge_application"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_stage_change_application"`);
    await queryRunner.query(`DROP TABLE "application_stage_change"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_score_application"`);
    await queryRunner.query(`DROP TABLE "application_score"`);
  }
}
