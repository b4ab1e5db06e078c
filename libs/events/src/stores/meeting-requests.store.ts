import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingPreferenceRow } from '../entities/meeting-preference.entity';
import { MeetingRequest } from '../entities/meeting-request.entity';
import type { MeetingPreference } from '../rules/vocabulary';

/** meeting_request and meeting_preference rows. */
@Injectable()
export class MeetingRequestsStore {
  constructor(private readonly dataSource: DataSource) {}

  byId(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<MeetingRequest | null> {
    return manager.findOne(MeetingRequest, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  between(
    eventId: string,
    fromRegistrationId: string,
    toRegistrationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MeetingRequest | null> {
    return manager.findOneBy(MeetingRequest, { eventId, fromRegistrationId, toRegistrationId });
  }

  ofEvent(
    eventId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MeetingRequest[]> {
    return manager.find(MeetingRequest, { where: { eventId }, order: { createdAt: 'ASC' } });
  }

  /** Requests a registration sent or received. */
  involving(eventId: string, registrationId: string): Promise<MeetingRequest[]> {
    return this.dataSource.manager.find(MeetingRequest, {
      where: [
        { eventId, fromRegistrationId: registrationId },
        { eventId, toRegistrationId: registrationId },
      ],
      order: { createdAt: 'ASC' },
    });
  }

  /**
   * The partners of a registration's accepted requests: what its meeting cap counts (a pair
   * that requested each other is one meeting).
   */
  async acceptedPartners(
    eventId: string,
    registrationId: string,
    manager: EntityManager,
  ): Promise<Set<string>> {
    const rows = await manager.query<{ partner: string }[]>(
      `SELECT DISTINCT CASE WHEN from_registration_id = $2 THEN to_registration_id
                            ELSE from_registration_id END AS partner
         FROM meeting_request
        WHERE event_id = $1 AND status = 'accepted'
          AND (from_registration_id = $2 OR to_registration_id = $2)`,
      [eventId, registrationId],
    );
    return new Set(rows.map((row) => row.partner));
  }

  insert(manager: EntityManager, request: Partial<MeetingRequest>): Promise<MeetingRequest> {
    return manager.save(manager.create(MeetingRequest, request));
  }

  save(manager: EntityManager, request: MeetingRequest): Promise<MeetingRequest> {
    return manager.save(request);
  }

  preferencesOfEvent(eventId: string): Promise<MeetingPreferenceRow[]> {
    return this.dataSource.manager.find(MeetingPreferenceRow, { where: { eventId } });
  }

  preferencesOf(registrationId: string): Promise<MeetingPreferenceRow[]> {
    return this.dataSource.manager.find(MeetingPreferenceRow, { where: { registrationId } });
  }

  async setPreference(
    eventId: string,
    registrationId: string,
    targetRegistrationId: string,
    preference: MeetingPreference | null,
  ): Promise<void> {
    const repository = this.dataSource.getRepository(MeetingPreferenceRow);
    if (preference === null) {
      await repository.delete({ registrationId, targetRegistrationId });
      return;
    }
    await repository.upsert({ eventId, registrationId, targetRegistrationId, preference }, [
      'registrationId',
      'targetRegistrationId',
    ]);
  }
}
