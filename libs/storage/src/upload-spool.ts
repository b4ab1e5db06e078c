import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileKind, SNIFF_BYTES, sniffPrefix } from './file-kind';

/** Bytes kept from each end of an upload, for the OOXML check (ZIP entry names). */
const EDGE_BYTES = 64 * 1024;

export interface SpooledUpload {
  path: string;
  size: number;
  sha256: string;
  head: Buffer;
  tail: Buffer;
}

/** Why an upload was stopped while streaming; nothing of it is kept. */
export class UploadRejected extends Error {
  constructor(
    readonly reason: 'too_large' | 'unsupported_type' | 'empty',
    readonly limit?: number,
  ) {
    super(`Upload rejected: ${reason}`);
    this.name = 'UploadRejected';
  }
}

/** Counts, hashes and sniffs the bytes as they pass; stops the stream at the first bad sign. */
class UploadGate extends Transform {
  size = 0;
  readonly hash = createHash('sha256');
  private headChunks: Buffer[] = [];
  private headLength = 0;
  private tailChunks: Buffer[] = [];
  private tailLength = 0;
  private sniffed = false;

  constructor(
    private readonly maxBytes: number,
    private readonly accept: readonly FileKind[],
  ) {
    super();
  }

  get head(): Buffer {
    return Buffer.concat(this.headChunks);
  }

  get tail(): Buffer {
    const all = Buffer.concat(this.tailChunks);
    return all.subarray(Math.max(0, all.length - EDGE_BYTES));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new UploadRejected('too_large', this.maxBytes));
      return;
    }
    if (this.headLength < EDGE_BYTES) {
      const part = chunk.subarray(0, EDGE_BYTES - this.headLength);
      this.headChunks.push(part);
      this.headLength += part.length;
    }
    this.tailChunks.push(chunk);
    this.tailLength += chunk.length;
    while (
      this.tailChunks.length > 1 &&
      this.tailLength - this.tailChunks[0].length >= EDGE_BYTES
    ) {
      this.tailLength -= this.tailChunks.shift()!.length;
    }
    if (!this.sniffed && this.headLength >= SNIFF_BYTES) {
      const problem = this.sniff();
      if (problem) {
        done(problem);
        return;
      }
    }
    this.hash.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.size === 0) {
      done(new UploadRejected('empty'));
      return;
    }
    done(this.sniffed ? null : this.sniff());
  }

  private sniff(): UploadRejected | null {
    this.sniffed = true;
    const kinds = sniffPrefix(this.head);
    return kinds.some((kind) => this.accept.includes(kind))
      ? null
      : new UploadRejected('unsupported_type');
  }
}

/**
 * Streams an upload into a spool file, refusing it (and deleting what was written) as soon as it
 * passes `maxBytes` or its first bytes are no accepted kind. The body is never held in memory.
 */
export async function spoolUpload(
  body: Readable,
  dir: string,
  maxBytes: number,
  accept: readonly FileKind[],
): Promise<SpooledUpload> {
  const path = join(dir, `${randomUUID()}.part`);
  const gate = new UploadGate(maxBytes, accept);
  // The source is piped, not part of the pipeline: on a refusal it must stay open so the caller
  // can still answer an HTTP client instead of resetting the connection.
  const written = pipeline(gate, createWriteStream(path, { flags: 'wx' }));
  const sourceFailed = (error: Error) => gate.destroy(error);
  body.once('error', sourceFailed);
  body.pipe(gate);
  try {
    await written;
  } catch (error) {
    // The rest of the body is left unread: an HTTP caller drains it (see drainRequest) so the
    // client still gets the answer; any other source is the caller's to close.
    body.unpipe(gate);
    await rm(path, { force: true });
    throw error;
  } finally {
    body.off('error', sourceFailed);
  }
  return {
    path,
    size: gate.size,
    sha256: gate.hash.digest('hex'),
    head: gate.head,
    tail: gate.tail,
  };
}
