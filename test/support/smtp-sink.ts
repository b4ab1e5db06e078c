import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** The message exactly as it arrived. */
  raw: string;
  envelopeTo: string[];
  parsed: ParsedMail;
  /** A header's value as sent (unfolded, not decoded), or undefined. */
  header(name: string): string | undefined;
}

/** A real SMTP server in this process (port 0), keeping every message it accepts. */
export class SmtpSink {
  /** Notification mails (inbox items, digests). */
  readonly received: ReceivedMail[] = [];
  /** Mails about an account (verification, reset, sign-up attempt), kept apart. */
  readonly accountMails: ReceivedMail[] = [];
  /** The next this-many messages are refused with a temporary error (to test retries). */
  failNext = 0;
  /** Each message is acknowledged this long after its data arrived (a slow relay). */
  delayMs = 0;

  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => this.accept(stream, session, callback),
  });

  private constructor() {}

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    // A client killed mid-transaction (the worker-crash test) resets its connection; that is
    // the client's failure, not the sink's, and must not become an unhandled error event.
    sink.server.on('error', () => undefined);
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Notification mails to `address`. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.envelopeTo.includes(address));
  }

  /** Account mails to `address` (any case). */
  accountMailsTo(address: string): ReceivedMail[] {
    const wanted = address.toLowerCase();
    return this.accountMails.filter((mail) =>
      mail.envelopeTo.some((to) => to.toLowerCase() === wanted),
    );
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (error?: Error | null) => void,
  ): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      if (this.failNext > 0) {
        this.failNext -= 1;
        callback(
          Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 }),
        );
        return;
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      new Promise((resolve) => setTimeout(resolve, this.delayMs))
        .then(() => simpleParser(raw))
        .then((parsed) => {
          const mail: ReceivedMail = {
            raw,
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            parsed,
            header: (name) => rawHeader(raw, name),
          };
          const account = mail.header('X-Rongtong-Delivery-Id')?.startsWith('account-');
          (account ? this.accountMails : this.received).push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    });
  }
}

/** The unfolded value of a header in a raw message's header block. */
function rawHeader(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const prefix = `${name.toLowerCase()}:`;
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(prefix));
  return line?.slice(prefix.length).trim();
}
