import { MigrationInterface, QueryRunner } from 'typeorm';

export class VerifiedCertifications1796305663381 implements MigrationInterface {
  name = 'VerifiedCertifications1796305663381';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sme_certification_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "certification_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "action" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_user_id" uuid, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_sme_certification_event_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_sme_certification_event_certification" ON "sme_certification_event" ("certification_id", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification" ADD "source" text NOT NULL DEFAULT 'submitted'`,
    );
    await queryRunner.query(`ALTER TABLE "sme_certification" ADD "certificate_number" text`);
    await queryRunner.query(`ALTER TABLE "sme_certification" ADD "issuing_authority" text`);
    await queryRunner.query(`ALTER TABLE "sme_certification" ADD "list_year" integer`);
    await queryRunner.query(`ALTER TABLE "sme_certification" ADD "decision_reason" text`);
    await queryRunner.query(`ALTER TABLE "sme_certification" ADD "decided_by_user_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "sme_certification" ADD "decided_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification" ADD "lapsed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    // By hand (TypeORM does not diff CHECK bodies): certificates so far were self-declared, so
    // every one that was 'valid' or 'under_review' becomes 'pending' until someone verifies it.
    await queryRunner.query(
      `ALTER TABLE "sme_certification" DROP CONSTRAINT "ck_sme_certification_status"`,
    );
    await queryRunner.query(
      `UPDATE "sme_certification" SET "status" = 'pending' WHERE "status" IN ('valid', 'under_review')`,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification" ADD CONSTRAINT "ck_sme_certification_status" CHECK (status IN ('pending', 'verified', 'under_review', 'rejected', 'revoked'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification" ALTER COLUMN "status" SET DEFAULT 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_sme_certification_status" ON "sme_certification" ("status", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification" ADD CONSTRAINT "ck_sme_certification_source" CHECK (source IN ('submitted', 'official_list'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification_event" ADD CONSTRAINT "fk_sme_certification_event_certification_id" FOREIGN KEY ("certification_id") REFERENCES "sme_certification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sme_certification_event" DROP CONSTRAINT "fk_sme_certification_event_certification_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification" DROP CONSTRAINT "ck_sme_certification_source"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_sme_certification_status"`);
    await queryRunner.query(
      `ALTER TABLE "sme_certification" DROP CONSTRAINT "ck_sme_certification_status"`,
    );
    await queryRunner.query(
      `UPDATE "sme_certification" SET "status" = CASE WHEN "status" IN ('verified', 'pending') THEN 'valid' WHEN "status" = 'under_review' THEN 'under_review' ELSE 'revoked' END`,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification" ADD CONSTRAINT "ck_sme_certification_status" CHECK (status IN ('valid', 'under_review', 'revoked'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "sme_certification" ALTER COLUMN "status" SET DEFAULT 'valid'`,
    );
    await queryRunner.query(`ALTER TABLE "sme_certification" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "sme_certification" DROP COLUMN "lapsed_at"`);
    await queryRunner.query(`ALTER TABLE "sme_certification" DROP COLUMN "decided_at"`);
    await queryRunner.query(`ALTER TABLE "sme_certification" DROP COLUMN "decided_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "sme_certification" DROP COLUMN "decision_reason"`);
    await queryRunner.query(`ALTER TABLE "sme_certification" DROP COLUMN "list_year"`);
    await queryRunner.query(`ALTER TABLE "sme_certification" DROP COLUMN "issuing_authority"`);
    await queryRunner.query(`ALTER TABLE "sme_certification" DROP COLUMN "certificate_number"`);
    await queryRunner.query(`ALTER TABLE "sme_certification" DROP COLUMN "source"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sme_certification_event_certification"`);
    await queryRunner.query(`DROP TABLE "sme_certification_event"`);
  }
}
