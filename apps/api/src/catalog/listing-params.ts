import { ParseUUIDPipe } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LISTING_STATES, listingNotFound, ListingKind, ListingState } from '@rongtong/catalog';
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
