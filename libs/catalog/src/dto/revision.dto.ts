import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { LISTING_KINDS, ListingKind, PageQuery } from '@rongtong/common';
import { trimmed } from './listing-fields';
import { MAX_LISTING_VERSION } from './listing-version';

/** A reviewer's decision on a revision; `version` is the revision version the reviewer saw. */
export class RevisionDecisionDto {
  @ApiProperty({
    minimum: 1,
    maximum: MAX_LISTING_VERSION,
    description:
      'The revision `version` shown in the queue; when the owner changed the edit since, the ' +
      'answer is 409 VERSION_CONFLICT and nothing is decided.',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_LISTING_VERSION)
  version!: number;

  @ApiPropertyOptional({
    description: 'Required to reject: told to the owner',
    example: '标题含联系方式，请删除后再提交',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(2, 1000)
  reason?: string;
}

export class RevisionQueueQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: LISTING_KINDS })
  @IsOptional()
  @IsIn(LISTING_KINDS)
  kind?: ListingKind;
}
