import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795523743961 implements MigrationInterface {
  name = 'Initial1795523743961';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "type" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "version" integer NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE, "relay_attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "pk_outbox_event_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_event_entity" ON "outbox_event" ("entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_event_pending" ON "outbox_event" ("id") WHERE relayed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "actor_user_id" uuid, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_audit_log_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_subject" ON "audit_log" ("subject_type", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" text NOT NULL, "role" text NOT NULL, "token_hash" text NOT NULL, "invited_by_user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_invitation_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_invitation_role" CHECK (role IN ('owner', 'member')), CONSTRAINT "pk_invitation_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invitation_organisation" ON "invitation" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_membership_user_organisation" UNIQUE ("user_id", "organisation_id"), CONSTRAINT "ck_membership_role" CHECK (role IN ('owner', 'member')), CONSTRAINT "pk_membership_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_membership_organisation" ON "membership" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" text NOT NULL, "name" text NOT NULL, "uscc" character(18) NOT NULL, "region_code" character(6) NOT NULL, "industry_code" character varying(4) NOT NULL, "profile" text NOT NULL DEFAULT '', "website" text, "contact" jsonb NOT NULL DEFAULT '{}', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_organisation_uscc" UNIQUE ("uscc"), CONSTRAINT "ck_organisation_type" CHECK (type IN ('sme', 'large_enterprise', 'university', 'research_institute', 'service_org', 'organiser')), CONSTRAINT "pk_organisation_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_organisation_industry_code" ON "organisation" ("industry_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_organisation_region_code" ON "organisation" ("region_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "secret_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_refresh_token_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_user" ON "refresh_token" ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_refresh_token_family" ON "refresh_token" ("family_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sme_certification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "tier" text NOT NULL, "level" text NOT NULL, "issued_on" date NOT NULL, "valid_until" date NOT NULL, "status" text NOT NULL DEFAULT 'valid', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_sme_certification_dates" CHECK (valid_until > issued_on), CONSTRAINT "ck_sme_certification_status" CHECK (status IN ('valid', 'under_review', 'revoked')), CONSTRAINT "ck_sme_certification_level" CHECK (level IN ('national', 'provincial', 'city')), CONSTRAINT "ck_sme_certification_tier" CHECK (tier IN ('innovative', 'specialised', 'little_giant', 'single_champion')), CONSTRAINT "pk_sme_certification_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_sme_certification_organisation" ON "sme_certification" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "mobile" text, "display_name" text NOT NULL, "locale" text NOT NULL DEFAULT 'zh-CN', "password_hash" text NOT NULL, "platform_roles" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_app_user_locale" CHECK (locale IN ('zh-CN', 'en')), CONSTRAINT "pk_app_user_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "uscc_exception" ("uscc" character(18) NOT NULL, "reason" text NOT NULL, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_uscc_exception_uscc" PRIMARY KEY ("uscc"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification" ADD CONSTRAINT "fk_sme_certification_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Case-insensitive email uniqueness; TypeORM cannot express an index on an expression.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_app_user_email_lower" ON "app_user" (lower("email"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_app_user_email_lower"`);
    await queryRunner.query(
      `ALTER TABLE "sme_certification" DROP CONSTRAINT "fk_sme_certification_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_organisation_id"`,
    );
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_user_id"`);
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_organisation_id"`,
    );
    await queryRunner.query(`DROP TABLE "uscc_exception"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sme_certification_organisation"`);
    await queryRunner.query(`DROP TABLE "sme_certification"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_family"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_user"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisation_region_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisation_industry_code"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_membership_organisation"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invitation_organisation"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_subject"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_entity"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
