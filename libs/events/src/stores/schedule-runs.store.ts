import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ScheduleRun, ScheduleRunFigures } from '../entities/schedule-run.entity';

/** A run left queued or running this long lost its job (a worker died): it no longer blocks. */
export const STALE_RUN_MS = 15 * 60_000;

/** event_schedule_run rows. */
@Injectable()
export class ScheduleRunsStore {
  constructor(private readonly dataSource: DataSource) {}

  byId(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ScheduleRun | null> {
    return manager.findOne(ScheduleRun, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The event's latest runs, newest first. */
  latest(eventId: string, limit: number): Promise<ScheduleRun[]> {
    return this.dataSource.manager.find(ScheduleRun, {
      where: { eventId },
      order: { requestedAt: 'DESC' },
      take: limit,
    });
  }

  /** Inserts a queued run; the partial unique index refuses a second active run of the event. */
  create(
    manager: EntityManager,
    run: Pick<ScheduleRun, 'eventId' | 'requestedByUserId' | 'replan'>,
  ): Promise<ScheduleRun> {
    return manager.save(manager.create(ScheduleRun, { ...run, state: 'queued', phase: 'queued' }));
  }

  /** Runs of the event stuck queued or running past STALE_RUN_MS are marked failed. */
  async failStale(manager: EntityManager, eventId: string): Promise<void> {
    await manager.query(
      `UPDATE event_schedule_run
          SET state = 'failed', error = 'stale: its job did not finish', finished_at = now(), updated_at = now()
        WHERE event_id = $1 AND state IN ('queued', 'running')
          AND updated_at < now() - make_interval(secs => $2)`,
      [eventId, STALE_RUN_MS / 1000],
    );
  }

  async start(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE event_schedule_run
          SET state = 'running', started_at = now(), updated_at = now(), progress = 0,
              phase = 'loading', steps = '[]', error = NULL
        WHERE id = $1`,
      [id],
    );
  }

  /**
   * Records a step outside the run's transaction (autocommit), so pollers see it while the
   * schedule is still being computed. Progress never goes back.
   */
  async step(id: string, progress: number, phase: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE event_schedule_run
          SET progress = GREATEST(progress, $2), phase = $3, updated_at = now(),
              steps = steps || jsonb_build_array(jsonb_build_object(
                'phase', $3::text, 'progress', GREATEST(progress, $2), 'at', now()))
        WHERE id = $1 AND state = 'running'`,
      [id, progress, phase],
    );
  }

  async finish(manager: EntityManager, id: string, figures: ScheduleRunFigures): Promise<void> {
    await manager.query(
      `UPDATE event_schedule_run
          SET state = 'done', progress = 100, phase = 'done', figures = $2, finished_at = now(),
              updated_at = now(),
              steps = steps || jsonb_build_array(jsonb_build_object(
                'phase', 'done', 'progress', 100, 'at', now()))
        WHERE id = $1`,
      [id, JSON.stringify(figures)],
    );
  }

  async fail(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE event_schedule_run
          SET state = 'failed', error = $2, finished_at = now(), updated_at = now()
        WHERE id = $1`,
      [id, error.slice(0, 500)],
    );
  }
}
