import { MigrationInterface, QueryRunner } from 'typeorm';

export class StoredFiles1796304708864 implements MigrationInterface {
  name = 'StoredFiles1796304708864';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("id" uuid NOT NULL, "owner" character varying(200) NOT NULL, "uploaded_by" uuid, "storage_key" character varying(300) NOT NULL, "filename" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "content_type" character varying(120) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_stored_file_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_stored_file_owner" ON "stored_file" ("owner") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_stored_file_owner"`);
    await queryRunner.query(`DROP TABLE "stored_file"`);
  }
}
