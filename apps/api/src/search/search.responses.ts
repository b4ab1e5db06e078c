import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LISTING_KINDS, ListingKind } from '@rongtong/catalog';
import { ORGANISATION_TYPES, SME_TIERS } from '@rongtong/identity';
import { ListingHit, OrganisationHit, SearchHighlight } from '@rongtong/search';

export class SearchHighlightSchema implements SearchHighlight {
  @ApiProperty({ description: 'HTML-escaped title with matches in <em>…</em>' }) title!: string;
  @ApiProperty({ description: 'HTML-escaped snippet with matches in <em>…</em>' }) body!: string;
}

export class ListingHitSchema implements ListingHit {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: LISTING_KINDS }) kind!: ListingKind;
  @ApiProperty() version!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) keywords!: string[];
  @ApiProperty({ description: 'description, abstract or problem' }) body!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null when anonymous' })
  organisationId!: string | null;
  @ApiProperty({ description: 'empty when anonymous' }) organisationName!: string;
  @ApiProperty({ type: String, nullable: true }) organisationType!: string | null;
  @ApiProperty() industryCode!: string;
  @ApiProperty({ type: [String] }) industryPrefixes!: string[];
  @ApiProperty() industrySection!: string;
  @ApiProperty() industryName!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ type: [String] }) regionPrefixes!: string[];
  @ApiProperty() provinceCode!: string;
  @ApiProperty() regionName!: string;
  @ApiProperty({ type: [String] }) modes!: string[];
  @ApiProperty({ type: Number, nullable: true }) trl!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '万元' }) amountMinWan!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '万元' }) amountMaxWan!: number | null;
  @ApiProperty() negotiable!: boolean;
  @ApiProperty({ type: String, nullable: true }) minTier!: string | null;
  @ApiProperty({ type: [String] }) eligibleOrganisationTypes!: string[];
  @ApiProperty({ description: 'Unix seconds' }) publishedAt!: number;
  @ApiProperty({ description: 'Unix seconds (end of the last day, China time)' })
  validUntil!: number;
  @ApiProperty({ type: SearchHighlightSchema }) highlight!: SearchHighlight;
}

export class OrganisationHitSchema implements OrganisationHit {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type!: string;
  @ApiProperty() profile!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ type: [String] }) regionPrefixes!: string[];
  @ApiProperty() regionName!: string;
  @ApiProperty() industryCode!: string;
  @ApiProperty({ type: [String] }) industryPrefixes!: string[];
  @ApiProperty() industryName!: string;
  @ApiProperty({ type: String, enum: SME_TIERS, nullable: true }) currentTier!: string | null;
  @ApiProperty({ type: [String] }) achievementTitles!: string[];
  @ApiProperty({ type: [String] }) achievementKeywords!: string[];
  @ApiProperty({ description: 'Unix seconds' }) createdAt!: number;
  @ApiProperty({ type: SearchHighlightSchema }) highlight!: SearchHighlight;
}

const FACETS_SCHEMA = {
  type: 'object',
  description: 'Per facet (industrySection, provinceCode, trl, modes, …): value → count',
  additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } },
} as const;

export class SearchGroupSchema {
  @ApiProperty({
    description: 'Listing hits (need, achievement, challenge) or organisation hits',
    oneOf: [
      { $ref: '#/components/schemas/ListingHitSchema' },
      { $ref: '#/components/schemas/OrganisationHitSchema' },
    ],
    isArray: true,
  })
  hits!: (ListingHitSchema | OrganisationHitSchema)[];
  @ApiProperty() total!: number;
  @ApiPropertyOptional(FACETS_SCHEMA) facets?: Record<string, Record<string, number>>;
}

export class SearchGroupsSchema {
  @ApiProperty({ type: SearchGroupSchema }) need!: SearchGroupSchema;
  @ApiProperty({ type: SearchGroupSchema }) achievement!: SearchGroupSchema;
  @ApiProperty({ type: SearchGroupSchema }) challenge!: SearchGroupSchema;
  @ApiProperty({ type: SearchGroupSchema }) organisation!: SearchGroupSchema;
}

/** type=all, or any single type (then `type` is set and the group's fields are at the top). */
export class SearchResultSchema {
  @ApiProperty() query!: string;
  @ApiPropertyOptional({ enum: ['need', 'achievement', 'challenge', 'organisation'] })
  type?: string;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() processingTimeMs!: number;
  @ApiPropertyOptional({ type: SearchGroupsSchema, description: 'type=all only' })
  results?: SearchGroupsSchema;
  @ApiPropertyOptional({
    description: 'single type only',
    oneOf: [
      { $ref: '#/components/schemas/ListingHitSchema' },
      { $ref: '#/components/schemas/OrganisationHitSchema' },
    ],
    isArray: true,
  })
  hits?: (ListingHitSchema | OrganisationHitSchema)[];
  @ApiPropertyOptional({ description: 'single type only' }) total?: number;
  @ApiPropertyOptional(FACETS_SCHEMA) facets?: Record<string, Record<string, number>>;
}
