import { createReadStream, mkdirSync } from 'node:fs';
import { rename, rm, stat, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { ObjectMissingError, ObjectStore } from './object-store';

/**
 * Files under one directory: `<root>/objects/<key>`; uploads spool in `<root>/incoming` on the
 * same file system, so storing is a rename.
 */
export class LocalDiskObjectStore extends ObjectStore {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
    mkdirSync(join(this.root, 'incoming'), { recursive: true });
    mkdirSync(join(this.root, 'objects'), { recursive: true });
  }

  spoolDir(): string {
    return join(this.root, 'incoming');
  }

  async putSpooled(key: string, spoolPath: string): Promise<void> {
    const target = this.pathOf(key);
    try {
      await mkdir(dirname(target), { recursive: true });
      await rename(spoolPath, target);
    } finally {
      await rm(spoolPath, { force: true });
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      await stat(path);
    } catch {
      throw new ObjectMissingError(key);
    }
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Keys are ours (uuids with slashes), but a path never leaves the objects directory. */
  private pathOf(key: string): string {
    if (!/^[a-z0-9][a-z0-9/-]*$/i.test(key) || key.includes('..')) {
      throw new Error(`Invalid storage key: ${key}`);
    }
    return join(this.root, 'objects', key);
  }
}
