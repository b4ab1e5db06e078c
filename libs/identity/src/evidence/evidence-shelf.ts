import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { FileStorage } from '@rongtong/storage';
import {
  EVIDENCE_KINDS,
  EVIDENCE_LIMITS,
  EvidenceFileView,
  toEvidenceFile,
} from './evidence-files';

/** The record evidence files belong to (a certificate, a USCC claim), as its own service sees it. */
export interface EvidenceRecord {
  /** The storage owner key, e.g. `uscc-claim:<id>`. */
  owner: string;
  /** What the limit message calls the record: 资质, 申请. */
  noun: string;
  /**
   * Inside the transaction that adds or removes a file: lock the record, throw when it is
   * decided meanwhile, and write the change into its history.
   */
  recordChange(
    manager: EntityManager,
    change: 'added' | 'removed',
    filename: string,
  ): Promise<void>;
}

export const evidenceNotFound = () => new NotFoundError('FILE_NOT_FOUND', 'No such evidence file');

/**
 * Evidence files of a record through the storage port: PDF or images by content, size limits
 * while streaming, a few files per record, each change recorded in the record's history in the
 * file's own transaction. Who may do what is the record's service's decision, taken before.
 */
@Injectable()
export class EvidenceShelf {
  constructor(
    private readonly storage: FileStorage,
    private readonly transactions: TransactionRunner,
  ) {}

  async add(
    record: EvidenceRecord,
    uploadedBy: string,
    filename: string,
    body: Readable,
  ): Promise<EvidenceFileView> {
    if ((await this.storage.ofOwner(record.owner)).length >= EVIDENCE_LIMITS.files) {
      throw new ConflictError(
        'TOO_MANY_EVIDENCE_FILES',
        `每份${record.noun}最多上传 ${EVIDENCE_LIMITS.files} 个证明文件 (at most ${EVIDENCE_LIMITS.files} files)`,
      );
    }
    const stored = await this.storage.store({
      owner: record.owner,
      uploadedBy,
      filename,
      body,
      accept: EVIDENCE_KINDS,
      maxFileBytes: EVIDENCE_LIMITS.fileBytes,
      ownerQuotaBytes: EVIDENCE_LIMITS.totalBytes,
      onStored: (manager, file) => record.recordChange(manager, 'added', file.filename),
    });
    return toEvidenceFile(stored);
  }

  async list(owner: string): Promise<EvidenceFileView[]> {
    return (await this.storage.ofOwner(owner)).map(toEvidenceFile);
  }

  /** A download link valid for a few minutes, for a file of this record only. */
  async link(owner: string, fileId: string): Promise<{ url: string; expiresAt: string }> {
    const files = await this.storage.ofOwner(owner);
    if (!files.some((file) => file.id === fileId)) throw evidenceNotFound();
    return this.storage.signedDownloadPath(fileId);
  }

  async remove(record: EvidenceRecord, fileId: string): Promise<void> {
    const file = (await this.storage.ofOwner(record.owner)).find((f) => f.id === fileId);
    if (!file) throw evidenceNotFound();
    await this.transactions.run(async (manager) => {
      await record.recordChange(manager, 'removed', file.filename);
      await this.storage.remove(fileId, manager);
    });
  }
}
