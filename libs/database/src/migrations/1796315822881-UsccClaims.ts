import { MigrationInterface, QueryRunner } from 'typeorm';

export class UsccClaims1796315822881 implements MigrationInterface {
  name = 'UsccClaims1796315822881';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "uscc_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "uscc" character(18) NOT NULL, "organisation_id" uuid NOT NULL, "claimant_user_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "claimed_name" text NOT NULL, "evidence" text NOT NULL DEFAULT '', "decision_reason" text, "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_uscc_claim_status" CHECK (status IN ('pending', 'verified', 'rejected')), CONSTRAINT "ck_uscc_claim_kind" CHECK (kind IN ('registration', 'dispute')), CONSTRAINT "pk_uscc_claim_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_uscc_claim_claimant" ON "uscc_claim" ("claimant_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_uscc_claim_organisation" ON "uscc_claim" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_uscc_claim_status_created" ON "uscc_claim" ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_uscc_claim_pending_claimant" ON "uscc_claim" ("uscc", "claimant_user_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_uscc_claim_verified" ON "uscc_claim" ("uscc") WHERE status = 'verified'`,
    );
    await queryRunner.query(
      `ALTER TABLE "uscc_claim" ADD CONSTRAINT "fk_uscc_claim_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "uscc_claim" ADD CONSTRAINT "fk_uscc_claim_claimant_user_id" FOREIGN KEY ("claimant_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Every USCC registered so far was self-declared: each organisation's first owner holds a
    // pending registration claim, so the codes go to the review queue instead of counting.
    await queryRunner.query(`INSERT INTO "uscc_claim" ("uscc", "organisation_id", "claimant_user_id", "kind", "claimed_name")
      SELECT o.uscc, o.id, m.user_id, 'registration', o.name
        FROM "organisation" o
        JOIN LATERAL (SELECT user_id FROM "membership" WHERE organisation_id = o.id AND role = 'owner'
                       ORDER BY created_at, id LIMIT 1) m ON true`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "uscc_claim" DROP CONSTRAINT "fk_uscc_claim_claimant_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "uscc_claim" DROP CONSTRAINT "fk_uscc_claim_organisation_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_uscc_claim_verified"`);
    await queryRunner.query(`DROP INDEX "public"."uq_uscc_claim_pending_claimant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_uscc_claim_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_uscc_claim_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_uscc_claim_claimant"`);
    await queryRunner.query(`DROP TABLE "uscc_claim"`);
  }
}
