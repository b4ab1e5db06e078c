import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claimant may withdraw a pending USCC claim. Written by hand: TypeORM compares check
 * constraints by name only, so a changed list of statuses generates nothing.
 */
export class UsccClaimWithdrawn1796400000000 implements MigrationInterface {
  name = 'UsccClaimWithdrawn1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "uscc_claim" DROP CONSTRAINT "ck_uscc_claim_status"`);
    await queryRunner.query(
      `ALTER TABLE "uscc_claim" ADD CONSTRAINT "ck_uscc_claim_status" CHECK (status IN ('pending', 'verified', 'rejected', 'withdrawn'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "uscc_claim" SET status = 'rejected' WHERE status = 'withdrawn'`,
    );
    await queryRunner.query(`ALTER TABLE "uscc_claim" DROP CONSTRAINT "ck_uscc_claim_status"`);
    await queryRunner.query(
      `ALTER TABLE "uscc_claim" ADD CONSTRAINT "ck_uscc_claim_status" CHECK (status IN ('pending', 'verified', 'rejected'))`,
    );
  }
}
