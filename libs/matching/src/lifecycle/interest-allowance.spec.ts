import { interestCap } from './interest-allowance';

describe('interestCap', () => {
  const config = { dailyCap: 20, dailyCapNewOrganisation: 5, newOrganisationDays: 30 };
  const now = new Date('2026-12-03T08:00:00Z');
  const old = new Date('2026-01-01T00:00:00Z');
  const recent = new Date('2026-11-20T00:00:00Z');

  it('gives the full cap only to an established organisation with a verified USCC', () => {
    expect(interestCap(config, { createdAt: old, usccVerified: true }, now)).toBe(20);
  });

  it('keeps the small cap while the organisation is new or its USCC only self-declared', () => {
    expect(interestCap(config, { createdAt: recent, usccVerified: true }, now)).toBe(5);
    expect(interestCap(config, { createdAt: old, usccVerified: false }, now)).toBe(5);
    expect(interestCap(config, undefined, now)).toBe(5);
  });
});
