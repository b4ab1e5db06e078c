import { createServer, Server } from 'node:http';
import { ReadinessService } from '@rongtong/health';
import { JobWorkerHost, ScheduleKeeper } from '@rongtong/jobs';

/**
 * The worker's only HTTP: /health (liveness) and /health/ready (services, consumers, and whether
 * every repeatable job was scheduled at the last check).
 */
export function startWorkerHealthServer(
  port: number,
  host: string,
  readiness: ReadinessService,
  workers: JobWorkerHost,
  schedules: ScheduleKeeper,
): Promise<Server> {
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET') return send(405, { error: { code: 'METHOD_NOT_ALLOWED' } });
    if (request.url === '/health') return send(200, { status: 'ok' });
    if (request.url === '/health/ready') {
      void readiness.check().then((result) => {
        const consuming = workers.isRunning();
        const scheduled = schedules.status();
        const ready = result.status === 'ready' && consuming && scheduled.ok;
        send(ready ? 200 : 503, {
          ...result,
          status: ready ? 'ready' : 'not_ready',
          consuming,
          schedules: scheduled,
        });
      });
      return;
    }
    send(404, { error: { code: 'NOT_FOUND' } });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
