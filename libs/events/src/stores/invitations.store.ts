import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EventInvitation } from '../entities/event-invitation.entity';

/** event_invitation rows. */
@Injectable()
export class InvitationsStore {
  constructor(private readonly dataSource: DataSource) {}

  ofEvent(eventId: string): Promise<EventInvitation[]> {
    return this.dataSource.manager.find(EventInvitation, { where: { eventId } });
  }

  /** Inserts the invitations not there yet; returns the organisations newly invited. */
  async insertNew(
    manager: EntityManager,
    rows: Omit<EventInvitation, 'invitedAt'>[],
  ): Promise<string[]> {
    if (rows.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(EventInvitation)
      .values(rows)
      .orIgnore()
      .returning(['organisationId'])
      .execute();
    return (result.raw as { organisation_id: string }[]).map((row) => row.organisation_id);
  }
}
