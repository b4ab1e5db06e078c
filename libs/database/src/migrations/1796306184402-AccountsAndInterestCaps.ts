import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndInterestCaps1796306184402 implements MigrationInterface {
  name = 'AccountsAndInterestCaps1796306184402';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Sessions that exist already end where their current token ends.
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD "session_expires_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`UPDATE "refresh_token" SET "session_expires_at" = "expires_at"`);
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ALTER COLUMN "session_expires_at" SET NOT NULL`,
    );
    // Existing accounts verify like new ones (a squatted USCC is what verification is for).
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_transition_actor_organisation" ON "match_transition" ("actor_organisation_id", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_match_transition_actor_organisation"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "session_expires_at"`);
  }
}
