import { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogListings1795524505346 implements MigrationInterface {
  name = 'CatalogListings1795524505346';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "achievement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "rejection_reason" text, "title" text NOT NULL, "keywords" text array NOT NULL DEFAULT '{}', "industry_code" character varying(4) NOT NULL, "region_code" character(6) NOT NULL, "valid_until" date NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "abstract" text NOT NULL, "technology_field" text NOT NULL DEFAULT '', "patents" jsonb NOT NULL DEFAULT '[]', "trl" smallint NOT NULL, "transfer_modes" text array NOT NULL DEFAULT '{}', "licence_kinds" text array NOT NULL DEFAULT '{}', "open_licence_terms" jsonb, "price_wan" numeric(12,2), "price_negotiable" boolean NOT NULL DEFAULT false, "team" text NOT NULL DEFAULT '', "institution" text NOT NULL DEFAULT '', "application_scenarios" text array NOT NULL DEFAULT '{}', CONSTRAINT "ck_achievement_trl" CHECK (trl BETWEEN 1 AND 9), CONSTRAINT "ck_achievement_status" CHECK (status IN ('draft', 'pending_review', 'published', 'closed', 'expired', 'rejected')), CONSTRAINT "pk_achievement_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_achievement_status_valid_until" ON "achievement" ("status", "valid_until") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_achievement_organisation" ON "achievement" ("organisation_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "rejection_reason" text, "title" text NOT NULL, "keywords" text array NOT NULL DEFAULT '{}', "industry_code" character varying(4) NOT NULL, "region_code" character(6) NOT NULL, "valid_until" date NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "problem" text NOT NULL, "technical_indicators" jsonb NOT NULL DEFAULT '[]', "reward_wan" numeric(12,2) NOT NULL, "min_tier" text, "eligible_organisation_types" text array NOT NULL DEFAULT '{}', "eligible_region_codes" text array NOT NULL DEFAULT '{}', "evaluation_criteria" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "ck_challenge_status" CHECK (status IN ('draft', 'pending_review', 'published', 'closed', 'expired', 'rejected')), CONSTRAINT "pk_challenge_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_challenge_status_valid_until" ON "challenge" ("status", "valid_until") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_challenge_organisation" ON "challenge" ("organisation_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "listing_transition" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "listing_kind" text NOT NULL, "listing_id" uuid NOT NULL, "action" text NOT NULL, "from_state" text NOT NULL, "to_state" text NOT NULL, "actor_user_id" uuid, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_listing_transition_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_listing_transition_listing" ON "listing_transition" ("listing_kind", "listing_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tech_need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "rejection_reason" text, "title" text NOT NULL, "keywords" text array NOT NULL DEFAULT '{}', "industry_code" character varying(4) NOT NULL, "region_code" character(6) NOT NULL, "valid_until" date NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "description" text NOT NULL, "cooperation_modes" text array NOT NULL DEFAULT '{}', "budget_min_wan" numeric(12,2), "budget_max_wan" numeric(12,2), "budget_negotiable" boolean NOT NULL DEFAULT false, "desired_trl" smallint, "anonymous" boolean NOT NULL DEFAULT false, CONSTRAINT "ck_tech_need_trl" CHECK (desired_trl IS NULL OR desired_trl BETWEEN 1 AND 9), CONSTRAINT "ck_tech_need_budget" CHECK (budget_min_wan IS NULL OR budget_max_wan IS NULL OR budget_min_wan <= budget_max_wan), CONSTRAINT "ck_tech_need_status" CHECK (status IN ('draft', 'pending_review', 'published', 'closed', 'expired', 'rejected')), CONSTRAINT "pk_tech_need_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tech_need_status_valid_until" ON "tech_need" ("status", "valid_until") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tech_need_organisation" ON "tech_need" ("organisation_id", "status") `,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement" ADD CONSTRAINT "fk_achievement_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge" ADD CONSTRAINT "fk_challenge_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tech_need" ADD CONSTRAINT "fk_tech_need_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "tech_need" DROP CONSTRAINT "fk_tech_need_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge" DROP CONSTRAINT "fk_challenge_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "achievement" DROP CONSTRAINT "fk_achievement_organisation_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_tech_need_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tech_need_status_valid_until"`);
    await queryRunner.query(`DROP TABLE "tech_need"`);
    await queryRunner.query(`DROP INDEX "public"."ix_listing_transition_listing"`);
    await queryRunner.query(`DROP TABLE "listing_transition"`);
    await queryRunner.query(`DROP INDEX "public"."ix_challenge_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_challenge_status_valid_until"`);
    await queryRunner.query(`DROP TABLE "challenge"`);
    await queryRunner.query(`DROP INDEX "public"."ix_achievement_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_achievement_status_valid_until"`);
    await queryRunner.query(`DROP TABLE "achievement"`);
  }
}
