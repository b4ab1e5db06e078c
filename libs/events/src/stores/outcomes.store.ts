import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { MeetingOutcome } from '../entities/meeting-outcome.entity';

/** meeting_outcome rows. */
@Injectable()
export class OutcomesStore {
  constructor(private readonly dataSource: DataSource) {}

  async upsert(
    manager: EntityManager,
    outcome: Omit<MeetingOutcome, 'createdAt' | 'updatedAt'>,
  ): Promise<void> {
    await manager.getRepository(MeetingOutcome).upsert(outcome, ['meetingId', 'registrationId']);
  }

  ofMeeting(
    meetingId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MeetingOutcome[]> {
    return manager.find(MeetingOutcome, { where: { meetingId } });
  }

  /** Both sides' outcomes of these meetings. */
  ofMeetings(meetingIds: readonly string[]): Promise<MeetingOutcome[]> {
    if (meetingIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(MeetingOutcome, {
      where: { meetingId: In([...meetingIds]) },
    });
  }

  ofEvent(eventId: string): Promise<MeetingOutcome[]> {
    return this.dataSource.manager.find(MeetingOutcome, { where: { eventId } });
  }
}
