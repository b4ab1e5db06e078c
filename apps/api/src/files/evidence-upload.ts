import { ParseUUIDPipe } from '@nestjs/common';
import type { Request } from 'express';
import { NotFoundError, ValidationFailedError } from '@rongtong/common';

/** The `:fileId` of an evidence file: anything but a UUID is a file that does not exist. */
export const EvidenceFileId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundError('FILE_NOT_FOUND', 'No such evidence file'),
});

/**
 * An evidence upload (the raw bytes as the body, `?filename=` naming it) handed to `store`.
 * A refused upload lets Node discard the rest of the body, so the client reads the 4xx.
 */
export async function receiveEvidence<T>(
  request: Request,
  filename: unknown,
  store: (filename: string) => Promise<T>,
): Promise<T> {
  // A repeated query parameter arrives as an array: one name or a 400, never a 500.
  if (typeof filename !== 'string' || !filename.trim()) {
    request.resume();
    throw ValidationFailedError.field('filename', '请提供文件名');
  }
  try {
    return await store(filename);
  } catch (error) {
    request.resume();
    throw error;
  }
}
