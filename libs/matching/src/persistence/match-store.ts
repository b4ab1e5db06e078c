import type { ListingKind } from '@rongtong/common';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { MatchCounterpartKind, MatchReason, MatchState } from '../entities/match.entity';
import type { PairFeatures } from '../entities/pair-features.types';

/** A pair as the matcher computed it, oriented (need before achievement). */
export interface PairRow {
  subjectKind: ListingKind;
  subjectId: string;
  subjectOrganisationId: string;
  counterpartKind: MatchCounterpartKind;
  counterpartId: string;
  counterpartOrganisationId: string;
  score: number;
  reasons: MatchReason[];
  /** What the score was computed from and the weights' fingerprint (none: not scored). */
  features?: PairFeatures | null;
  weightsVersion?: string | null;
}

/** A match as other contexts read it: which organisations it joins, its score and reasons. */
export interface OrganisationMatchRow {
  matchId: string;
  subjectId: string;
  subjectOrganisationId: string;
  counterpartKind: MatchCounterpartKind;
  counterpartId: string;
  counterpartOrganisationId: string;
  score: number;
  reasons: MatchReason[];
}

/** What the upsert reports per pair. */
export interface StoredPair {
  id: string;
  key: string;
  score: number;
  notifiedScore: number | null;
  state: MatchState;
  active: boolean;
  inserted: boolean;
}

/** An existing pair of a listing, locked for the recompute. */
export interface ExistingPair {
  id: string;
  key: string;
  subjectKind: ListingKind;
  subjectId: string;
  counterpartKind: MatchCounterpartKind;
  counterpartId: string;
  active: boolean;
}

/** The unique pair as one string; its sort order is the lock order. */
export function pairKey(row: {
  subjectKind: string;
  subjectId: string;
  counterpartKind: string;
  counterpartId: string;
}): string {
  return `${row.subjectKind}|${row.subjectId}|${row.counterpartKind}|${row.counterpartId}`;
}

const KEY_SQL = `subject_kind || '|' || subject_id || '|' || counterpart_kind || '|' || counterpart_id`;
const LOCK_ORDER = 'subject_kind, subject_id, counterpart_kind, counterpart_id';

interface StoredRow {
  id: string;
  key: string;
  score: number;
  notified_score: number | null;
  state: MatchState;
  active: boolean;
  inserted: boolean;
}

/**
 * The SQL of the match table. Every statement that locks several rows locks them in pair-key
 * order, so two recomputes that share pairs (the two sides of one pair matched at once) wait
 * for each other instead of deadlocking; the upsert is `INSERT … ON CONFLICT (uq_match_pair)`,
 * so the second of two concurrent inserts of a pair updates the first's row.
 */
@Injectable()
export class MatchStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Serialises recomputes of one listing (the outbox job and a rematch at once). */
  /** Records that the listing's matches were computed at `version` (never moves backwards). */
  async recordRun(
    manager: EntityManager,
    kind: string,
    id: string,
    version: number,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO match_run (listing_kind, listing_id, version, matched_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (listing_kind, listing_id) DO UPDATE
         SET version = greatest(match_run.version, EXCLUDED.version), matched_at = EXCLUDED.matched_at`,
      [kind, id, version, at],
    );
  }

  /** Of these listings (id → current version), those without a run at that version. */
  async withoutRun(kind: string, versions: ReadonlyMap<string, number>): Promise<string[]> {
    if (versions.size === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT t.id FROM unnest($2::uuid[], $3::int[]) AS t(id, version)
         LEFT JOIN match_run r ON r.listing_kind = $1 AND r.listing_id = t.id
        WHERE r.version IS NULL OR r.version < t.version
        ORDER BY t.id`,
      [kind, [...versions.keys()], [...versions.values()]],
    );
    return rows.map((row) => row.id);
  }

  async lockListing(manager: EntityManager, kind: string, id: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`match:${kind}:${id}`]);
  }

  /** Every pair the listing takes part in, on either side, locked in key order. */
  async lockPairsOf(manager: EntityManager, kind: string, id: string): Promise<ExistingPair[]> {
    const rows: {
      id: string;
      key: string;
      subject_kind: ListingKind;
      subject_id: string;
      counterpart_kind: MatchCounterpartKind;
      counterpart_id: string;
      active: boolean;
    }[] = await manager.query(
      `SELECT id, ${KEY_SQL} AS key, subject_kind, subject_id, counterpart_kind, counterpart_id,
              active
         FROM match
        WHERE (subject_kind = $1 AND subject_id = $2)
           OR (counterpart_kind = $1 AND counterpart_id = $2)
        ORDER BY ${LOCK_ORDER}
        FOR UPDATE`,
      [kind, id],
    );
    return rows.map((row) => ({
      id: row.id,
      key: row.key,
      subjectKind: row.subject_kind,
      subjectId: row.subject_id,
      counterpartKind: row.counterpart_kind,
      counterpartId: row.counterpart_id,
      active: row.active,
    }));
  }

  /**
   * Inserts new pairs and updates existing ones in place (score, reasons, features,
   * computedAt, active), in key order, in one statement.
   */
  async upsert(manager: EntityManager, rows: PairRow[], computedAt: Date): Promise<StoredPair[]> {
    if (rows.length === 0) return [];
    const sorted = [...new Map(rows.map((row) => [pairKey(row), row])).values()].sort((a, b) =>
      pairKey(a) < pairKey(b) ? -1 : 1,
    );
    const column = <K extends keyof PairRow>(key: K) => sorted.map((row) => row[key]);
    const stored: StoredRow[] = await manager.query(
      `INSERT INTO match (subject_kind, subject_id, subject_organisation_id, counterpart_kind,
                          counterpart_id, counterpart_organisation_id, score, reasons,
                          features, weights_version, computed_at, active, version)
       SELECT s.subject_kind, s.subject_id, s.subject_organisation_id, s.counterpart_kind,
              s.counterpart_id, s.counterpart_organisation_id, s.score, s.reasons, s.features,
              s.weights_version, $9, true, 1
         FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::uuid[],
                     $7::smallint[], $8::jsonb[], $10::jsonb[], $11::text[])
           AS s(subject_kind, subject_id, subject_organisation_id, counterpart_kind,
                counterpart_id, counterpart_organisation_id, score, reasons, features,
                weights_version)
        ORDER BY s.subject_kind, s.subject_id, s.counterpart_kind, s.counterpart_id
       ON CONFLICT ON CONSTRAINT uq_match_pair DO UPDATE
          SET score = EXCLUDED.score, reasons = EXCLUDED.reasons,
              features = EXCLUDED.features, weights_version = EXCLUDED.weights_version,
              computed_at = EXCLUDED.computed_at, active = true,
              subject_organisation_id = EXCLUDED.subject_organisation_id,
              counterpart_organisation_id = EXCLUDED.counterpart_organisation_id,
              version = match.version + 1, updated_at = now()
       RETURNING id, ${KEY_SQL} AS key, score, notified_score, state, active,
                 (xmax = 0) AS inserted`,
      [
        column('subjectKind'),
        column('subjectId'),
        column('subjectOrganisationId'),
        column('counterpartKind'),
        column('counterpartId'),
        column('counterpartOrganisationId'),
        column('score'),
        sorted.map((row) => JSON.stringify(row.reasons)),
        computedAt,
        sorted.map((row) => (row.features ? JSON.stringify(row.features) : null)),
        sorted.map((row) => row.weightsVersion ?? null),
      ],
    );
    return stored.map((row) => ({
      id: row.id,
      key: row.key,
      score: Number(row.score),
      notifiedScore: row.notified_score === null ? null : Number(row.notified_score),
      state: row.state,
      active: row.active,
      inserted: row.inserted,
    }));
  }

  /**
   * The pair's id, inserting it (scored, active) when it does not exist yet; an existing pair is
   * left as it is. Concurrent callers get the same row.
   */
  async insertIfMissing(manager: EntityManager, row: PairRow, computedAt: Date): Promise<string> {
    const key = [row.subjectKind, row.subjectId, row.counterpartKind, row.counterpartId];
    await manager.query(
      `INSERT INTO match (subject_kind, subject_id, counterpart_kind, counterpart_id,
                          subject_organisation_id, counterpart_organisation_id, score, reasons,
                          features, weights_version, computed_at, active, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $10::jsonb, $11, $9, true, 1)
       ON CONFLICT ON CONSTRAINT uq_match_pair DO NOTHING`,
      [
        ...key,
        row.subjectOrganisationId,
        row.counterpartOrganisationId,
        row.score,
        JSON.stringify(row.reasons),
        computedAt,
        row.features ? JSON.stringify(row.features) : null,
        row.weightsVersion ?? null,
      ],
    );
    const [found]: { id: string }[] = await manager.query(
      `SELECT id FROM match WHERE subject_kind = $1 AND subject_id = $2
          AND counterpart_kind = $3 AND counterpart_id = $4`,
      key,
    );
    return found.id;
  }

  /**
   * Moves a match to `agreed` by a decision outside the match (a challenge award): both sides
   * count as interested, the transition is recorded. An agreed match stays as it is.
   */
  async agreeByAward(
    manager: EntityManager,
    matchId: string,
    actor: { userId: string; organisationId: string },
    note: string,
    now: Date,
  ): Promise<void> {
    await this.moveFromOutside(manager, matchId, 'agree', 'agreed', ['agreed'], actor, note, now);
  }

  /**
   * The best-scored match between two organisations, either way round (any state), or null.
   */
  async bestBetweenOrganisations(
    manager: EntityManager,
    organisationA: string,
    organisationB: string,
  ): Promise<{ id: string; state: MatchState } | null> {
    const [row] = await manager.query<{ id: string; state: MatchState }[]>(
      `SELECT id, state FROM match
        WHERE (subject_organisation_id = $1 AND counterpart_organisation_id = $2)
           OR (subject_organisation_id = $2 AND counterpart_organisation_id = $1)
        ORDER BY (state <> 'declined') DESC, score DESC, id
        LIMIT 1`,
      [organisationA, organisationB],
    );
    return row ?? null;
  }

  /**
   * Active, undeclined matches whose subject is one of these listings, best first: who answers
   * them (the counterpart organisation) and why.
   */
  async activeOfSubjects(
    subjectIds: readonly string[],
    minScore: number,
  ): Promise<OrganisationMatchRow[]> {
    if (subjectIds.length === 0) return [];
    return this.dataSource.query<OrganisationMatchRow[]>(
      `SELECT id AS "matchId", subject_id AS "subjectId", subject_organisation_id AS "subjectOrganisationId",
              counterpart_kind AS "counterpartKind", counterpart_id AS "counterpartId",
              counterpart_organisation_id AS "counterpartOrganisationId", score, reasons
         FROM match
        WHERE subject_id = ANY($1::uuid[]) AND active AND state <> 'declined' AND score >= $2
        ORDER BY score DESC, id`,
      [subjectIds, minScore],
    );
  }

  /** Active, undeclined matches between any two of these organisations, best first. */
  async activeAmongOrganisations(
    organisationIds: readonly string[],
    minScore: number,
  ): Promise<OrganisationMatchRow[]> {
    if (organisationIds.length < 2) return [];
    return this.dataSource.query<OrganisationMatchRow[]>(
      `SELECT id AS "matchId", subject_id AS "subjectId", subject_organisation_id AS "subjectOrganisationId",
              counterpart_kind AS "counterpartKind", counterpart_id AS "counterpartId",
              counterpart_organisation_id AS "counterpartOrganisationId", score, reasons
         FROM match
        WHERE subject_organisation_id = ANY($1::uuid[]) AND counterpart_organisation_id = ANY($1::uuid[])
          AND subject_organisation_id <> counterpart_organisation_id
          AND active AND state <> 'declined' AND score >= $2
        ORDER BY score DESC, id`,
      [organisationIds, minScore],
    );
  }

  /**
   * Moves a match to `negotiating` by a decision outside the match (an intent recorded after
   * an event meeting): both sides count as interested, the transition is recorded. A match
   * already negotiating or agreed stays as it is.
   */
  async negotiateByEvent(
    manager: EntityManager,
    matchId: string,
    actor: { userId: string; organisationId: string },
    note: string,
    now: Date,
  ): Promise<void> {
    await this.moveFromOutside(
      manager,
      matchId,
      'negotiate',
      'negotiating',
      ['negotiating', 'agreed'],
      actor,
      note,
      now,
    );
  }

  /**
   * A decision outside the match moves it to `to` (unless it is in one of `stayIn`): both sides
   * count as interested, a decline is cleared, and the transition is recorded as `action`.
   */
  private async moveFromOutside(
    manager: EntityManager,
    matchId: string,
    action: 'agree' | 'negotiate',
    to: 'agreed' | 'negotiating',
    stayIn: string[],
    actor: { userId: string; organisationId: string },
    note: string,
    now: Date,
  ): Promise<void> {
    const [match] = await manager.query<{ state: string }[]>(
      'SELECT state FROM match WHERE id = $1 FOR UPDATE',
      [matchId],
    );
    if (!match || stayIn.includes(match.state)) return;
    await manager.query(
      `UPDATE match SET state = $3, active = true,
              subject_interested_at = COALESCE(subject_interested_at, $2),
              counterpart_interested_at = COALESCE(counterpart_interested_at, $2),
              mutual_at = COALESCE(mutual_at, $2),
              decline_reason = NULL, decline_note = NULL, declined_by_organisation_id = NULL,
              version = version + 1, updated_at = $2
        WHERE id = $1`,
      [matchId, now, to],
    );
    await manager.query(
      `INSERT INTO match_transition (match_id, action, from_state, to_state, actor_user_id,
                                     actor_organisation_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [matchId, action, match.state, to, actor.userId, actor.organisationId, note],
    );
  }

  /** Pairs that stopped qualifying stay (their lifecycle history matters) but go inactive. */
  async deactivate(manager: EntityManager, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result: [unknown[], number] = await manager.query(
      `UPDATE match SET active = false, version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND active`,
      [ids],
    );
    return result[1];
  }

  async markNotified(manager: EntityManager, id: string, score: number): Promise<void> {
    await manager.query(`UPDATE match SET notified_score = $2 WHERE id = $1`, [id, score]);
  }
}
