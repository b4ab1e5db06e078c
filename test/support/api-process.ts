import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildDist, freePort } from './worker-process';

const ROOT = join(__dirname, '..', '..');

/** The real api as a separate OS process (dist/apps/api/src/main.js) on a free port. */
export class ApiProcess {
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.output += chunk));
  }

  /** Starts the api with the current process.env plus overrides; resolves once it listens. */
  static async start(
    overrides: Record<string, string> = {},
    timeoutMs = 30_000,
  ): Promise<ApiProcess> {
    buildDist();
    const port = await freePort();
    const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], {
      cwd: ROOT,
      env: { ...process.env, ...overrides, PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}`);
    const deadline = Date.now() + timeoutMs;
    while (!api.output.includes('api: listening')) {
      if (child.exitCode !== null)
        throw new Error(`api exited with ${child.exitCode}:\n${api.output}`);
      if (Date.now() > deadline)
        throw new Error(`api did not start within ${timeoutMs} ms:\n${api.output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return api;
  }

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
