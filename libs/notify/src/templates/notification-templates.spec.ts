import { NOTIFICATION_TYPES, NotificationType } from '../entities/notification-types';
import type { NotificationParamsByType } from '../intents/notification-intent';
import { escapeHtml, renderDigestMail, renderSingleMail } from './mail-layout';
import { renderNotification } from './notification-templates';

const need = { kind: 'need' as const, id: 'n1', title: '数控机床主轴热变形补偿' };
const achievement = { kind: 'achievement' as const, id: 'a1', title: '机床热误差实时补偿系统' };
const counterpart = { ...achievement, organisationName: '东北理工大学' };
const reasons = [
  {
    zh: '关键词重合：数控机床、热变形',
    en: 'Shared keywords: CNC machine tool, thermal deformation',
  },
  { zh: '行业一致：C34', en: 'Same industry: C34' },
];

/** One realistic params object per type. */
const SAMPLES: { [T in NotificationType]: NotificationParamsByType[T] } = {
  'match.found': {
    matchId: 'm1',
    listing: need,
    counterpart,
    score: 87,
    previousScore: null,
    reasons,
  },
  'match.interest': { matchId: 'm1', listing: need, counterpart },
  'match.mutual': {
    matchId: 'm1',
    listing: need,
    counterpart,
    contact: {
      organisationName: '东北理工大学',
      contactName: '王老师',
      phone: '+8613800000000',
      email: 'tt@example.edu.cn',
    },
  },
  'challenge.candidate': {
    matchId: 'm2',
    challenge: { kind: 'challenge', id: 'c1', title: '长寿命轴承国产化' },
    organisation: { id: 'o1', name: '大连精工数控' },
    score: 72,
    reasons,
  },
  'challenge.application': {
    applicationId: 'ap1',
    challenge: { kind: 'challenge', id: 'c1', title: '长寿命轴承国产化' },
    organisationName: '大连精工数控',
    stage: 'not_selected',
    stageLabel: { zh: '未入选', en: 'Not selected' },
    previousStage: 'qualified',
    reason: 'budget',
    reasonLabel: { zh: '预算不合理', en: 'Budget' },
    note: '预算中设备费占比过高',
    awardWan: null,
  },
  'challenge.invited': {
    challenge: { kind: 'challenge', id: 'c1', title: '长寿命轴承国产化' },
    ownerName: '华东重型装备集团',
    deadline: '2026-12-31 23:59:59',
  },
  'challenge.deadline_extended': {
    challenge: { kind: 'challenge', id: 'c1', title: '长寿命轴承国产化' },
    applicationId: 'ap1',
    previousDeadline: '2026-12-31 23:59:59',
    deadline: '2027-01-15 23:59:59',
  },
  'challenge.evaluator': {
    challenge: { kind: 'challenge', id: 'c1', title: '长寿命轴承国产化' },
    ownerName: '华东重型装备集团',
  },
  'listing.reviewed': { listing: need, outcome: 'rejected', reason: '描述过于简略' },
  'trust.decided': {
    subject: 'certification',
    subjectId: 'c1',
    organisationId: 'o1',
    organisationName: '大连精工数控机床有限公司',
    reason: '证书编号与工信厅公示名单不一致',
    outcome: 'rejected',
    tier: 'little_giant',
  },
  'listing.expiring': { listing: need, validUntil: '2026-07-08', daysLeft: 7 },
  'saved_search.alert': { savedSearchId: 's1', savedSearchName: '热误差', listing: achievement },
  'event.registration': {
    event: { id: 'ev1', title: '大连数控机床产业链对接会' },
    organisationName: '大连精工数控',
    approved: false,
    note: '与本场主题不符',
  },
  'event.invited': {
    event: { id: 'ev1', title: '大连数控机床产业链对接会' },
    organiserName: '大连市中小企业服务中心',
    firstDay: '2027-04-16',
    registrationClosesAt: '2027-04-10 18:00',
    reasons,
  },
  'event.meeting_reminder': {
    event: { id: 'ev1', title: '大连数控机床产业链对接会' },
    counterpartName: '东北理工大学',
    startsAt: '2027-04-16 09:00',
    table: 'A01',
    videoLink: null,
  },
  'event.meeting_no_show': {
    event: { id: 'ev1', title: '大连数控机床产业链对接会' },
    counterpartName: '东北理工大学',
    startsAt: '2027-04-16 09:00',
    table: 'A01',
    graceMinutes: 10,
  },
  'event.meeting_cancelled': {
    event: { id: 'ev1', title: '大连数控机床产业链对接会' },
    counterpartName: '东北理工大学',
    startsAt: '2027-04-16 09:00',
    table: 'A01',
    cause: 'withdrawn',
  },
  'event.meeting_requested': {
    event: { id: 'ev1', title: '大连数控机床产业链对接会' },
    fromName: '东北理工大学',
    note: '想了解贵司五轴机床的热误差补偿需求',
    accepted: false,
  },
  'event.meeting_request_answered': {
    event: { id: 'ev1', title: '大连数控机床产业链对接会' },
    counterpartName: '大连精工数控',
    accepted: false,
    reason: { zh: '时间不合适', en: 'Timing' },
    note: '下午另有安排',
  },
  'event.schedule_published': {
    event: { id: 'ev1', title: '大连数控机床产业链对接会' },
    organisationName: '大连精工数控',
    meetings: 5,
    firstDay: '2027-04-16',
    updated: false,
  },
  'webhook.disabled': {
    endpointId: 'e1',
    url: 'https://hooks.example.cn/rt',
    failures: 5,
    lastError: 'HTTP 500',
  },
};

describe('notification templates', () => {
  it.each(NOTIFICATION_TYPES)('renders %s in Chinese and English', (type) => {
    const zh = renderNotification(type, SAMPLES[type], 'zh-CN');
    const en = renderNotification(type, SAMPLES[type], 'en');
    expect(zh.title).not.toBe(type);
    expect(en.title).not.toBe(type);
    expect(zh.lines.length).toBeGreaterThan(0);
    expect(en.lines.length).toBeGreaterThan(0);
    expect(zh.title).toMatch(/[\u4e00-\u9fff]/);
    // English copy may quote Chinese titles, but its own words are English.
    expect(en.lines.join(' ')).toMatch(/[A-Za-z]{3,}/);
    expect(en.title).not.toMatch(/[，。：]/);
  });

  it('tells a not-selected applicant the reason and the note', () => {
    const zh = renderNotification(
      'challenge.application',
      SAMPLES['challenge.application'],
      'zh-CN',
    );
    expect(zh.title).toBe('揭榜申请未入选：「长寿命轴承国产化」');
    expect(zh.lines.join('\n')).toContain('未入选原因：预算不合理');
    expect(zh.lines.join('\n')).toContain('评审意见：预算中设备费占比过高');
  });

  it('puts score, reasons and the counterpart into a match notification', () => {
    const zh = renderNotification('match.found', SAMPLES['match.found'], 'zh-CN');
    expect(zh.title).toBe('新匹配：「机床热误差实时补偿系统」（匹配度 87）');
    expect(zh.lines.join('\n')).toContain('推荐理由：关键词重合：数控机床、热变形；行业一致：C34');
    const en = renderNotification(
      'match.found',
      { ...SAMPLES['match.found'], previousScore: 70 },
      'en',
    );
    expect(en.title).toBe('Better match: “机床热误差实时补偿系统” (70 → 87)');
    expect(en.lines.join('\n')).toContain('Why: Shared keywords: CNC machine tool');
  });

  it('shows the contacts of a mutual match and the reason of a rejection', () => {
    const mutual = renderNotification('match.mutual', SAMPLES['match.mutual'], 'en').lines;
    expect(mutual).toContain('Phone: +8613800000000');
    expect(mutual).toContain('Email: tt@example.edu.cn');
    const rejected = renderNotification('listing.reviewed', SAMPLES['listing.reviewed'], 'zh-CN');
    expect(rejected.title).toBe('未通过审核：「数控机床主轴热变形补偿」');
    expect(rejected.lines).toContain('原因：描述过于简略');
    const approved = renderNotification(
      'listing.reviewed',
      { listing: need, outcome: 'approved', reason: null },
      'en',
    );
    expect(approved.title).toBe('Approved: “数控机床主轴热变形补偿”');
  });

  it('tells the owners a trust decision, with the reason and what to do next', () => {
    const rejected = renderNotification('trust.decided', SAMPLES['trust.decided'], 'zh-CN');
    expect(rejected.title).toBe('梯度培育资质未通过核验：专精特新“小巨人”企业');
    expect(rejected.lines).toContain('原因：证书编号与工信厅公示名单不一致');
    const dispute = renderNotification(
      'trust.decided',
      {
        subject: 'uscc_claim',
        subjectId: 'u1',
        organisationId: 'o1',
        organisationName: '大连精工数控机床有限公司',
        reason: null,
        outcome: 'verified',
        uscc: '91210200MA0XXXXX0X',
        kind: 'dispute',
      },
      'zh-CN',
    );
    expect(dispute.lines[0]).toContain('您现在是「大连精工数控机床有限公司」的管理员');
    const name = renderNotification(
      'trust.decided',
      {
        subject: 'name_change',
        subjectId: 'n1',
        organisationId: 'o1',
        organisationName: '大连精工',
        reason: '与营业执照名称不一致',
        outcome: 'rejected',
        fromName: '大连精工',
        toName: '免费领奖',
      },
      'en',
    );
    expect(name.title).toBe('Name change not approved: 免费领奖');
    expect(name.lines).toContain('Reason: 与营业执照名称不一致');
  });

  it('never starts a subject with the free-text name of the organisation that caused it', () => {
    const interest = renderNotification('match.interest', SAMPLES['match.interest'], 'zh-CN');
    expect(interest.title).toBe('有机构对您的技术需求表示关注：「数控机床主轴热变形补偿」');
    expect(interest.lines[0]).toBe(`关注方：${counterpart.organisationName}`);
    const invited = renderNotification('challenge.invited', SAMPLES['challenge.invited'], 'zh-CN');
    expect(invited.title).toBe('揭榜邀请：「长寿命轴承国产化」');
    expect(invited.lines[0]).toContain('华东重型装备集团');
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(
        renderNotification('match.interest', SAMPLES['match.interest'], locale).title,
      ).not.toContain(counterpart.organisationName);
      expect(
        renderNotification('challenge.invited', SAMPLES['challenge.invited'], locale).title,
      ).not.toContain('华东重型装备集团');
    }
  });

  it('falls back to the bare type for params it cannot render', () => {
    expect(renderNotification('match.found', {}, 'zh-CN')).toEqual({
      title: 'match.found',
      lines: [],
    });
  });
});

describe('mail layout', () => {
  const hostile = '<script>alert("x")</script> & 热误差';
  const rendered = renderNotification(
    'listing.reviewed',
    { listing: { ...need, title: hostile }, outcome: 'rejected', reason: '<img src=x onerror=1>' },
    'zh-CN',
  );

  it('escapes user text in HTML and keeps it verbatim in the text part', () => {
    const mail = renderSingleMail({
      locale: 'zh-CN',
      displayName: '李<b>工</b>',
      notification: rendered,
      link: 'https://rongtong.example/needs/n1?a=1&b=2',
      unsubscribeUrl: 'https://rongtong.example/api/v1/unsubscribe/t.k',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>工</b>');
    expect(mail.html).toContain(escapeHtml(hostile));
    expect(mail.html).toContain('href="https://rongtong.example/needs/n1?a=1&amp;b=2"');
    expect(mail.html).toContain('href="https://rongtong.example/api/v1/unsubscribe/t.k"');
    expect(mail.text).toContain(hostile);
    expect(mail.text).toContain('一键退订: https://rongtong.example/api/v1/unsubscribe/t.k');
    expect(mail.subject).toBe(`未通过审核：「${hostile}」`);
  });

  it('keeps the subject on one line', () => {
    const mail = renderSingleMail({
      locale: 'en',
      displayName: 'Li',
      notification: { title: 'Approved:\r\nBcc: victim@example.com', lines: [] },
      link: 'https://x',
      unsubscribeUrl: 'https://x/u',
    });
    expect(mail.subject).toBe('Approved: Bcc: victim@example.com');
  });

  it('lists a digest in the recipient language and counts what it leaves out', () => {
    const item = { notification: rendered, link: 'https://x/needs/n1' };
    const zh = renderDigestMail({
      locale: 'zh-CN',
      displayName: '李工',
      frequency: 'daily',
      items: [item, item],
      total: 5,
      inboxUrl: 'https://x/notifications',
      unsubscribeUrl: 'https://x/u',
    });
    expect(zh.subject).toBe('融通每日摘要：您有 5 条新通知');
    expect(zh.text).toContain('另有 3 条通知');
    expect(zh.html.match(/<li /g)).toHaveLength(2);
    expect(zh.html).not.toContain('<script>');
    const en = renderDigestMail({
      locale: 'en',
      displayName: 'Li',
      frequency: 'weekly',
      items: [item],
      total: 1,
      inboxUrl: 'https://x/notifications',
      unsubscribeUrl: 'https://x/u',
    });
    expect(en.subject).toBe('Rongtong weekly digest: You have 1 new notification');
    expect(en.text).toContain("Don't want these emails? Unsubscribe in one click: https://x/u");
  });
});
