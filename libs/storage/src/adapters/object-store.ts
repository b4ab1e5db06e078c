import type { Readable } from 'node:stream';

/**
 * Where the bytes of stored files live. Two adapters: the local disk (default, under the data
 * dir) and an S3-compatible bucket; FileStorage chooses by config and holds every rule (types,
 * limits, ownership), so an adapter only moves bytes.
 */
export abstract class ObjectStore {
  /**
   * Moves a complete spooled file (a path on local disk, already checked) under `key`. The spool
   * file is gone afterwards, whether the call succeeds or not.
   */
  abstract putSpooled(
    key: string,
    spoolPath: string,
    size: number,
    contentType: string,
  ): Promise<void>;

  /** The bytes under `key`; rejects with ObjectMissingError when there are none. */
  abstract get(key: string): Promise<Readable>;

  /** Removes `key`; no error when it is already gone. */
  abstract delete(key: string): Promise<void>;

  /** A directory on local disk where uploads are spooled before `putSpooled`. */
  abstract spoolDir(): string;
}

export class ObjectMissingError extends Error {
  constructor(readonly key: string) {
    super(`No stored object under ${key}`);
    this.name = 'ObjectMissingError';
  }
}
