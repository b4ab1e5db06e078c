import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import type { EventState } from '../rules/vocabulary';

/** matchmaking_event rows. */
@Injectable()
export class EventsStore {
  constructor(private readonly dataSource: DataSource) {}

  byId(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<MatchmakingEvent | null> {
    return manager.findOne(MatchmakingEvent, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Events in these states, or organised by these organisations, newest first. */
  list(
    states: readonly EventState[],
    organisationIds: readonly string[],
    limit: number,
    offset: number,
  ): Promise<[MatchmakingEvent[], number]> {
    const where = [
      { status: In([...states]) },
      ...(organisationIds.length > 0 ? [{ organisationId: In([...organisationIds]) }] : []),
    ];
    return this.dataSource.manager.findAndCount(MatchmakingEvent, {
      where,
      order: { createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
  }

  insert(manager: EntityManager, event: Partial<MatchmakingEvent>): Promise<MatchmakingEvent> {
    return manager.save(manager.create(MatchmakingEvent, event));
  }

  save(manager: EntityManager, event: MatchmakingEvent): Promise<MatchmakingEvent> {
    return manager.save(event);
  }
}
