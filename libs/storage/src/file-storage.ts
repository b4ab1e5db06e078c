import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  NotFoundError,
  PayloadTooLargeError,
  UnsupportedTypeError,
  ValidationFailedError,
} from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { ObjectMissingError, ObjectStore } from './adapters/object-store';
import { DownloadGrant, DownloadSigner } from './download-signer';
import { CONTENT_TYPE_OF, detectKind, FileKind, safeFilename } from './file-kind';
import { StoredFileRecord, StoredFilesStore } from './stored-files.store';
import { spoolUpload, UploadRejected } from './upload-spool';

export interface StoreFileInput {
  /** Opaque owner key chosen by the calling context; quotas and listings are per owner. */
  owner: string;
  uploadedBy: string | null;
  /** The client's name for the file: kept for display, never trusted for the type. */
  filename: string;
  body: Readable;
  accept: readonly FileKind[];
  /** Per-file limit; the configured maximum caps it. */
  maxFileBytes?: number;
  /** Total bytes the owner may hold, this file included. */
  ownerQuotaBytes?: number;
  /**
   * Runs inside the transaction that records the file (e.g. the caller links it to its record);
   * if it throws, nothing is stored.
   */
  onStored?: (manager: EntityManager, file: StoredFileRecord) => Promise<void>;
}

/** A file as other contexts see it: no storage key. */
export type StoredFileView = Omit<StoredFileRecord, 'storageKey'>;

export function toStoredFileView(file: StoredFileRecord): StoredFileView {
  const { storageKey: _key, ...view } = file;
  return view;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * The one storage port: stores uploads (type from the bytes, size limits enforced while
 * streaming, owner quota checked under a lock; nothing kept when any check fails), opens them,
 * deletes them and signs short-lived download links. Authorisation is the caller's: it decides
 * who may have a link.
 */
@Injectable()
export class FileStorage {
  private readonly signer: DownloadSigner;

  constructor(
    private readonly objects: ObjectStore,
    private readonly files: StoredFilesStore,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.signer = new DownloadSigner(config.storage.signingSecret);
  }

  async store(input: StoreFileInput): Promise<StoredFileView> {
    const maxFileBytes = Math.min(input.maxFileBytes ?? Infinity, this.config.storage.maxFileBytes);
    const filename = input.filename.trim();
    if (!filename || filename.length > 200) {
      throw ValidationFailedError.field('filename', 'is required, at most 200 characters');
    }
    let spooled;
    try {
      spooled = await spoolUpload(input.body, this.objects.spoolDir(), maxFileBytes, input.accept);
    } catch (error) {
      throw this.refusal(error, maxFileBytes, input.accept);
    }
    try {
      const kind = detectKind(spooled.head, spooled.tail);
      if (!kind || !input.accept.includes(kind))
        throw this.refusal(new UploadRejected('unsupported_type'), maxFileBytes, input.accept);
      const id = randomUUID();
      const storageKey = `${id.slice(0, 2)}/${id}`;
      let stored = false;
      try {
        return await this.transactions.run(async (manager) => {
          const held = await this.files.lockOwnerAndSumBytes(manager, input.owner);
          if (input.ownerQuotaBytes !== undefined && held + spooled.size > input.ownerQuotaBytes) {
            throw new PayloadTooLargeError(
              'OWNER_QUOTA_EXCEEDED',
              `Attachments may total ${megabytes(input.ownerQuotaBytes)}; ${megabytes(held)} are already stored`,
              [
                {
                  field: 'file',
                  messages: [`附件总大小不能超过 ${megabytes(input.ownerQuotaBytes)}`],
                },
              ],
            );
          }
          const record = await this.files.insert(manager, {
            id,
            owner: input.owner,
            uploadedBy: input.uploadedBy,
            storageKey,
            filename: safeFilename(filename, kind),
            kind,
            contentType: CONTENT_TYPE_OF[kind],
            sizeBytes: spooled.size,
            sha256: spooled.sha256,
          });
          if (input.onStored) await input.onStored(manager, record);
          await this.objects.putSpooled(storageKey, spooled.path, spooled.size, record.contentType);
          stored = true;
          return toStoredFileView(record);
        });
      } catch (error) {
        // The row rolled back; the bytes must go too.
        if (stored) await this.objects.delete(storageKey).catch(() => undefined);
        throw error;
      }
    } finally {
      await rm(spooled.path, { force: true });
    }
  }

  async describe(ids: readonly string[]): Promise<StoredFileView[]> {
    return (await this.files.byIds(ids)).map(toStoredFileView);
  }

  async ofOwner(owner: string): Promise<StoredFileView[]> {
    return (await this.files.byOwner(owner)).map(toStoredFileView);
  }

  /** Opens a file's bytes; 404 when the file (or its bytes) is gone. */
  async open(id: string): Promise<{ file: StoredFileView; stream: Readable }> {
    const file = await this.files.byId(id);
    if (!file) throw fileNotFound();
    try {
      return { file: toStoredFileView(file), stream: await this.objects.get(file.storageKey) };
    } catch (error) {
      if (error instanceof ObjectMissingError) throw fileNotFound();
      throw error;
    }
  }

  /** Removes a file, inside the caller's transaction when given; the bytes after the row. */
  async remove(id: string, manager?: EntityManager): Promise<void> {
    const key = manager
      ? await this.files.delete(manager, id)
      : await this.transactions.run((m) => this.files.delete(m, id));
    if (key) await this.objects.delete(key);
  }

  /** A download link's query for a file, valid for the configured seconds (default 300). */
  signDownload(
    fileId: string,
    ttlSeconds = this.config.storage.signedUrlTtlSeconds,
  ): DownloadGrant {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + ttlSeconds;
    return this.signer.sign(fileId, expires);
  }

  /** The path and query of a signed download, relative to the API's base URL. */
  signedDownloadPath(fileId: string): { url: string; expiresAt: string } {
    const grant = this.signDownload(fileId);
    return {
      url: `/api/v1/files/${grant.fileId}?expires=${grant.expires}&signature=${grant.signature}`,
      expiresAt: new Date(grant.expires * 1000).toISOString(),
    };
  }

  /** Opens a file for a signed link; 404 for a wrong or expired signature (nothing to learn). */
  async openSigned(grant: DownloadGrant): Promise<{ file: StoredFileView; stream: Readable }> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    if (!this.signer.verify(grant, now)) {
      throw new NotFoundError(
        'DOWNLOAD_LINK_INVALID',
        'The download link is invalid or has expired',
      );
    }
    return this.open(grant.fileId);
  }

  private refusal(error: unknown, maxFileBytes: number, accept: readonly FileKind[]): unknown {
    if (!(error instanceof UploadRejected)) return error;
    if (error.reason === 'too_large') {
      return new PayloadTooLargeError(
        'FILE_TOO_LARGE',
        `The file is larger than ${megabytes(maxFileBytes)}`,
        [{ field: 'file', messages: [`文件不能超过 ${megabytes(maxFileBytes)}`] }],
      );
    }
    if (error.reason === 'empty') {
      return ValidationFailedError.field('file', '文件为空', 'FILE_EMPTY');
    }
    return new UnsupportedTypeError(
      'UNSUPPORTED_FILE_TYPE',
      `The file's content is not one of: ${accept.join(', ')}`,
      [
        {
          field: 'file',
          messages: ['文件类型不支持（按文件内容判断），请上传 PDF、Office 文档或图片'],
        },
      ],
    );
  }
}

export function fileNotFound(): NotFoundError {
  return new NotFoundError('FILE_NOT_FOUND', 'No such file');
}
