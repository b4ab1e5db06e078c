import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COOPERATION_MODES,
  LISTING_KINDS,
  LISTING_STATES,
  ListingKind,
  ListingOwnerRef,
  ListingView,
  PendingRevisionView,
  RevisionView,
} from '@rongtong/catalog';
import type { FieldChange } from '@rongtong/catalog';

// Response schemas of the listing routes for the OpenAPI document. Each `implements` the view
// the service returns, so a field added there without a schema here fails the type check.

export class ListingOwnerSchema implements ListingOwnerRef {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null when anonymous' })
  id!: string | null;
  @ApiProperty({ example: '大连精工数控机床有限公司' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'sme' }) type!: string | null;
  @ApiProperty({ description: 'An anonymous need names no owner to the public' })
  anonymous!: boolean;
}

export class PatentSchema {
  @ApiProperty({ example: 'CN202310123456.7' }) number!: string;
  @ApiProperty({ example: 'invention' }) type!: string;
  @ApiProperty({ example: 'granted' }) legalStatus!: string;
  @ApiPropertyOptional() title?: string;
}

export class NamedTargetSchema {
  @ApiProperty() name!: string;
  @ApiPropertyOptional() target?: string;
  @ApiPropertyOptional() unit?: string;
  @ApiPropertyOptional() weight?: number;
  @ApiPropertyOptional() description?: string;
}

/** The fields of each kind; which ones are present depends on `kind`. */
export class ListingDetailsSchema {
  @ApiPropertyOptional({ description: 'need' }) description?: string;
  @ApiPropertyOptional({ enum: COOPERATION_MODES, isArray: true, description: 'need' })
  cooperationModes?: string[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'need, 万元' })
  budgetMinWan?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'need, 万元' })
  budgetMaxWan?: number | null;
  @ApiPropertyOptional({ description: 'need' }) budgetNegotiable?: boolean;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'need, TRL 1–9' })
  desiredTrl?: number | null;
  @ApiPropertyOptional({ description: 'achievement' }) abstract?: string;
  @ApiPropertyOptional({ description: 'achievement' }) technologyField?: string;
  @ApiPropertyOptional({ type: [PatentSchema], description: 'achievement' })
  patents?: PatentSchema[];
  @ApiPropertyOptional({ description: 'achievement, TRL 1–9' }) trl?: number;
  @ApiPropertyOptional({ enum: COOPERATION_MODES, isArray: true, description: 'achievement' })
  transferModes?: string[];
  @ApiPropertyOptional({ type: [String], description: 'achievement' }) licenceKinds?: string[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'achievement, 万元' })
  priceWan?: number | null;
  @ApiPropertyOptional({ description: 'achievement' }) priceNegotiable?: boolean;
  @ApiPropertyOptional({ description: 'achievement' }) team?: string;
  @ApiPropertyOptional({ description: 'achievement' }) institution?: string;
  @ApiPropertyOptional({ type: [String], description: 'achievement' })
  applicationScenarios?: string[];
  @ApiPropertyOptional({ description: 'challenge' }) problem?: string;
  @ApiPropertyOptional({ type: [NamedTargetSchema], description: 'challenge' })
  technicalIndicators?: NamedTargetSchema[];
  @ApiPropertyOptional({ description: 'challenge, 万元' }) rewardWan?: number;
  @ApiPropertyOptional({ format: 'date', description: 'challenge' }) deadline?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'challenge' })
  minTier?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'challenge' })
  eligibleOrganisationTypes?: string[];
  @ApiPropertyOptional({ type: [String], description: 'challenge' })
  eligibleRegionCodes?: string[];
  @ApiPropertyOptional({ type: [NamedTargetSchema], description: 'challenge' })
  evaluationCriteria?: NamedTargetSchema[];
}

/** Any JSON value (a field's value); null when the field is empty. */
const JSON_VALUE = {
  oneOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: {} },
    { type: 'object', additionalProperties: true },
  ],
};

/** One changed field of an edit: the published value and the proposed one. */
export class FieldChangeSchema implements FieldChange {
  @ApiProperty({ example: 'title', description: 'A content field of the listing kind' })
  field!: string;
  @ApiProperty({ ...JSON_VALUE, description: 'The published value' }) old!: unknown;
  @ApiProperty({ ...JSON_VALUE, description: 'The proposed value' }) new!: unknown;
}

export class PendingRevisionSchema implements PendingRevisionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Send it back to approve or reject' }) version!: number;
  @ApiProperty({ type: [FieldChangeSchema] }) changes!: FieldChange[];
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class RevisionOrganisationSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class RevisionSchema extends PendingRevisionSchema implements RevisionView {
  @ApiProperty({ enum: LISTING_KINDS }) kind!: ListingKind;
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty({ description: 'The published listing version' }) listingVersion!: number;
  @ApiProperty({ description: 'The published title' }) title!: string;
  @ApiProperty({ type: RevisionOrganisationSchema }) organisation!: { id: string; name: string };
  @ApiProperty({ enum: ['pending', 'approved', 'rejected', 'discarded'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class RevisionPageSchema {
  @ApiProperty({ type: [RevisionSchema] }) items!: RevisionView[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}

export class ListingSchema implements ListingView {
  @ApiProperty({ enum: LISTING_KINDS }) kind!: ListingKind;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: LISTING_STATES }) status!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) keywords!: string[];
  @ApiProperty({ example: '3841' }) industryCode!: string;
  @ApiProperty({ example: '锂离子电池制造' }) industryName!: string;
  @ApiProperty({ example: '320500' }) regionCode!: string;
  @ApiProperty({ example: '江苏省 苏州市' }) regionName!: string;
  @ApiProperty({ format: 'date' }) validUntil!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: ListingOwnerSchema }) organisation!: ListingOwnerRef;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Owners and reviewers only' })
  rejectionReason?: string | null;
  @ApiPropertyOptional({
    type: PendingRevisionSchema,
    nullable: true,
    description:
      'Owners and reviewers only: an edit of this published listing waiting for review; the ' +
      'fields above stay the published ones until a reviewer approves it',
  })
  pendingRevision?: PendingRevisionView | null;
  @ApiProperty({ type: ListingDetailsSchema }) details!: Record<string, unknown>;
}

export class ListingPageSchema {
  @ApiProperty({ type: [ListingSchema] }) items!: ListingSchema[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}
