/**
 * `npm start`: one command runs the product on this machine. Starts the bundled Meilisearch
 * (unless MEILI_URL is set) and a maildev mail sink (unless SMTP_URL is set), checks PostgreSQL
 * and Redis, then runs the api and the worker, loads the demo data, and stops everything on
 * Ctrl-C.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '@rongtong/common';
import { preflight, PreflightError } from '@rongtong/health';
import { LocalMeilisearchServer } from '@rongtong/search';

const ROOT = resolve(__dirname, '..', '..');
const started = performance.now();

function prefixLines(
  name: string,
  stream: NodeJS.ReadableStream,
  out: NodeJS.WritableStream,
): void {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) out.write(`[${name}] ${line}\n`);
  });
}

async function waitForReady(
  url: string,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { headers });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

const MAILDEV_SMTP_PORT = 1025;
const MAILDEV_WEB_URL = 'http://127.0.0.1:1080';

/** maildev's CLI from node_modules (a dev dependency: absent from production installs). */
function maildevBin(): string | undefined {
  const manifest = join(ROOT, 'node_modules', 'maildev', 'package.json');
  if (!existsSync(manifest)) return undefined;
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const relative = typeof bin === 'string' ? bin : bin?.maildev;
  return relative ? join(dirname(manifest), relative) : undefined;
}

/**
 * A local SMTP sink with a web page, so a newcomer sees the mails the product sends. Resolves
 * to the running process, or undefined (mails are then recorded as skipped) if it cannot start,
 * e.g. because port 1025 is taken.
 */
async function startMaildev(): Promise<ChildProcess | undefined> {
  const bin = maildevBin();
  if (!bin) {
    console.warn('[start] maildev is not installed; set SMTP_URL to send mails');
    return undefined;
  }
  const child = spawn(
    process.execPath,
    [
      bin,
      ...['--smtp', String(MAILDEV_SMTP_PORT), '--ip', '127.0.0.1'],
      ...['--web', new URL(MAILDEV_WEB_URL).port, '--web-ip', '127.0.0.1'],
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  prefixLines('maildev', child.stdout, process.stdout);
  prefixLines('maildev', child.stderr, process.stderr);
  // Also when start fails later (preflight): no sink left holding the ports.
  process.once('exit', () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  const exited = new Promise<false>((r) => child.once('exit', () => r(false)));
  // The web UI answers HTML requests only.
  const ready = waitForReady(MAILDEV_WEB_URL, 15_000, { accept: 'text/html' });
  if (await Promise.race([ready, exited])) return child;
  child.kill('SIGTERM');
  console.warn('[start] maildev did not start; mails will be recorded as skipped (set SMTP_URL)');
  return undefined;
}

async function main(): Promise<void> {
  // Said explicitly: an unset NODE_ENV means production, which refuses the demo data and the
  // development JWT secret this command relies on.
  process.env.NODE_ENV ??= 'development';
  process.env.SEED_DEMO_DATA ??= 'true';
  let meili: LocalMeilisearchServer | undefined;
  if (!process.env.MEILI_URL) {
    meili = await LocalMeilisearchServer.start({
      dataDir: join(ROOT, '.data', 'meili'),
      port: 7700,
    }).catch(() => LocalMeilisearchServer.start({ dataDir: join(ROOT, '.data', 'meili') }));
    process.env.MEILI_URL = meili.url;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
    console.log(`[start] Meilisearch v1.21 at ${meili.url} (data in .data/meili)`);
  }
  let maildev: ChildProcess | undefined;
  if (!process.env.SMTP_URL) {
    maildev = await startMaildev();
    if (maildev) process.env.SMTP_URL = `smtp://127.0.0.1:${MAILDEV_SMTP_PORT}`;
  }
  const config = loadConfig();
  await preflight(config);

  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map(
        (child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r))),
      ),
    );
    await meili?.stop();
    if (maildev && maildev.exitCode === null) {
      const exited = new Promise((r) => maildev.once('exit', r));
      maildev.kill('SIGTERM');
      await exited;
    }
    process.exit(code);
  };
  for (const [name, entry] of [
    ['api', 'dist/apps/api/src/main.js'],
    ['worker', 'dist/apps/worker/src/main.js'],
  ] as const) {
    const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, entry)], {
      cwd: ROOT,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    prefixLines(name, child.stdout, process.stdout);
    prefixLines(name, child.stderr, process.stderr);
    child.once('exit', (code) => {
      if (!stopping) {
        console.error(`[start] ${name} exited with code ${code}; stopping`);
        void stop(code ?? 1);
      }
    });
    children.push(child);
  }
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  const base = `http://${config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host}:${config.http.port}`;
  if (await waitForReady(`${base}/health/ready`, 120_000)) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[start] ready in ${seconds} s: ${base}/health/ready, API docs ${base}/api/docs`);
    if (maildev) console.log(`[start] mails sent by the product: ${MAILDEV_WEB_URL} (maildev)`);
    if (config.seedDemoData) {
      console.log(
        '[start] demo login: sme@rongtong.demo (or university@, enterprise@, admin@ …) / Rongtong-Demo-2026',
      );
    }
  } else {
    console.error(`[start] ${base}/health/ready did not answer 200 within 120 s`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof PreflightError)
    console.error(`[start] cannot start.\n${error.message}`);
  else console.error('[start] failed', error);
  process.exit(1);
});
