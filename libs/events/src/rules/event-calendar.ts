import type { FieldProblem } from '@rongtong/common';
import type { EventDay } from '../entities/matchmaking-event.entity';

/** China Standard Time, no daylight saving: event days and windows are written in it. */
const CHINA_OFFSET = '+08:00';
const MAX_SLOTS = 400;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One meeting slot: its index is its position in time order. */
export interface EventSlot {
  index: number;
  /** 0-based day number. */
  day: number;
  date: string;
  start: string;
  end: string;
  startsAt: Date;
  endsAt: Date;
}

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (total: number): string =>
  `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
const instant = (date: string, time: string): Date => new Date(`${date}T${time}:00${CHINA_OFFSET}`);

function validDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * Problems with the days and slot length (field messages in Chinese): dates valid and in
 * order without repeats; each window start < end; breaks inside the window, in order, not
 * overlapping; at least one slot, at most 400.
 */
export function calendarProblems(days: readonly EventDay[], slotMinutes: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, messages: [message] });
  if (days.length === 0) add('days', '至少需要一个洽谈日');
  days.forEach((day, i) => {
    const at = `days.${i}`;
    if (!validDate(day.date)) add(`${at}.date`, '日期格式应为 YYYY-MM-DD');
    else if (i > 0 && days[i - 1].date >= day.date)
      add(`${at}.date`, '洽谈日须按日期先后排列且不重复');
    if (!TIME.test(day.start)) add(`${at}.start`, '时间格式应为 HH:MM');
    if (!TIME.test(day.end)) add(`${at}.end`, '时间格式应为 HH:MM');
    if (!TIME.test(day.start) || !TIME.test(day.end)) return;
    if (minutes(day.start) >= minutes(day.end)) add(`${at}.end`, '结束时间须晚于开始时间');
    let previousEnd = minutes(day.start);
    day.breaks.forEach((pause, j) => {
      const field = `${at}.breaks.${j}`;
      if (!TIME.test(pause.start) || !TIME.test(pause.end)) {
        add(field, '时间格式应为 HH:MM');
        return;
      }
      const start = minutes(pause.start);
      const end = minutes(pause.end);
      if (start >= end) add(field, '休息结束时间须晚于开始时间');
      else if (start < minutes(day.start) || end > minutes(day.end))
        add(field, '休息时间须在当天洽谈时段之内');
      else if (start < previousEnd) add(field, '休息时间不能重叠，且须按先后排列');
      previousEnd = Math.max(previousEnd, end);
    });
  });
  if (problems.length === 0) {
    const count = eventSlots(days, slotMinutes).length;
    if (count === 0) add('slotMinutes', '洽谈时段内排不下一个洽谈时段');
    if (count > MAX_SLOTS) add('slotMinutes', `洽谈时段过多（${count}），最多 ${MAX_SLOTS} 个`);
  }
  return problems;
}

/** The slots of the event in time order: each window filled with whole slots around breaks. */
export function eventSlots(days: readonly EventDay[], slotMinutes: number): EventSlot[] {
  const slots: EventSlot[] = [];
  days.forEach((day, dayIndex) => {
    const end = minutes(day.end);
    let start = minutes(day.start);
    const breaks = day.breaks.map((b) => ({ start: minutes(b.start), end: minutes(b.end) }));
    while (start + slotMinutes <= end) {
      const clash = breaks.find((b) => start < b.end && start + slotMinutes > b.start);
      if (clash) {
        start = clash.end;
        continue;
      }
      const startText = clock(start);
      const endText = clock(start + slotMinutes);
      slots.push({
        index: slots.length,
        day: dayIndex,
        date: day.date,
        start: startText,
        end: endText,
        startsAt: instant(day.date, startText),
        endsAt: instant(day.date, endText),
      });
      start += slotMinutes;
    }
  });
  return slots;
}

/** When the last slot ends (check-in tokens expire a day later). */
export function eventEndsAt(days: readonly EventDay[]): Date {
  const last = days[days.length - 1];
  return instant(last.date, last.end);
}
