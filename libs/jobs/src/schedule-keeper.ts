import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import { JobQueue } from './job-queue';
import { JobSchedule, jobSchedules } from './job-schedules';

/** What the worker's readiness reports about the repeatable jobs. */
export interface ScheduleStatus {
  /** Every catalogued schedule was in Redis at the last check (or was restored by it). */
  ok: boolean;
  expected: number;
  /** Schedules found missing and registered again since the worker started. */
  restored: number;
  /** ISO time of the last successful check; null before the first. */
  checkedAt: string | null;
  /** The last check's error (Redis away), if it failed. */
  error?: string;
}

/**
 * Keeps the catalogue's repeatable jobs registered. They live only in Redis, so a Redis that
 * restarts without its data forgets them while the worker keeps running: the keeper registers
 * them all at start, then checks every SCHEDULE_CHECK_INTERVAL_MS and registers any that are
 * missing. The check is a timer in the worker, not a job: a job would vanish with them.
 */
@Injectable()
export class ScheduleKeeper implements OnApplicationShutdown {
  private readonly logger = new Logger(ScheduleKeeper.name);
  private readonly schedules: JobSchedule[];
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;
  private state: ScheduleStatus;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {
    this.schedules = jobSchedules(config);
    this.state = { ok: false, expected: this.schedules.length, restored: 0, checkedAt: null };
  }

  /** Registers every schedule (applying changed timings or payloads), then checks periodically. */
  async start(): Promise<void> {
    await this.jobs.scheduleAll(this.schedules);
    this.state = { ...this.state, ok: true, checkedAt: new Date().toISOString() };
    this.timer = setInterval(() => void this.check(), this.config.jobs.scheduleCheckIntervalMs);
    this.timer.unref();
  }

  /** Registers the schedules Redis no longer holds; returns how many it restored. */
  async check(): Promise<number> {
    if (this.checking) {
      await this.checking;
      return 0;
    }
    let restored = 0;
    this.checking = (async () => {
      try {
        const present = await this.jobs.scheduledIds();
        const missing = this.schedules.filter((entry) => !present.has(entry.id));
        await this.jobs.scheduleAll(missing);
        restored = missing.length;
        if (restored > 0) {
          this.logger.warn(
            `Repeatable jobs missing from Redis, registered again: ${missing.map((m) => m.id).join(', ')}`,
          );
        }
        this.state = {
          ok: true,
          expected: this.schedules.length,
          restored: this.state.restored + restored,
          checkedAt: new Date().toISOString(),
        };
      } catch (error) {
        this.state = {
          ...this.state,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        };
      }
    })();
    try {
      await this.checking;
    } finally {
      this.checking = undefined;
    }
    return restored;
  }

  status(): ScheduleStatus {
    return { ...this.state };
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
