import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Who belongs to which organisation, for other contexts (notify's recipients, matching's
 * parties). Pass the caller's transaction manager to read inside it.
 */
@Injectable()
export class Memberships {
  constructor(private readonly dataSource: DataSource) {}

  /** Every member's user id (owners included), in a stable order. */
  async userIdsOf(
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows = await manager.query<{ user_id: string }[]>(
      'SELECT user_id FROM membership WHERE organisation_id = $1 ORDER BY user_id',
      [organisationId],
    );
    return rows.map((row) => row.user_id);
  }

  /** The owners' user ids, in a stable order. */
  async ownerIdsOf(
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows = await manager.query<{ user_id: string }[]>(
      `SELECT user_id FROM membership WHERE organisation_id = $1 AND role = 'owner'
        ORDER BY user_id`,
      [organisationId],
    );
    return rows.map((row) => row.user_id);
  }

  /** The organisations a user is a member of, in id order. */
  async organisationIdsOf(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows = await manager.query<{ organisation_id: string }[]>(
      'SELECT organisation_id FROM membership WHERE user_id = $1 ORDER BY organisation_id',
      [userId],
    );
    return rows.map((row) => row.organisation_id);
  }
}
