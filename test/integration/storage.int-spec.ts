import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { Clock, ConfigModule, DomainError } from '@rongtong/common';
import { DatabaseModule, ensureDatabaseExists, runMigrationsLocked } from '@rongtong/database';
import { DOCUMENT_AND_IMAGE_KINDS, FileStorage, StorageModule } from '@rongtong/storage';
import { ObjectStore } from '../../libs/storage/src/adapters/object-store';
import { S3ObjectStore } from '../../libs/storage/src/adapters/s3.object-store';
import { FakeS3 } from '../support/fake-s3';
import { IsolatedEnvironment, isolatedEnvironment } from '../support/isolated-environment';

jest.setTimeout(60_000);

const pdf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(Math.max(0, size - 9))]);
const exe = () =>
  Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), randomBytes(4096)]);
/** A stream in 1 KB chunks, as an HTTP body arrives. */
const chunked = (bytes: Buffer) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / 1024) }, (_, i) =>
      bytes.subarray(i * 1024, (i + 1) * 1024),
    ),
  );

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

class MovableClock extends Clock {
  offsetMs = 0;
  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

describe('storage: one port, local disk and S3 adapters (PostgreSQL, real HTTP)', () => {
  let env: IsolatedEnvironment;
  let moduleRef: TestingModule;
  let db: DataSource;
  let storage: FileStorage;
  let dir: string;
  const clock = new MovableClock();

  const rowCount = async () =>
    (await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM stored_file'))[0].n;
  const filesOnDisk = (sub: string) =>
    readdirSync(join(dir, sub), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      .length;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rongtong-storage-test-'));
    env = isolatedEnvironment({ STORAGE_DIR: dir, STORAGE_MAX_FILE_MB: '0.05' });
    await ensureDatabaseExists(env.config.database.url);
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(env.config), DatabaseModule.forRoot(), StorageModule],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    db = moduleRef.get(DataSource);
    await runMigrationsLocked(db);
    storage = moduleRef.get(FileStorage);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await env?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a PDF under the data dir and gives the same bytes back', async () => {
    const bytes = pdf(20_000);
    const file = await storage.store({
      owner: 'test:a',
      uploadedBy: null,
      filename: '技术方案.pdf',
      body: chunked(bytes),
      accept: DOCUMENT_AND_IMAGE_KINDS,
    });
    expect(file).toMatchObject({ kind: 'pdf', contentType: 'application/pdf', sizeBytes: 20_000 });
    expect(file.filename).toBe('技术方案.pdf');
    expect(filesOnDisk('objects')).toBe(1);
    const opened = await storage.open(file.id);
    expect((await buffer(opened.stream)).equals(bytes)).toBe(true);
  });

  it('refuses a renamed .exe by its content, with nothing stored', async () => {
    const before = await rowCount();
    const error = await refusal(
      storage.store({
        owner: 'test:b',
        uploadedBy: null,
        filename: '方案.pdf',
        body: chunked(exe()),
        accept: DOCUMENT_AND_IMAGE_KINDS,
      }),
    );
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(error.kind).toBe('unsupported_type');
    expect(await rowCount()).toBe(before);
    expect(filesOnDisk('incoming')).toBe(0);
  });

  it('refuses a plain ZIP renamed .docx (an archive is not an Office file)', async () => {
    const zip = Buffer.concat([
      Buffer.from('PK\x03\x04\x00\x00photos/a.jpg', 'latin1'),
      randomBytes(2000),
    ]);
    const error = await refusal(
      storage.store({
        owner: 'test:b',
        uploadedBy: null,
        filename: 'a.docx',
        body: chunked(zip),
        accept: DOCUMENT_AND_IMAGE_KINDS,
      }),
    );
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('stops a file over the per-file limit while streaming, with nothing stored', async () => {
    const before = await rowCount();
    const objects = filesOnDisk('objects');
    let pulled = 0;
    const bytes = pdf(400_000);
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < bytes.length; i += 1024) {
          pulled += 1024;
          yield bytes.subarray(i, i + 1024);
        }
      })(),
    );
    const error = await refusal(
      storage.store({
        owner: 'test:c',
        uploadedBy: null,
        filename: 'big.pdf',
        body,
        accept: DOCUMENT_AND_IMAGE_KINDS,
      }),
    );
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.kind).toBe('too_large');
    expect(await rowCount()).toBe(before);
    expect(filesOnDisk('objects')).toBe(objects);
    expect(filesOnDisk('incoming')).toBe(0);
    // It stopped near the limit (~51 KB), not after reading all 400 KB.
    expect(pulled).toBeLessThan(200_000);
  });

  it('keeps an owner within its quota: the file that would pass it is refused and not kept', async () => {
    const store = () =>
      storage.store({
        owner: 'test:quota',
        uploadedBy: null,
        filename: 'part.pdf',
        body: chunked(pdf(30_000)),
        accept: DOCUMENT_AND_IMAGE_KINDS,
        ownerQuotaBytes: 50_000,
      });
    await store();
    const error = await refusal(store());
    expect(error.code).toBe('OWNER_QUOTA_EXCEEDED');
    expect(await storage.ofOwner('test:quota')).toHaveLength(1);
  });

  it('stores nothing when the caller refuses the file inside the transaction', async () => {
    const before = await rowCount();
    const objects = filesOnDisk('objects');
    await expect(
      storage.store({
        owner: 'test:d',
        uploadedBy: null,
        filename: 'x.pdf',
        body: chunked(pdf(2_000)),
        accept: DOCUMENT_AND_IMAGE_KINDS,
        onStored: () => Promise.reject(new Error('caller says no')),
      }),
    ).rejects.toThrow('caller says no');
    expect(await rowCount()).toBe(before);
    expect(filesOnDisk('objects')).toBe(objects);
  });

  it('serves a signed link until it expires; a changed or expired link is 404', async () => {
    const file = await storage.store({
      owner: 'test:e',
      uploadedBy: null,
      filename: 'photo.png',
      body: chunked(
        Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          randomBytes(100),
        ]),
      ),
      accept: DOCUMENT_AND_IMAGE_KINDS,
    });
    const grant = storage.signDownload(file.id, 60);
    expect((await storage.openSigned(grant)).file.kind).toBe('png');
    expect(
      (await refusal(storage.openSigned({ ...grant, signature: 'x' + grant.signature }))).code,
    ).toBe('DOWNLOAD_LINK_INVALID');
    clock.offsetMs = 61_000;
    try {
      expect((await refusal(storage.openSigned(grant))).code).toBe('DOWNLOAD_LINK_INVALID');
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('removes the row and the bytes', async () => {
    const file = await storage.store({
      owner: 'test:f',
      uploadedBy: null,
      filename: 'gone.pdf',
      body: chunked(pdf(1_000)),
      accept: DOCUMENT_AND_IMAGE_KINDS,
    });
    const objects = filesOnDisk('objects');
    await storage.remove(file.id);
    expect(filesOnDisk('objects')).toBe(objects - 1);
    expect((await refusal(storage.open(file.id))).code).toBe('FILE_NOT_FOUND');
  });

  describe('the S3 adapter against an S3-compatible HTTP server', () => {
    let s3: FakeS3;
    let objects: S3ObjectStore;
    let s3Module: TestingModule;

    beforeAll(async () => {
      s3 = await FakeS3.start();
      objects = new S3ObjectStore({
        endpoint: s3.endpoint,
        region: 'cn-north-1',
        bucket: s3.bucket,
        accessKeyId: 'test-key',
        secretAccessKey: 'test-secret',
        forcePathStyle: true,
      });
      s3Module = await Test.createTestingModule({
        imports: [ConfigModule.forRoot(env.config), DatabaseModule.forRoot(), StorageModule],
      })
        .overrideProvider(ObjectStore)
        .useValue(objects)
        .compile();
    });

    afterAll(async () => {
      objects?.destroy();
      await s3Module?.close();
      await s3?.stop();
    });

    it('puts, gets and deletes objects through FileStorage with signed requests', async () => {
      const s3Storage = s3Module.get(FileStorage);
      const bytes = pdf(30_000);
      const file = await s3Storage.store({
        owner: 'test:s3',
        uploadedBy: null,
        filename: 'remote.pdf',
        body: chunked(bytes),
        accept: DOCUMENT_AND_IMAGE_KINDS,
      });
      expect(s3.objects.size).toBe(1);
      const [stored] = [...s3.objects.values()];
      expect(stored.body.equals(bytes)).toBe(true);
      expect(stored.contentType).toBe('application/pdf');
      expect((await buffer((await s3Storage.open(file.id)).stream)).equals(bytes)).toBe(true);
      await s3Storage.remove(file.id);
      expect(s3.objects.size).toBe(0);
      expect(s3.requests.map((r) => r.method)).toEqual(['PUT', 'GET', 'DELETE']);
    });

    it('reports a missing object as not found', async () => {
      await expect(objects.get('no/such-key')).rejects.toThrow(
        'No stored object under no/such-key',
      );
    });
  });
});
