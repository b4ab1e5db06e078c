import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import { OutboxRelay } from './outbox-relay';

/**
 * The worker's relay loop: wakes on pg NOTIFY from the outbox writer (low write-to-job lag),
 * and polls as a fallback. Errors (Redis down) back off and retry; nothing is lost meanwhile.
 */
@Injectable()
export class OutboxRelayLoop implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayLoop.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private listener?: Client;
  private consecutiveFailures = 0;

  constructor(
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.database.url });
    client.on('error', (error) => this.logger.warn(`Outbox listener: ${error.message}`));
    client.on('notification', () => this.wake?.());
    try {
      await client.connect();
      await client.query('LISTEN outbox');
      this.listener = client;
    } catch (error) {
      // Polling still works without notifications.
      this.logger.warn(`Outbox LISTEN unavailable, polling only: ${(error as Error).message}`);
      await client.end().catch(() => undefined);
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relay.relayBatch();
        this.consecutiveFailures = 0;
      } catch (error) {
        this.consecutiveFailures += 1;
        if (this.consecutiveFailures === 1 || this.consecutiveFailures % 20 === 0) {
          this.logger.warn(
            `Outbox relay failed (${this.consecutiveFailures}x): ${(error as Error).message}`,
          );
        }
      }
      if (relayed >= this.config.outbox.batchSize) continue;
      const delay =
        this.consecutiveFailures > 0
          ? Math.min(
              30_000,
              this.config.outbox.pollIntervalMs * 2 ** Math.min(this.consecutiveFailures, 7),
            )
          : this.config.outbox.pollIntervalMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Finishes the batch in flight, then stops. */
  async onApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }
}
