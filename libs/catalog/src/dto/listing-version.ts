import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ConflictError, ValidationFailedError } from '@rongtong/common';

/** Largest version a listing can reach (the column is a PostgreSQL integer). */
export const MAX_LISTING_VERSION = 2_147_483_647;

/**
 * The optimistic-concurrency contract of listing writes: an edit or a review carries the
 * `version` of the listing the person loaded (body field, or the `If-Match` header with the
 * `ETag` a GET returned); when the listing has moved on since, the write answers 409
 * `VERSION_CONFLICT` and changes nothing.
 */
export class ListingVersionDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_LISTING_VERSION,
    description:
      'The listing `version` the editor loaded (or send `If-Match: "<version>"`). When the ' +
      'listing has changed since, the answer is 409 VERSION_CONFLICT and nothing is written.',
    example: 3,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_LISTING_VERSION)
  version?: number;
}

const IF_MATCH = /^\s*(?:W\/)?"?(\d{1,10})"?\s*$/;

/**
 * The version a write expects: the body's `version` or the `If-Match` header (`"3"`, `W/"3"`
 * or `3`); both may be sent when they agree. `*` means "any version". Undefined when neither.
 */
export function expectedVersion(
  ifMatch: string | undefined,
  bodyVersion: number | undefined,
): number | undefined {
  let header: number | undefined;
  if (ifMatch !== undefined && ifMatch.trim() !== '*') {
    const match = IF_MATCH.exec(ifMatch);
    const value = match ? Number(match[1]) : NaN;
    if (!Number.isSafeInteger(value) || value < 1 || value > MAX_LISTING_VERSION) {
      throw ValidationFailedError.field(
        'If-Match',
        'must be the listing version in quotes, as the ETag header gave it (e.g. "3")',
      );
    }
    header = value;
  }
  if (header !== undefined && bodyVersion !== undefined && header !== bodyVersion) {
    throw ValidationFailedError.field('version', `disagrees with If-Match (${header})`);
  }
  return bodyVersion ?? header;
}

/** 409 VERSION_CONFLICT unless the listing is still at the version the caller loaded. */
export function assertVersion(kind: string, current: number, expected: number | undefined): void {
  if (expected === undefined || expected === current) return;
  throw new ConflictError(
    'VERSION_CONFLICT',
    `The ${kind} changed since you loaded it (you had version ${expected}, it is now at ${current}); reload it and apply your change again`,
    [{ field: 'version', messages: [`is ${current} now, not ${expected}`] }],
  );
}

/** `"3"`: the ETag of a listing at version 3. */
export function listingETag(version: number): string {
  return `"${version}"`;
}
