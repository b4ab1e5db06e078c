import { calendarProblems, eventEndsAt, eventSlots } from './event-calendar';
import { EVENT_ACTIONS, eventActionsFrom, nextEventState } from './event-states';
import { EVENT_STATES } from './vocabulary';

const day = (
  date: string,
  start = '09:00',
  end = '12:00',
  breaks: { start: string; end: string }[] = [],
) => ({
  date,
  start,
  end,
  breaks,
});

describe('event states', () => {
  it('walks draft → open → scheduling → published → running → finished', () => {
    expect(nextEventState('draft', 'open')).toBe('open');
    expect(nextEventState('open', 'close_registration')).toBe('scheduling');
    expect(nextEventState('scheduling', 'publish_schedule')).toBe('published');
    expect(nextEventState('published', 'publish_schedule')).toBe('published');
    expect(nextEventState('published', 'start')).toBe('running');
    expect(nextEventState('running', 'finish')).toBe('finished');
  });

  it('refuses every other step, and a finished event goes nowhere', () => {
    expect(nextEventState('draft', 'start')).toBeNull();
    expect(nextEventState('open', 'publish_schedule')).toBeNull();
    expect(nextEventState('finished', 'open')).toBeNull();
    expect(eventActionsFrom('finished')).toEqual([]);
    for (const state of EVENT_STATES) {
      for (const action of EVENT_ACTIONS) {
        const next = nextEventState(state, action);
        if (next !== null) expect(eventActionsFrom(state)).toContain(action);
      }
    }
  });
});

describe('event calendar', () => {
  it('fills each window with whole slots around the breaks, in China time', () => {
    const slots = eventSlots(
      [day('2027-04-16', '09:00', '12:00', [{ start: '10:00', end: '10:30' }])],
      20,
    );
    expect(slots.map((s) => s.start)).toEqual([
      '09:00',
      '09:20',
      '09:40',
      '10:30',
      '10:50',
      '11:10',
      '11:30',
    ]);
    expect(slots[0].startsAt.toISOString()).toBe('2027-04-16T01:00:00.000Z');
    expect(slots[6].end).toBe('11:50');
  });

  it('numbers slots across days in time order', () => {
    const slots = eventSlots([day('2027-04-16'), day('2027-04-17', '14:00', '15:00')], 30);
    expect(slots.map((s) => [s.index, s.day])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
      [6, 1],
      [7, 1],
    ]);
    expect(
      eventEndsAt([day('2027-04-16'), day('2027-04-17', '14:00', '15:00')]).toISOString(),
    ).toBe('2027-04-17T07:00:00.000Z');
  });

  it('names each problem: overlapping or outside breaks, unordered days, bad times, no slot', () => {
    const fields = (days: ReturnType<typeof day>[], minutes = 20) =>
      calendarProblems(days, minutes).map((p) => p.field);
    expect(fields([day('2027-04-16')])).toEqual([]);
    expect(fields([day('2027-04-17'), day('2027-04-16')])).toEqual(['days.1.date']);
    expect(fields([day('2027-04-16'), day('2027-04-16')])).toEqual(['days.1.date']);
    expect(fields([day('2027-02-30')])).toEqual(['days.0.date']);
    expect(fields([day('2027-04-16', '12:00', '09:00')])).toEqual(['days.0.end']);
    expect(fields([day('2027-04-16', '9:00')])).toEqual(['days.0.start']);
    expect(
      fields([
        day('2027-04-16', '09:00', '12:00', [
          { start: '10:00', end: '10:30' },
          { start: '10:15', end: '10:45' },
        ]),
      ]),
    ).toEqual(['days.0.breaks.1']);
    expect(
      fields([day('2027-04-16', '09:00', '12:00', [{ start: '08:00', end: '09:30' }])]),
    ).toEqual(['days.0.breaks.0']);
    expect(fields([day('2027-04-16', '09:00', '09:10')], 20)).toEqual(['slotMinutes']);
    expect(fields([])).toEqual(['days']);
  });
});
