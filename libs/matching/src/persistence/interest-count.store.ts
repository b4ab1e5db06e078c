import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** First key of the advisory lock that serialises one organisation's interest cap. */
const INTEREST_CAP_LOCK = 0x696e7472; // "intr"

/** How many interest actions an organisation took, from match_transition. */
@Injectable()
export class InterestCountStore {
  /**
   * Takes the organisation's cap lock (held to commit, so concurrent requests see each other)
   * and counts its interest actions since `since`.
   */
  async lockAndCountSince(
    manager: EntityManager,
    organisationId: string,
    since: Date,
  ): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      INTEREST_CAP_LOCK,
      organisationId,
    ]);
    const [{ n }] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM match_transition
        WHERE actor_organisation_id = $1 AND action = 'interest' AND created_at >= $2`,
      [organisationId, since],
    );
    return n;
  }
}
