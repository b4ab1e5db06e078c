import { MigrationInterface, QueryRunner } from 'typeorm';

export class ListingRevisions1796306900000 implements MigrationInterface {
  name = 'ListingRevisions1796306900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "listing_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "listing_kind" text NOT NULL, "listing_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'pending', "changes" jsonb NOT NULL, "base_version" integer NOT NULL, "submitted_by_user_id" uuid NOT NULL, "reviewed_by_user_id" uuid, "reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_listing_revision_status" CHECK (status IN ('pending', 'approved', 'rejected', 'discarded')), CONSTRAINT "pk_listing_revision_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_listing_revision_status_updated" ON "listing_revision" ("status", "updated_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_listing_revision_pending" ON "listing_revision" ("listing_kind", "listing_id") WHERE status = 'pending'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ux_listing_revision_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_listing_revision_status_updated"`);
    await queryRunner.query(`DROP TABLE "listing_revision"`);
  }
}
