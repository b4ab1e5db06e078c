import type { Locale } from '../i18n/locale';

const CHINA = 'Asia/Shanghai';

/** 2027/4/16 09:20, in China time. */
export function formatDateTime(value: string, locale: Locale): string {
  return new Date(value).toLocaleString(locale, {
    timeZone: CHINA,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

export function formatTime(value: string, locale: Locale): string {
  return new Date(value).toLocaleTimeString(locale, {
    timeZone: CHINA,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** A slot as people read it: 2027-04-16 09:00–09:20. */
export function slotLabel(slot: { date: string; start: string; end: string }): string {
  return `${slot.date} ${slot.start}–${slot.end}`;
}

/** The event's days: 2027-04-16 – 2027-04-17, or one date. */
export function dateRange(days: { date: string }[]): string {
  if (days.length === 0) return '—';
  const first = days[0].date;
  const last = days[days.length - 1].date;
  return first === last ? first : `${first} – ${last}`;
}

/** An instant → the value of an <input type="datetime-local"> in China time (2027-03-01T09:00). */
export function toChinaLocalInput(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

/** The value of an <input type="datetime-local"> read as China time → ISO 8601 with +08:00. */
export function fromChinaLocalInput(value: string): string {
  return `${value}:00+08:00`;
}

/** K7MX3QPA → K7MX-3QPA, easier to read aloud and type. */
export function formatPassCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
