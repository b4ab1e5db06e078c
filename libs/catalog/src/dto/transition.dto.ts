import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ListingVersionDto } from './listing-version';
import { LISTING_ACTIONS, ListingAction } from '../vocabulary/listing-states';

/** `version`: the listing version the actor saw; required to approve or reject. */
export class TransitionDto extends ListingVersionDto {
  @ApiProperty({ enum: LISTING_ACTIONS.filter((a) => a !== 'expire') })
  @IsIn(LISTING_ACTIONS.filter((a) => a !== 'expire'))
  action!: ListingAction;

  @ApiPropertyOptional({ description: 'Required to reject' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  reason?: string;

  @ApiPropertyOptional({ description: 'Required to renew: the new last day (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  validUntil?: string;
}
