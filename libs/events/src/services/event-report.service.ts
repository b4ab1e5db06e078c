import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { chinaDate } from '@rongtong/common';
import {
  AuthenticatedUser,
  IndustryCatalog,
  Organisations,
  RegionCatalog,
  SmeTier,
  verifiedTierOf,
} from '@rongtong/identity';
import { EventRegistration } from '../entities/event-registration.entity';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { eventSlots } from '../rules/event-calendar';
import {
  MEETING_OUTCOME_LABELS,
  MEETING_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
} from '../rules/vocabulary';
import { MeetingRequestsStore } from '../stores/meeting-requests.store';
import { MeetingsStore } from '../stores/meetings.store';
import { OutcomesStore } from '../stores/outcomes.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';

const TIER_LABELS: Record<SmeTier | 'none', string> = {
  innovative: '创新型中小企业',
  specialised: '专精特新中小企业',
  little_giant: '专精特新“小巨人”企业',
  single_champion: '制造业单项冠军企业',
  none: '无认定梯度',
};

/** One row of a breakdown (an industry section, a province, a tier). */
export interface ReportGroup {
  key: string;
  label: string;
  registrations: number;
  approved: number;
  meetingsScheduled: number;
  meetingsHeld: number;
  intents: number;
  intentAmountWan: number;
}

export interface EventReport {
  eventId: string;
  title: string;
  registrations: number;
  approved: number;
  declined: number;
  withdrawn: number;
  attendees: number;
  checkedIn: number;
  meetingsRequested: number;
  requestsAccepted: number;
  requestsDeclined: number;
  meetingsScheduled: number;
  meetingsHeld: number;
  noShows: number;
  cancelled: number;
  /** Meetings with at least one side recording an intent (意向签约). */
  intents: number;
  followUps: number;
  /** Sum over meetings of the largest amount either side recorded, 万元. */
  intentAmountWan: number;
  byIndustry: ReportGroup[];
  byRegion: ReportGroup[];
  byTier: ReportGroup[];
}

interface Facts {
  event: MatchmakingEvent;
  report: EventReport;
  registrations: EventRegistration[];
  names: Map<string, string>;
}

/** The organiser's report: numbers, breakdowns by industry, region and SME tier, an xlsx. */
@Injectable()
export class EventReportService {
  constructor(
    private readonly registrations: RegistrationsStore,
    private readonly requests: MeetingRequestsStore,
    private readonly meetings: MeetingsStore,
    private readonly outcomes: OutcomesStore,
    private readonly eventAccess: EventAccess,
    private readonly organisations: Organisations,
  ) {}

  async report(caller: AuthenticatedUser, eventId: string): Promise<EventReport> {
    return (await this.facts(caller, eventId)).report;
  }

  /** Participants, the schedule and the outcomes as three sheets. */
  async workbook(
    caller: AuthenticatedUser,
    eventId: string,
  ): Promise<{ filename: string; body: Buffer }> {
    const { event, report, registrations, names } = await this.facts(caller, eventId);
    const slots = eventSlots(event.days, event.slotMinutes);
    const book = new ExcelJS.Workbook();
    book.creator = '融通';
    const summary = book.addWorksheet('概览');
    summary.columns = [
      { header: '指标', key: 'name', width: 24 },
      { header: '数值', key: 'value', width: 14 },
    ];
    summary.addRows([
      { name: '报名单位', value: report.registrations },
      { name: '审核通过', value: report.approved },
      { name: '参会人数', value: report.attendees },
      { name: '已签到', value: report.checkedIn },
      { name: '洽谈邀约', value: report.meetingsRequested },
      { name: '已安排洽谈', value: report.meetingsScheduled },
      { name: '已举行洽谈', value: report.meetingsHeld },
      { name: '未到场', value: report.noShows },
      { name: '意向签约（场）', value: report.intents },
      { name: '意向金额（万元）', value: report.intentAmountWan },
    ]);
    for (const [title, groups] of [
      ['按行业', report.byIndustry],
      ['按地区', report.byRegion],
      ['按梯度', report.byTier],
    ] as const) {
      const sheet = book.addWorksheet(title);
      sheet.columns = [
        { header: '分组', key: 'label', width: 28 },
        { header: '报名', key: 'registrations', width: 8 },
        { header: '通过', key: 'approved', width: 8 },
        { header: '安排洽谈', key: 'meetingsScheduled', width: 10 },
        { header: '举行洽谈', key: 'meetingsHeld', width: 10 },
        { header: '意向签约', key: 'intents', width: 10 },
        { header: '意向金额（万元）', key: 'intentAmountWan', width: 16 },
      ];
      sheet.addRows([...groups]);
    }
    const people = book.addWorksheet('参会单位');
    people.columns = [
      { header: '单位', key: 'organisation', width: 30 },
      { header: '状态', key: 'status', width: 10 },
      { header: '参会人', key: 'attendees', width: 30 },
      { header: '带来的需求/成果', key: 'listings', width: 40 },
    ];
    people.addRows(
      registrations.map((r) => ({
        organisation: names.get(r.organisationId) ?? '',
        status: REGISTRATION_STATUS_LABELS[r.status].zh,
        attendees: r.attendees.map((a) => `${a.name}（${a.title}）`).join('、'),
        listings: r.listings.map((l) => l.title).join('；'),
      })),
    );
    const byId = new Map(registrations.map((r) => [r.id, r]));
    const orgName = (registrationId: string) =>
      names.get(byId.get(registrationId)?.organisationId ?? '') ?? '';
    const meetings = await this.meetings.ofEvent(event.id);
    const outcomes = await this.outcomes.ofEvent(event.id);
    const schedule = book.addWorksheet('日程');
    schedule.columns = [
      { header: '日期', key: 'date', width: 12 },
      { header: '时间', key: 'time', width: 14 },
      { header: '桌号', key: 'table', width: 10 },
      { header: '甲方', key: 'a', width: 30 },
      { header: '乙方', key: 'b', width: 30 },
      { header: '状态', key: 'status', width: 10 },
    ];
    schedule.addRows(
      meetings.map((m) => ({
        date: slots[m.slot]?.date ?? '',
        time: slots[m.slot] ? `${slots[m.slot].start}–${slots[m.slot].end}` : '',
        table: m.online ? '线上' : (event.tables[m.tableIndex ?? -1]?.name ?? ''),
        a: orgName(m.registrationAId),
        b: orgName(m.registrationBId),
        status: MEETING_STATUS_LABELS[m.status].zh,
      })),
    );
    const results = book.addWorksheet('洽谈结果');
    results.columns = [
      { header: '记录单位', key: 'by', width: 30 },
      { header: '对方', key: 'other', width: 30 },
      { header: '结果', key: 'outcome', width: 12 },
      { header: '金额（万元）', key: 'amount', width: 12 },
      { header: '说明', key: 'note', width: 40 },
    ];
    const meetingById = new Map(meetings.map((m) => [m.id, m]));
    results.addRows(
      outcomes.map((o) => {
        const m = meetingById.get(o.meetingId);
        const other = m
          ? m.registrationAId === o.registrationId
            ? m.registrationBId
            : m.registrationAId
          : '';
        return {
          by: orgName(o.registrationId),
          other: orgName(other),
          outcome: MEETING_OUTCOME_LABELS[o.outcome].zh,
          amount: o.amountWan !== null ? Number(o.amountWan) : null,
          note: o.note,
        };
      }),
    );
    const body = Buffer.from(await book.xlsx.writeBuffer());
    return { filename: `event-report-${chinaDate(new Date())}.xlsx`, body };
  }

  private async facts(caller: AuthenticatedUser, eventId: string): Promise<Facts> {
    const event = await this.eventAccess.managed(caller, eventId);
    const registrations = await this.registrations.ofEvent(eventId);
    const requests = await this.requests.ofEvent(eventId);
    const meetings = await this.meetings.ofEvent(eventId);
    const outcomes = await this.outcomes.ofEvent(eventId);
    const passes = await this.registrations.passesOfEvent(eventId);
    const capabilities = await this.organisations.capabilities(
      registrations.map((r) => r.organisationId),
    );
    const byOrganisation = new Map(capabilities.map((c) => [c.id, c]));
    const names = new Map(capabilities.map((c) => [c.id, c.name]));
    const today = chinaDate(new Date());
    const industries = IndustryCatalog.shared();
    const regions = RegionCatalog.shared();

    // Per meeting: held or not, the intent (largest amount of either side).
    const intentOf = new Map<string, number>();
    const followUp = new Set<string>();
    for (const o of outcomes) {
      if (o.outcome === 'intent') {
        intentOf.set(
          o.meetingId,
          Math.max(intentOf.get(o.meetingId) ?? 0, Number(o.amountWan ?? 0)),
        );
      }
      if (o.outcome === 'follow_up') followUp.add(o.meetingId);
    }
    const live = meetings.filter((m) => m.status !== 'cancelled');
    const groups = {
      industry: new Map<string, ReportGroup>(),
      region: new Map<string, ReportGroup>(),
      tier: new Map<string, ReportGroup>(),
    };
    const keysOf = (registration: EventRegistration | undefined) => {
      const organisation = registration
        ? byOrganisation.get(registration.organisationId)
        : undefined;
      const section = organisation ? industries.sectionOf(organisation.industryCode) : undefined;
      const province = organisation ? regions.provinceOf(organisation.regionCode) : undefined;
      const tier = organisation
        ? (verifiedTierOf(organisation.verifiedCertificates, today) ?? 'none')
        : 'none';
      return {
        industry: [section?.code ?? '?', section ? `${section.code} ${section.name}` : '未知行业'],
        region: [province?.code ?? '?', province?.name ?? '未知地区'],
        tier: [tier, TIER_LABELS[tier]],
      } as const;
    };
    const bump = (registration: EventRegistration | undefined, apply: (g: ReportGroup) => void) => {
      const keys = keysOf(registration);
      for (const dimension of ['industry', 'region', 'tier'] as const) {
        const [key, label] = keys[dimension];
        const map = groups[dimension];
        const group =
          map.get(key) ??
          ({
            key,
            label,
            registrations: 0,
            approved: 0,
            meetingsScheduled: 0,
            meetingsHeld: 0,
            intents: 0,
            intentAmountWan: 0,
          } satisfies ReportGroup);
        map.set(key, group);
        apply(group);
      }
    };
    const byId = new Map(registrations.map((r) => [r.id, r]));
    for (const r of registrations) {
      bump(r, (g) => {
        g.registrations += 1;
        if (r.status === 'approved') g.approved += 1;
      });
    }
    // A meeting counts for both sides' groups.
    for (const m of live) {
      for (const side of [m.registrationAId, m.registrationBId]) {
        bump(byId.get(side), (g) => {
          g.meetingsScheduled += 1;
          if (m.status === 'held') g.meetingsHeld += 1;
          if (intentOf.has(m.id)) {
            g.intents += 1;
            g.intentAmountWan += intentOf.get(m.id) ?? 0;
          }
        });
      }
    }
    const sorted = (map: Map<string, ReportGroup>) =>
      [...map.values()].sort(
        (x, y) => y.registrations - x.registrations || x.key.localeCompare(y.key),
      );
    const approved = registrations.filter((r) => r.status === 'approved');
    const approvedIds = new Set(approved.map((r) => r.id));
    return {
      event,
      registrations,
      names,
      report: {
        eventId,
        title: event.title,
        registrations: registrations.length,
        approved: approved.length,
        declined: registrations.filter((r) => r.status === 'declined').length,
        withdrawn: registrations.filter((r) => r.status === 'withdrawn').length,
        attendees: approved.reduce((n, r) => n + r.attendees.length, 0),
        checkedIn: passes.filter((p) => p.checkedInAt !== null && approvedIds.has(p.registrationId))
          .length,
        meetingsRequested: requests.filter((q) => q.source === 'participant').length,
        requestsAccepted: requests.filter((q) => q.status === 'accepted').length,
        requestsDeclined: requests.filter((q) => q.status === 'declined').length,
        meetingsScheduled: live.length,
        meetingsHeld: meetings.filter((m) => m.status === 'held').length,
        noShows: meetings.filter((m) => m.status === 'no_show').length,
        cancelled: meetings.filter((m) => m.status === 'cancelled').length,
        intents: intentOf.size,
        followUps: followUp.size,
        intentAmountWan: Math.round([...intentOf.values()].reduce((a, b) => a + b, 0) * 100) / 100,
        byIndustry: sorted(groups.industry),
        byRegion: sorted(groups.region),
        byTier: sorted(groups.tier),
      },
    };
  }
}
