import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScheduleRuns1796400685206 implements MigrationInterface {
  name = 'ScheduleRuns1796400685206';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_schedule_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "requested_by_user_id" uuid NOT NULL, "replan" boolean NOT NULL DEFAULT false, "state" text NOT NULL DEFAULT 'queued', "progress" integer NOT NULL DEFAULT '0', "phase" text NOT NULL DEFAULT 'queued', "steps" jsonb NOT NULL DEFAULT '[]', "figures" jsonb, "error" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_event_schedule_run_progress" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "ck_event_schedule_run_state" CHECK (state IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "pk_event_schedule_run_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_schedule_run_event" ON "event_schedule_run" ("event_id", "requested_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_event_schedule_run_active" ON "event_schedule_run" ("event_id") WHERE state IN ('queued', 'running')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_event_schedule_run_active"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_schedule_run_event"`);
    await queryRunner.query(`DROP TABLE "event_schedule_run"`);
  }
}
