import { interestIntent, MatchParties, matchFoundIntents, mutualIntents } from './match-intents';

const parties = (anonymousNeed: boolean): MatchParties => ({
  matchId: 'm1',
  subject: {
    organisationId: 'sme',
    organisationName: '大连精工',
    listing: { kind: 'need', id: 'n1', title: '主轴热变形补偿' },
    anonymous: anonymousNeed,
  },
  counterpart: {
    organisationId: 'uni',
    organisationName: '东北理工大学',
    listing: { kind: 'achievement', id: 'a1', title: '热误差补偿系统' },
    anonymous: false,
  },
});

const reasons = [
  {
    kind: 'text' as const,
    contribution: 40,
    zh: '关键词重合：热变形',
    en: 'Shared keywords: 热变形',
  },
];

describe('match notification intents', () => {
  it('a need–achievement match tells both owners; an anonymous need stays nameless', () => {
    const intents = matchFoundIntents(parties(true), 82, null, reasons);
    expect(intents.map((i) => i.recipients.organisationId)).toEqual(['sme', 'uni']);
    expect(intents.every((i) => i.dedupKey === 'match.found:m1:82')).toBe(true);
    const [toSme, toUniversity] = intents;
    expect(toSme.params).toMatchObject({
      listing: { kind: 'need', id: 'n1' },
      counterpart: { kind: 'achievement', id: 'a1', organisationName: '东北理工大学' },
    });
    expect(toUniversity.params).toMatchObject({
      listing: { kind: 'achievement', id: 'a1' },
      counterpart: { kind: 'need', id: 'n1', organisationName: null },
    });
    expect(JSON.stringify(intents)).not.toContain('大连精工');
  });

  it('an organisation counterpart: only the listing owner hears; challenges use challenge.candidate', () => {
    const withOrganisation: MatchParties = {
      ...parties(false),
      counterpart: {
        organisationId: 'uni',
        organisationName: '东北理工大学',
        listing: null,
        anonymous: false,
      },
    };
    const found = matchFoundIntents(withOrganisation, 70, 55, reasons);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      type: 'match.found',
      recipients: { organisationId: 'sme' },
      params: { previousScore: 55, counterpart: { kind: 'organisation', id: 'uni' } },
    });
    const challenge: MatchParties = {
      ...withOrganisation,
      subject: {
        ...withOrganisation.subject,
        listing: { kind: 'challenge', id: 'c1', title: '榜单' },
      },
    };
    const [candidate] = matchFoundIntents(challenge, 66, null, reasons);
    expect(candidate).toMatchObject({
      type: 'challenge.candidate',
      recipients: { organisationId: 'sme' },
      params: { organisation: { id: 'uni', name: '东北理工大学' }, score: 66 },
    });
  });

  it('interest carries no contact; mutual gives each side the other side’s contact', () => {
    const interest = interestIntent(parties(true), 'counterpart');
    expect(interest).toMatchObject({
      type: 'match.interest',
      recipients: { organisationId: 'sme' },
    });
    expect(JSON.stringify(interest)).not.toContain('phone');
    const contact = (name: string, phone: string) => ({
      organisationName: name,
      contactName: '联系人',
      phone,
      email: null,
    });
    const mutual = mutualIntents(parties(true), {
      subject: contact('大连精工', '+861'),
      counterpart: contact('东北理工大学', '+862'),
    });
    expect(
      mutual.map((i) => [
        i.recipients.organisationId,
        (i.params as { contact: { phone: string } }).contact.phone,
      ]),
    ).toEqual([
      ['sme', '+862'],
      ['uni', '+861'],
    ]);
    // Once mutual the anonymous need's owner is named.
    expect(mutual[1].params).toMatchObject({ counterpart: { organisationName: '大连精工' } });
  });
});
