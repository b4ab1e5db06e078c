import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
let built = false;

/** Compiles apps and libs into dist/ (swc, ~1 s) once per test file. */
export function buildDist(): void {
  if (built) return;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

/** A TCP port nothing listens on right now (127.0.0.1). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real worker as a separate OS process (dist/apps/worker/src/main.js), so a test can kill it
 * with SIGKILL the way an OOM killer or a node failure would: no shutdown hooks run.
 */
export class WorkerProcess {
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly healthUrl: string,
  ) {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.output += chunk));
  }

  /**
   * Starts the worker with the current process.env plus overrides; resolves once it consumes
   * (or fails after `timeoutMs`: a loaded machine needs more than the default).
   */
  static async start(
    overrides: Record<string, string> = {},
    timeoutMs = 30_000,
  ): Promise<WorkerProcess> {
    buildDist();
    const port = await freePort();
    const child = spawn(process.execPath, [join(ROOT, 'dist/apps/worker/src/main.js')], {
      cwd: ROOT,
      env: { ...process.env, ...overrides, WORKER_HEALTH_PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child, `http://127.0.0.1:${port}/health`);
    await worker.waitUntilConsuming(timeoutMs);
    return worker;
  }

  private async waitUntilConsuming(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) {
        throw new Error(`worker exited with ${this.child.exitCode}:\n${this.output}`);
      }
      if (this.output.includes('worker: consuming jobs')) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`worker did not start within ${timeoutMs} ms:\n${this.output}`);
  }

  /** SIGKILL: the process dies at once, jobs in flight keep their locks until they expire. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM and wait for a graceful exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }

  get logs(): string {
    return this.output;
  }
}
