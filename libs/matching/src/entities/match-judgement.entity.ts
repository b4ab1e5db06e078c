import { LISTING_KINDS, ListingKind } from '@rongtong/common';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PairFeatures } from './pair-features.types';
import { DECLINE_REASONS, DeclineReason, MATCH_COUNTERPART_KINDS } from './match.entity';
import type { MatchCounterpartKind } from './match.entity';

/**
 * What a party's decision says about a suggestion: interest (one side), mutual (the second
 * side's interest), decline (with its reason; only `not_relevant` says the pair is off-topic).
 */
export const JUDGEMENT_DECISIONS = ['interest', 'mutual', 'decline'] as const;
export type JudgementDecision = (typeof JUDGEMENT_DECISIONS)[number];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The judgement log: one row per decision on a match, with the score the party saw and the
 * features that produced it, so `npm run eval:feedback` can show how other weights would have
 * ranked past decisions. Organisations only, no user and no free-text note: no personal data.
 */
@Entity('match_judgement')
@Index('ix_match_judgement_match', ['matchId'])
@Index('ix_match_judgement_decided', ['decidedAt'])
@Check('ck_match_judgement_decision', `decision IN (${list(JUDGEMENT_DECISIONS)})`)
@Check('ck_match_judgement_side', `side IN ('subject', 'counterpart')`)
@Check('ck_match_judgement_subject_kind', `subject_kind IN (${list(LISTING_KINDS)})`)
@Check(
  'ck_match_judgement_counterpart_kind',
  `counterpart_kind IN (${list(MATCH_COUNTERPART_KINDS)})`,
)
@Check(
  'ck_match_judgement_reason',
  `(decision = 'decline' AND decline_reason IN (${list(DECLINE_REASONS)})) OR (decision <> 'decline' AND decline_reason IS NULL)`,
)
export class MatchJudgement {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  matchId!: string;

  @Column({ type: 'text' })
  subjectKind!: ListingKind;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  counterpartKind!: MatchCounterpartKind;

  @Column({ type: 'uuid' })
  counterpartId!: string;

  /** Which side of the match decided. */
  @Column({ type: 'text' })
  side!: 'subject' | 'counterpart';

  /** The organisation that decided (that side's owner). */
  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  decision!: JudgementDecision;

  @Column({ type: 'text', nullable: true })
  declineReason!: DeclineReason | null;

  /** 匹配度 the party saw when deciding. */
  @Column({ type: 'smallint' })
  score!: number;

  /** The features behind that score (null when the match was scored before they were kept). */
  @Column({ type: 'jsonb', nullable: true })
  features!: PairFeatures | null;

  @Column({ type: 'text', nullable: true })
  weightsVersion!: string | null;

  @Column({ type: 'timestamptz' })
  decidedAt!: Date;
}
