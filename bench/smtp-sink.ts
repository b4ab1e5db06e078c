import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { nowMs } from './stats';

/**
 * A real SMTP server in the bench process that keeps only when each recipient's mail arrived
 * (the end of DATA): the far end of the notification path. No parsing, so it costs little.
 */
export class BenchSmtpSink {
  /** Recipient address → arrival (nowMs clock) of its first mail. */
  readonly arrivals = new Map<string, number>();
  messages = 0;

  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 1024 * 1024,
    onData: (stream, session, callback) => {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        const at = nowMs();
        this.messages++;
        for (const { address } of session.envelope.rcptTo) {
          if (!this.arrivals.has(address)) this.arrivals.set(address, at);
        }
        callback();
      });
    },
  });

  private constructor() {}

  static async start(): Promise<BenchSmtpSink> {
    const sink = new BenchSmtpSink();
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
