import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ListingKind } from '@rongtong/common';
import type { DeclineReason, MatchCounterpartKind } from '../entities/match.entity';
import type { JudgementDecision } from '../entities/match-judgement.entity';
import type { PairFeatures } from '../entities/pair-features.types';

/** One logged decision as the offline report reads it (JSON-safe: one line of an export). */
export interface JudgementRecord {
  id: string;
  matchId: string;
  subjectKind: ListingKind;
  subjectId: string;
  counterpartKind: MatchCounterpartKind;
  counterpartId: string;
  side: 'subject' | 'counterpart';
  organisationId: string;
  decision: JudgementDecision;
  declineReason: DeclineReason | null;
  score: number;
  features: PairFeatures | null;
  weightsVersion: string | null;
  /** ISO 8601. */
  decidedAt: string;
}

export type JudgementEntry = Omit<JudgementRecord, 'id' | 'decidedAt'> & { decidedAt: Date };

interface JudgementRow {
  id: string;
  match_id: string;
  subject_kind: ListingKind;
  subject_id: string;
  counterpart_kind: MatchCounterpartKind;
  counterpart_id: string;
  side: 'subject' | 'counterpart';
  organisation_id: string;
  decision: JudgementDecision;
  decline_reason: DeclineReason | null;
  score: number;
  features: PairFeatures | null;
  weights_version: string | null;
  decided_at: Date;
}

/** The SQL of the judgement log (match_judgement): appended by decisions, read by the report. */
@Injectable()
export class JudgementLogStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends one decision inside the decision's own transaction. */
  async record(manager: EntityManager, entry: JudgementEntry): Promise<void> {
    await manager.query(
      `INSERT INTO match_judgement (match_id, subject_kind, subject_id, counterpart_kind,
                                    counterpart_id, side, organisation_id, decision,
                                    decline_reason, score, features, weights_version, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13)`,
      [
        entry.matchId,
        entry.subjectKind,
        entry.subjectId,
        entry.counterpartKind,
        entry.counterpartId,
        entry.side,
        entry.organisationId,
        entry.decision,
        entry.declineReason,
        entry.score,
        entry.features === null ? null : JSON.stringify(entry.features),
        entry.weightsVersion,
        entry.decidedAt,
      ],
    );
  }

  /** Every logged decision (of one match, when given), oldest first. */
  async entries(matchId?: string): Promise<JudgementRecord[]> {
    const rows = await this.dataSource.query<JudgementRow[]>(
      `SELECT id::text AS id, match_id, subject_kind, subject_id, counterpart_kind, counterpart_id,
              side, organisation_id, decision, decline_reason, score, features, weights_version,
              decided_at
         FROM match_judgement
        WHERE $1::uuid IS NULL OR match_id = $1::uuid
        ORDER BY decided_at, id`,
      [matchId ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      matchId: row.match_id,
      subjectKind: row.subject_kind,
      subjectId: row.subject_id,
      counterpartKind: row.counterpart_kind,
      counterpartId: row.counterpart_id,
      side: row.side,
      organisationId: row.organisation_id,
      decision: row.decision,
      declineReason: row.decline_reason,
      score: Number(row.score),
      features: row.features,
      weightsVersion: row.weights_version,
      decidedAt: new Date(row.decided_at).toISOString(),
    }));
  }
}
