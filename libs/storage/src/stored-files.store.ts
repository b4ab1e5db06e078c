import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FileKind } from './file-kind';

/** A stored file as the storage lib hands it out. */
export interface StoredFileRecord {
  id: string;
  owner: string;
  uploadedBy: string | null;
  storageKey: string;
  filename: string;
  kind: FileKind;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

interface StoredFileRow {
  id: string;
  owner: string;
  uploaded_by: string | null;
  storage_key: string;
  filename: string;
  kind: FileKind;
  content_type: string;
  size_bytes: string;
  sha256: string;
  created_at: Date;
}

const COLUMNS =
  'id, owner, uploaded_by, storage_key, filename, kind, content_type, size_bytes, sha256, created_at';

function toRecord(row: StoredFileRow): StoredFileRecord {
  return {
    id: row.id,
    owner: row.owner,
    uploadedBy: row.uploaded_by,
    storageKey: row.storage_key,
    filename: row.filename,
    kind: row.kind,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}

/** First key of the two-int advisory lock that serialises one owner's quota check. */
const OWNER_QUOTA_LOCK = 0x73746f72; // "stor"

/** stored_file rows. */
@Injectable()
export class StoredFilesStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Locks the owner's quota until commit and returns the bytes it already holds. */
  async lockOwnerAndSumBytes(manager: EntityManager, owner: string): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      OWNER_QUOTA_LOCK,
      owner,
    ]);
    const [{ total }] = await manager.query<{ total: string }[]>(
      'SELECT COALESCE(SUM(size_bytes), 0)::text AS total FROM stored_file WHERE owner = $1',
      [owner],
    );
    return Number(total);
  }

  async insert(
    manager: EntityManager,
    file: Omit<StoredFileRecord, 'createdAt'>,
  ): Promise<StoredFileRecord> {
    const [row] = await manager.query<StoredFileRow[]>(
      `INSERT INTO stored_file (id, owner, uploaded_by, storage_key, filename, kind, content_type, size_bytes, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING ${COLUMNS}`,
      [
        file.id,
        file.owner,
        file.uploadedBy,
        file.storageKey,
        file.filename,
        file.kind,
        file.contentType,
        file.sizeBytes,
        file.sha256,
      ],
    );
    return toRecord(row);
  }

  async byId(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredFileRecord | undefined> {
    const rows = await manager.query<StoredFileRow[]>(
      `SELECT ${COLUMNS} FROM stored_file WHERE id = $1`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async byIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredFileRecord[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<StoredFileRow[]>(
      `SELECT ${COLUMNS} FROM stored_file WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
    return rows.map(toRecord);
  }

  async byOwner(
    owner: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredFileRecord[]> {
    const rows = await manager.query<StoredFileRow[]>(
      `SELECT ${COLUMNS} FROM stored_file WHERE owner = $1 ORDER BY created_at, id`,
      [owner],
    );
    return rows.map(toRecord);
  }

  async countAll(manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ n }] = await manager.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM stored_file',
    );
    return n;
  }

  /** Deletes the row; its storage key when there was one. */
  async delete(manager: EntityManager, id: string): Promise<string | undefined> {
    const rows = await manager.query<{ storage_key: string }[]>(
      // A DELETE … RETURNING reads back as [rows, count]; through a CTE it is a plain SELECT.
      'WITH gone AS (DELETE FROM stored_file WHERE id = $1 RETURNING storage_key) SELECT storage_key FROM gone',
      [id],
    );
    return rows[0]?.storage_key;
  }
}
