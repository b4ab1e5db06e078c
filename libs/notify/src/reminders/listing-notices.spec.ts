import { addDays, daysBetween } from './listing-notices';

describe('calendar day arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-02-25', 7)).toBe('2026-03-04');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('counts the days left to a last day', () => {
    expect(daysBetween('2026-06-01', '2026-06-08')).toBe(7);
    expect(daysBetween('2026-06-08', '2026-06-08')).toBe(0);
  });
});
