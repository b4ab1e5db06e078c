import { ParseUUIDPipe } from '@nestjs/common';
import { ApiHeader, ApiPropertyOptional } from '@nestjs/swagger';
import type { Response } from 'express';
import { IsIn, IsOptional } from 'class-validator';
import {
  LISTING_STATES,
  listingETag,
  listingNotFound,
  ListingKind,
  ListingState,
  ListingView,
} from '@rongtong/catalog';
import { PageQuery } from '@rongtong/common';

/** Malformed ids get the same 404 as missing ones. */
export const listingId = (kind: ListingKind) =>
  new ParseUUIDPipe({ exceptionFactory: () => listingNotFound(kind) });

export class ListingPageQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: LISTING_STATES })
  @IsOptional()
  @IsIn(LISTING_STATES)
  status?: ListingState;
}

/** Documents the optional `If-Match` header of listing writes (the contract: listing-version.ts). */
export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description:
      'The ETag (listing version, e.g. `"3"`) the editor loaded; or send `version` in the body. ' +
      'A listing that changed since answers 409 VERSION_CONFLICT.',
  });

/** Sends the listing's version as its ETag, for the next write's If-Match. */
export function withETag(response: Response, view: ListingView): ListingView {
  response.setHeader('ETag', listingETag(view.version));
  return view;
}
