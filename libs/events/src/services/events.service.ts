import { Injectable } from '@nestjs/common';
import {
  ConflictError,
  FieldProblem,
  ForbiddenError,
  Page,
  ValidationFailedError,
} from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { AuthenticatedUser, Organisations } from '@rongtong/identity';
import { CreateEventDto, EventFieldsDto, UpdateEventDto } from '../dto/event.dto';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { calendarProblems } from '../rules/event-calendar';
import {
  EDITABLE_STATES,
  EventAction,
  nextEventState,
  VISIBLE_STATES,
} from '../rules/event-states';
import { EventsStore } from '../stores/events.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import { eventNotFound, wrongEventState } from './event-errors';
import { EventView, toEventView } from './event-views';

/** The organiser's side of an event: create, edit while open, and move it along its life. */
@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsStore,
    private readonly registrations: RegistrationsStore,
    private readonly eventAccess: EventAccess,
    private readonly organisations: Organisations,
    private readonly transactions: TransactionRunner,
  ) {}

  async create(caller: AuthenticatedUser, input: CreateEventDto): Promise<EventView> {
    if (!(await this.eventAccess.canOrganiseFor(caller, input.organisationId))) {
      throw new ForbiddenError(
        'NOT_EVENT_ORGANISER',
        '只有该单位的组织方（或平台管理员）可以为其创建对接会',
      );
    }
    const fields = this.checkedFields(input);
    const event = await this.transactions.run((manager) =>
      this.events.insert(manager, {
        ...fields,
        organisationId: input.organisationId,
        createdByUserId: caller.id,
        status: 'draft',
      }),
    );
    return this.view(caller, event);
  }

  async update(caller: AuthenticatedUser, id: string, input: UpdateEventDto): Promise<EventView> {
    await this.eventAccess.managed(caller, id);
    const saved = await this.transactions.run(async (manager) => {
      const event = await this.events.byId(id, manager, true);
      if (!event) throw eventNotFound();
      if (input.version !== undefined && input.version !== event.version) {
        throw new ConflictError('VERSION_CONFLICT', 'The event was changed elsewhere; reload it', [
          { field: 'version', messages: [`current version is ${event.version}`] },
        ]);
      }
      if (!EDITABLE_STATES.includes(event.status))
        throw wrongEventState(event.status, '修改活动设置');
      const { version: _version, ...changes } = input;
      const merged: EventFieldsDto = {
        title: changes.title ?? event.title,
        description: changes.description ?? event.description,
        theme: changes.theme ?? event.theme,
        mode: changes.mode ?? event.mode,
        venue: changes.venue ?? event.venue ?? undefined,
        address: changes.address ?? event.address ?? undefined,
        videoBaseUrl: changes.videoBaseUrl ?? event.videoBaseUrl ?? undefined,
        days: changes.days ?? event.days,
        slotMinutes: changes.slotMinutes ?? event.slotMinutes,
        tables: changes.tables ?? event.tables,
        registrationOpensAt: changes.registrationOpensAt ?? event.registrationOpensAt.toISOString(),
        registrationClosesAt:
          changes.registrationClosesAt ?? event.registrationClosesAt.toISOString(),
        capacity: changes.capacity ?? event.capacity,
        defaultMeetingCap: changes.defaultMeetingCap ?? event.defaultMeetingCap,
        noShowGraceMinutes: changes.noShowGraceMinutes ?? event.noShowGraceMinutes,
        autoAccept: changes.autoAccept ?? event.autoAccept,
      };
      const fields = this.checkedFields(merged);
      if (event.status === 'open') {
        const approved = await this.registrations.countApproved(id, manager);
        if (fields.capacity < approved) {
          throw ValidationFailedError.field('capacity', `已通过 ${approved} 家单位，容量不能更小`);
        }
      }
      Object.assign(event, fields);
      return this.events.save(manager, event);
    });
    return this.view(caller, saved);
  }

  /** One step along draft → open → scheduling → published → running → finished. */
  async transition(caller: AuthenticatedUser, id: string, action: EventAction): Promise<EventView> {
    await this.eventAccess.managed(caller, id);
    const saved = await this.transactions.run(async (manager) => {
      const event = await this.events.byId(id, manager, true);
      if (!event) throw eventNotFound();
      const next = nextEventState(event.status, action);
      if (!next) throw wrongEventState(event.status, ACTION_WORDS[action]);
      if (action === 'publish_schedule') {
        throw new ConflictError('USE_SCHEDULE_PUBLISH', 'Publish through the schedule');
      }
      event.status = next;
      return this.events.save(manager, event);
    });
    return this.view(caller, saved);
  }

  async get(caller: AuthenticatedUser | undefined, id: string): Promise<EventView> {
    return this.view(caller, await this.eventAccess.visible(caller, id));
  }

  /** Events past their draft, and the caller's organisations' own drafts. */
  async list(
    caller: AuthenticatedUser | undefined,
    page: number,
    pageSize: number,
  ): Promise<Page<EventView>> {
    const own = caller ? await this.eventAccess.organisationsOf(caller) : [];
    const [rows, total] = await this.events.list(
      VISIBLE_STATES,
      own,
      pageSize,
      (page - 1) * pageSize,
    );
    const items: EventView[] = [];
    for (const event of rows) {
      if (
        !VISIBLE_STATES.includes(event.status) &&
        !(await this.eventAccess.canManage(caller, event))
      )
        continue;
      items.push(await this.view(caller, event));
    }
    return { items, total, page, limit: pageSize };
  }

  async view(caller: AuthenticatedUser | undefined, event: MatchmakingEvent): Promise<EventView> {
    const names = await this.organisations.summaries([event.organisationId]);
    const approved = await this.registrations.countApproved(event.id);
    return toEventView(
      event,
      names.get(event.organisationId)?.name ?? '',
      await this.eventAccess.canManage(caller, event),
      approved,
    );
  }

  /** The stored fields from the input, after the rules the DTO cannot express. */
  private checkedFields(input: EventFieldsDto) {
    const problems: FieldProblem[] = calendarProblems(input.days, input.slotMinutes);
    const opens = new Date(input.registrationOpensAt);
    const closes = new Date(input.registrationClosesAt);
    if (closes <= opens) {
      problems.push({
        field: 'registrationClosesAt',
        messages: ['报名截止时间须晚于报名开始时间'],
      });
    }
    const firstDay = input.days[0]?.date;
    if (firstDay && closes > new Date(`${firstDay}T23:59:59+08:00`)) {
      problems.push({
        field: 'registrationClosesAt',
        messages: ['报名须在第一个洽谈日结束前截止'],
      });
    }
    const names = input.tables.map((t) => t.name);
    if (new Set(names).size !== names.length) {
      problems.push({ field: 'tables', messages: ['桌号不能重复'] });
    }
    const onsiteTables = input.tables.filter((t) => !t.online).length;
    if (input.mode !== 'online' && onsiteTables === 0) {
      problems.push({
        field: 'tables',
        messages: ['线下或线上线下结合的活动至少需要一张线下洽谈桌'],
      });
    }
    if (input.mode !== 'offline' && !input.videoBaseUrl) {
      problems.push({ field: 'videoBaseUrl', messages: ['线上洽谈需要视频会议地址'] });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return {
      title: input.title.trim(),
      description: input.description ?? '',
      theme: input.theme,
      mode: input.mode,
      venue: input.venue ?? null,
      address: input.address ?? null,
      videoBaseUrl: input.videoBaseUrl ?? null,
      days: input.days.map((d) => ({
        date: d.date,
        start: d.start,
        end: d.end,
        breaks: d.breaks.map((b) => ({ start: b.start, end: b.end })),
      })),
      slotMinutes: input.slotMinutes,
      tables: input.tables.map((t) => ({ name: t.name, online: t.online })),
      registrationOpensAt: opens,
      registrationClosesAt: closes,
      capacity: input.capacity,
      defaultMeetingCap: input.defaultMeetingCap ?? 8,
      noShowGraceMinutes: input.noShowGraceMinutes ?? 10,
      autoAccept: input.autoAccept ?? false,
    };
  }
}

const ACTION_WORDS: Record<EventAction, string> = {
  open: '开放报名',
  close_registration: '截止报名并开始排期',
  reopen_registration: '重新开放报名',
  publish_schedule: '发布日程',
  start: '开始活动',
  finish: '结束活动',
};
