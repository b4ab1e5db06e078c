import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DECLINE_REASONS,
  DeclineReason,
  MATCH_ACTIONS,
  MATCH_SIGNALS,
  MATCH_STATES,
  MATCH_STRENGTHS,
  MatchAction,
  MatchReason,
  MatchSideName,
  MatchSignal,
  MatchState,
  MatchStrength,
  MatchView,
  PartyView,
} from '@rongtong/matching';
import type { PartyContact } from '@rongtong/notify';

// Response schemas of the match routes. Each `implements` the view the service returns, so a
// field added there without a schema here fails the type check.

export class MatchReasonSchema implements MatchReason {
  @ApiProperty({ enum: MATCH_SIGNALS }) kind!: MatchSignal;
  @ApiProperty({ description: 'Points this signal adds to the 0–100 score (negative: penalty)' })
  contribution!: number;
  @ApiProperty({ example: '行业相同：锂离子电池制造' }) zh!: string;
  @ApiProperty() en!: string;
}

export class PartySchema implements PartyView {
  @ApiProperty({ enum: ['need', 'achievement', 'challenge', 'organisation'] })
  kind!: PartyView['kind'];
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) status!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null: anonymous need, not mutual' })
  organisationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty() organisationType!: string;
  @ApiProperty() industryCode!: string;
  @ApiProperty() industryName!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty() regionName!: string;
}

export class MatchInterestSchema {
  @ApiProperty() own!: boolean;
  @ApiProperty() other!: boolean;
}

export class MatchDeclineSchema {
  @ApiProperty({ enum: DECLINE_REASONS }) reason!: DeclineReason;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ enum: ['own', 'other'] }) by!: 'own' | 'other';
}

export class PartyContactSchema implements PartyContact {
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: String, nullable: true }) contactName!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
}

export class MatchSchema implements MatchView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ minimum: 0, maximum: 100, description: '匹配度' }) score!: number;
  @ApiProperty({
    enum: MATCH_STRENGTHS,
    description:
      'How the score reads: strong from the score at which the parties are told (高度匹配), fair from the score at which a pair is kept (可以参考), weak below it',
  })
  strength!: MatchStrength;
  @ApiProperty({ type: [MatchReasonSchema], description: '推荐理由' }) reasons!: MatchReason[];
  @ApiProperty({ enum: MATCH_STATES }) state!: MatchState;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) computedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ enum: ['subject', 'counterpart'] }) perspective!: MatchSideName;
  @ApiProperty({ type: PartySchema }) listing!: PartyView;
  @ApiProperty({ type: PartySchema }) counterpart!: PartyView;
  @ApiProperty({ type: MatchInterestSchema }) interest!: MatchInterestSchema;
  @ApiProperty({ enum: MATCH_ACTIONS, isArray: true }) allowedActions!: MatchAction[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) mutualAt!: string | null;
  @ApiProperty({ type: MatchDeclineSchema, nullable: true }) decline!: MatchDeclineSchema | null;
  @ApiPropertyOptional({ type: PartyContactSchema, description: 'Parties only, once mutual' })
  contact?: PartyContact;
}

export class MatchPageSchema {
  @ApiProperty({ type: [MatchSchema] }) items!: MatchSchema[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}
