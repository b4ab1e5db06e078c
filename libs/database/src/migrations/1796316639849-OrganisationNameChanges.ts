import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationNameChanges1796316639849 implements MigrationInterface {
  name = 'OrganisationNameChanges1796316639849';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation_name_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "from_name" text NOT NULL, "to_name" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "requested_by_user_id" uuid, "decided_by_user_id" uuid, "decision_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_organisation_name_change_status" CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')), CONSTRAINT "pk_organisation_name_change_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_organisation_name_change_status" ON "organisation_name_change" ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_organisation_name_change_organisation" ON "organisation_name_change" ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organisation_name_change_pending" ON "organisation_name_change" ("organisation_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_name_change" ADD CONSTRAINT "fk_organisation_name_change_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation_name_change" DROP CONSTRAINT "fk_organisation_name_change_organisation_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_organisation_name_change_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisation_name_change_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisation_name_change_status"`);
    await queryRunner.query(`DROP TABLE "organisation_name_change"`);
  }
}
