import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { EventMeeting } from '../entities/event-meeting.entity';
import type { MeetingStatus } from '../rules/vocabulary';

/** event_meeting rows: the schedule. */
@Injectable()
export class MeetingsStore {
  constructor(private readonly dataSource: DataSource) {}

  byId(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<EventMeeting | null> {
    return manager.findOne(EventMeeting, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  ofEvent(
    eventId: string,
    statuses: readonly MeetingStatus[] = ['scheduled', 'held', 'no_show', 'cancelled'],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EventMeeting[]> {
    return manager.find(EventMeeting, {
      where: { eventId, status: In([...statuses]) },
      order: { slot: 'ASC', tableIndex: 'ASC' },
    });
  }

  /** Meetings one registration holds (either side), in slot order. */
  ofRegistration(
    eventId: string,
    registrationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EventMeeting[]> {
    return manager.find(EventMeeting, {
      where: [
        { eventId, registrationAId: registrationId },
        { eventId, registrationBId: registrationId },
      ],
      order: { slot: 'ASC' },
    });
  }

  insertMany(manager: EntityManager, meetings: Partial<EventMeeting>[]): Promise<EventMeeting[]> {
    if (meetings.length === 0) return Promise.resolve([]);
    return manager.save(
      meetings.map((m) => manager.create(EventMeeting, m)),
      { chunk: 500 },
    );
  }

  async deleteByIds(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await manager.delete(EventMeeting, { id: In([...ids]) });
  }

  /**
   * Takes these meetings off their tables for a moment (inside the caller's transaction), so a
   * re-run can move them in any order without tripping the one-meeting-per-table index.
   */
  async parkTables(manager: EntityManager, eventId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE event_meeting m SET table_index = -parked.n
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM event_meeting
                WHERE event_id = $1 AND id = ANY($2::uuid[]) AND table_index IS NOT NULL) parked
        WHERE m.id = parked.id`,
      [eventId, ids],
    );
  }

  save(manager: EntityManager, meeting: EventMeeting): Promise<EventMeeting> {
    return manager.save(meeting);
  }
}
