import { createReadStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { ObjectMissingError, ObjectStore } from './object-store';

export interface S3ObjectStoreOptions {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

/** An S3-compatible bucket (AWS, MinIO, OSS/COS in S3 mode): one object per key. */
export class S3ObjectStore extends ObjectStore {
  private readonly client: S3Client;
  private readonly spool = join(tmpdir(), 'rongtong-storage-spool');

  constructor(private readonly options: S3ObjectStoreOptions) {
    super();
    mkdirSync(this.spool, { recursive: true });
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
      // S3-compatible services differ in the checksum trailers they accept; send them only
      // where the API requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  spoolDir(): string {
    return this.spool;
  }

  async putSpooled(
    key: string,
    spoolPath: string,
    size: number,
    contentType: string,
  ): Promise<void> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.options.bucket,
          Key: key,
          Body: createReadStream(spoolPath),
          ContentLength: size,
          ContentType: contentType,
        }),
      );
    } finally {
      await rm(spoolPath, { force: true });
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: key }),
      );
      if (!(result.Body instanceof Readable)) throw new ObjectMissingError(key);
      return result.Body;
    } catch (error) {
      if (
        error instanceof NoSuchKey ||
        (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
      ) {
        throw new ObjectMissingError(key);
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  destroy(): void {
    this.client.destroy();
  }
}
