import { ChildProcess, spawn } from 'node:child_process';
import Redis, { RedisOptions } from 'ioredis';
import { freePort } from './worker-process';

/**
 * A Redis server of the test's own (no persistence, a free port), so a test may flush it: the
 * shared server on 6379 belongs to every suite and engineer on the machine and is never flushed.
 */
export class PrivateRedis {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static async start(): Promise<PrivateRedis> {
    const port = await freePort();
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const redis = new PrivateRedis(child, port);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const client = redis.client({ lazyConnect: true, retryStrategy: () => null });
      try {
        await client.connect();
        await client.ping();
        return redis;
      } catch (error) {
        if (Date.now() > deadline || child.exitCode !== null) {
          child.kill('SIGKILL');
          throw error;
        }
        await new Promise((r) => setTimeout(r, 50));
      } finally {
        client.disconnect();
      }
    }
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  client(options: RedisOptions = {}): Redis {
    const client = new Redis({ host: '127.0.0.1', port: this.port, ...options });
    client.on('error', () => undefined);
    return client;
  }

  /** What a restart without persistence does: every key gone. */
  async flushAll(): Promise<void> {
    const client = this.client();
    try {
      await client.flushall();
    } finally {
      client.disconnect();
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
