import { formatPassCode, fromChinaLocalInput, slotLabel, toChinaLocalInput } from './event-format';

describe('event formatting', () => {
  it('reads and writes registration windows in China time', () => {
    expect(toChinaLocalInput('2027-03-01T01:30:00.000Z')).toBe('2027-03-01T09:30');
    expect(new Date(fromChinaLocalInput('2027-03-01T09:30')).toISOString()).toBe(
      '2027-03-01T01:30:00.000Z',
    );
  });

  it('shows slots and pass codes as people read them', () => {
    expect(slotLabel({ date: '2027-04-16', start: '09:00', end: '09:20' })).toBe(
      '2027-04-16 09:00–09:20',
    );
    expect(formatPassCode('K7MX3QPA')).toBe('K7MX-3QPA');
  });
});
