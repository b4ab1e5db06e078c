import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  LocalMeilisearchServer,
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  createMeilisearchClient,
  destroyMeilisearchClient,
  meilisearchApiError,
} from '../../libs/search/src/meilisearch';

jest.setTimeout(60_000);

interface Achievement {
  id: string;
  title: string;
  summary: string;
}

const INDEX_UID = 'achievements_smoke';
// The client's 5 s default is a stopwatch on a loaded 2-core machine; this only guards against a hang.
const TASK_WAIT = { timeout: 60_000 };

const documents: Achievement[] = [
  {
    id: 'a1',
    title: '新能源汽车动力电池梯次利用技术',
    summary: '退役动力电池的检测、重组与储能应用，降低回收成本。',
  },
  {
    id: 'a2',
    title: '高精度农业遥感监测系统',
    summary: '基于多光谱卫星影像的作物长势与病虫害监测。',
  },
];

async function captureError(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('LocalMeilisearchServer + createMeilisearchClient', () => {
  let dataDir: string;
  let server: LocalMeilisearchServer;
  let client: Meilisearch;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'rongtong-meili-'));
    server = await LocalMeilisearchServer.start({ dataDir });
    client = createMeilisearchClient({ host: server.url, apiKey: server.masterKey });
  });

  afterAll(async () => {
    if (client !== undefined) {
      destroyMeilisearchClient(client);
    }
    await server?.stop();
    if (dataDir !== undefined) {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('indexes and finds Chinese documents', async () => {
    const created = await client.createIndex(INDEX_UID, { primaryKey: 'id' }).waitTask(TASK_WAIT);
    expect(created.status).toBe('succeeded');

    const index = client.index<Achievement>(INDEX_UID);
    const added = await index.addDocuments(documents).waitTask(TASK_WAIT);
    expect(added.status).toBe('succeeded');

    const result = await index.search('动力电池');
    expect(result.hits.map((hit) => hit.id)).toEqual(['a1']);
    const remote = await index.search('遥感');
    expect(remote.hits.map((hit) => hit.id)).toEqual(['a2']);
  });

  it('surfaces API errors as MeilisearchApiError with the Meilisearch error code', async () => {
    const error = meilisearchApiError(await captureError(client.getIndex('does_not_exist')));
    expect(error).toBeInstanceOf(MeilisearchApiError);
    expect(error?.cause?.code).toBe('index_not_found');
    expect(error?.response.status).toBe(404);

    // Same through the task client, which has its own HTTP layer instance.
    const taskError = meilisearchApiError(await captureError(client.tasks.getTask(987_654_321)));
    expect(taskError).toBeInstanceOf(MeilisearchApiError);
    expect(taskError?.cause?.code).toBe('task_not_found');
  });

  it('leaves the library untouched: a plain client still throws its own errors', async () => {
    const plain = new Meilisearch({ host: server.url, apiKey: server.masterKey });
    const error = await captureError(plain.getIndex('does_not_exist'));
    expect(error).toBeInstanceOf(MeilisearchApiError);
    expect(meilisearchApiError(error)?.cause?.code).toBe('index_not_found');
  });

  it('handles empty 204 responses', async () => {
    const key = await client.createKey({
      description: 'temporary',
      actions: ['search'],
      indexes: [INDEX_UID],
      expiresAt: null,
    });
    await expect(client.deleteKey(key.uid)).resolves.toBeUndefined();
  });

  it('reports a timeout as MeilisearchRequestError caused by MeilisearchRequestTimeOutError', async () => {
    // A TCP server that accepts connections but never answers.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    if (address === null || typeof address !== 'object') {
      throw new Error('no address');
    }
    const slowClient = createMeilisearchClient({
      host: `http://127.0.0.1:${address.port}`,
      apiKey: 'irrelevant-key-irrelevant',
      timeoutMs: 200,
    });
    try {
      const error = await captureError(slowClient.health());
      expect(error).toBeInstanceOf(MeilisearchRequestError);
      expect((error as MeilisearchRequestError).cause).toBeInstanceOf(
        MeilisearchRequestTimeOutError,
      );
    } finally {
      destroyMeilisearchClient(slowClient);
      for (const socket of sockets) {
        socket.destroy();
      }
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('persists a generated master key and accepts keys that start with a dash', async () => {
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'rongtong-meili-key-'));
    try {
      const first = await LocalMeilisearchServer.start({ dataDir: otherDir });
      const generatedKey = first.masterKey;
      await first.stop();
      expect((await readFile(path.join(otherDir, 'master-key'), 'utf8')).trim()).toBe(generatedKey);

      const second = await LocalMeilisearchServer.start({ dataDir: otherDir });
      expect(second.masterKey).toBe(generatedKey);
      await second.stop();

      // base64url keys can begin with '-', which a CLI parser would take for a flag.
      const dashKey = `-M${'x'.repeat(30)}`;
      const third = await LocalMeilisearchServer.start({ dataDir: otherDir, masterKey: dashKey });
      const dashClient = createMeilisearchClient({ host: third.url, apiKey: dashKey });
      try {
        await expect(dashClient.getVersion()).resolves.toMatchObject({ pkgVersion: '1.21.0' });
      } finally {
        destroyMeilisearchClient(dashClient);
        await third.stop();
      }
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('fails with MeilisearchRequestError while stopped and keeps data across restart', async () => {
    const port = server.port;
    await server.stop();
    expect(server.running).toBe(false);
    await server.stop(); // idempotent

    const error = await captureError(client.health());
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    expect(((error as MeilisearchRequestError).cause as NodeJS.ErrnoException).code).toBe(
      'ECONNREFUSED',
    );

    await server.restart();
    expect(server.port).toBe(port);
    expect(server.pid).toEqual(expect.any(Number));

    const response = await fetch(`${server.url}/health`);
    expect(await response.json()).toEqual({ status: 'available' });

    const info = await client.getRawIndex(INDEX_UID);
    expect(info.uid).toBe(INDEX_UID);
    const result = await client.index<Achievement>(INDEX_UID).search('动力电池');
    expect(result.hits.map((hit) => hit.id)).toEqual(['a1']);
  });
});
