import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Deletes refresh token families nobody can use any more. */
@Injectable()
export class RefreshTokenRetentionStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Deletes up to `limit` families whose every token expired or was revoked more than
   * `olderThanDays` ago (a whole family at once, so reuse detection never sees half of one).
   * Returns how many tokens went.
   */
  async pruneDeadFamilies(olderThanDays: number, limit: number): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM refresh_token WHERE family_id IN (
         SELECT family_id FROM refresh_token
          GROUP BY family_id
         HAVING max(least(expires_at, coalesce(revoked_at, expires_at)))
                < now() - make_interval(days => $1)
          LIMIT $2)`,
      [olderThanDays, limit],
    );
    return deleted;
  }
}
