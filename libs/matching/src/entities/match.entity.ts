import { LISTING_KINDS, ListingKind } from '@rongtong/common';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { PairFeatures } from './pair-features.types';

/**
 * Which listing a match starts from. A need and an achievement form one pair whichever side
 * found it: such a match is always stored with the need as subject and the achievement as
 * counterpart.
 */

/** What was found: a listing of the other kind, or an organisation (capability, eligibility). */
export const MATCH_COUNTERPART_KINDS = ['achievement', 'need', 'organisation'] as const;
export type MatchCounterpartKind = (typeof MATCH_COUNTERPART_KINDS)[number];

export const MATCH_STATES = [
  'suggested',
  'interest',
  'mutual',
  'negotiating',
  'agreed',
  'declined',
] as const;
export type MatchState = (typeof MATCH_STATES)[number];

export const DECLINE_REASONS = [
  'too_early_stage',
  'price',
  'ip_unclear',
  'not_relevant',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** The signals a score is made of; every reason names one. */
export const MATCH_SIGNALS = [
  'text',
  'industry',
  'modes',
  'maturity',
  'price',
  'region',
  'tier',
  'eligibility',
  'freshness',
] as const;
export type MatchSignal = (typeof MATCH_SIGNALS)[number];

/** One 推荐理由: a signal, its contribution to the score, and a sentence in both languages. */
export interface MatchReason {
  kind: MatchSignal;
  /** Points this signal adds to the 0–100 score (negative for a penalty). */
  contribution: number;
  zh: string;
  en: string;
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A pair of a listing and what it matched, stored once and updated in place. */
@Entity('match')
@Unique('uq_match_pair', ['subjectKind', 'subjectId', 'counterpartKind', 'counterpartId'])
@Check('ck_match_state', `state IN (${list(MATCH_STATES)})`)
@Check('ck_match_subject_kind', `subject_kind IN (${list(LISTING_KINDS)})`)
@Check('ck_match_counterpart_kind', `counterpart_kind IN (${list(MATCH_COUNTERPART_KINDS)})`)
@Check('ck_match_score', 'score BETWEEN 0 AND 100')
@Check(
  'ck_match_decline_reason',
  `decline_reason IS NULL OR decline_reason IN (${list(DECLINE_REASONS)})`,
)
@Index('ix_match_subject_score', ['subjectKind', 'subjectId', 'score'])
@Index('ix_match_counterpart_score', ['counterpartKind', 'counterpartId', 'score'])
@Index('ix_match_subject_organisation', ['subjectOrganisationId'])
@Index('ix_match_counterpart_organisation', ['counterpartOrganisationId'])
export class Match {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  subjectKind!: ListingKind;

  @Column({ type: 'uuid' })
  subjectId!: string;

  /** The organisation that owns the subject listing: one of the two parties. */
  @Column({ type: 'uuid' })
  subjectOrganisationId!: string;

  @Column({ type: 'text' })
  counterpartKind!: MatchCounterpartKind;

  @Column({ type: 'uuid' })
  counterpartId!: string;

  /** The other party: the counterpart listing's owner, or the counterpart organisation itself. */
  @Column({ type: 'uuid' })
  counterpartOrganisationId!: string;

  /** 匹配度, 0–100, from the latest computation. */
  @Column({ type: 'smallint' })
  score!: number;

  /** 推荐理由 from the latest computation, strongest first. */
  @Column({ type: 'jsonb', default: [] })
  reasons!: MatchReason[];

  /**
   * What the latest score was computed from, before weights (null: computed before features
   * were kept, or created by an award or event intent without scoring). Copied into the
   * judgement log when a party decides.
   */
  @Column({ type: 'jsonb', nullable: true })
  features!: PairFeatures | null;

  /** Fingerprint of the weights that produced the latest score (weightsVersion). */
  @Column({ type: 'text', nullable: true })
  weightsVersion!: string | null;

  /** False once either side is no longer published or the pair stopped qualifying. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The score the parties were last notified about (null: never notified). */
  @Column({ type: 'smallint', nullable: true })
  notifiedScore!: number | null;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;

  @Column({ type: 'text', default: 'suggested' })
  state!: MatchState;

  @Column({ type: 'timestamptz', nullable: true })
  subjectInterestedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  counterpartInterestedAt!: Date | null;

  /** When both sides had shown interest: from then on each side sees the other's contacts. */
  @Column({ type: 'timestamptz', nullable: true })
  mutualAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  declineReason!: DeclineReason | null;

  @Column({ type: 'text', nullable: true })
  declineNote!: string | null;

  @Column({ type: 'uuid', nullable: true })
  declinedByOrganisationId!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
