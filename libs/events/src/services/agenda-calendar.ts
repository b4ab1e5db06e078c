/**
 * RFC 5545 calendars for agendas. Each meeting keeps its UID across exports and carries its
 * SEQUENCE, so a calendar that imports the file again updates the event in place (never a
 * duplicate); a cancelled meeting is exported with STATUS:CANCELLED so it disappears.
 */
export interface CalendarMeeting {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  cancelled: boolean;
  /** When the meeting last changed (DTSTAMP). */
  stampedAt: Date;
}

const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** TEXT values: backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function agendaCalendar(name: string, meetings: readonly CalendarMeeting[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rongtong//Matchmaking events//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const m of meetings) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${m.uid}`,
      `SEQUENCE:${m.sequence}`,
      `DTSTAMP:${utc(m.stampedAt)}`,
      `DTSTART:${utc(m.startsAt)}`,
      `DTEND:${utc(m.endsAt)}`,
      `SUMMARY:${escapeText(m.summary)}`,
      `DESCRIPTION:${escapeText(m.description)}`,
      ...(m.location ? [`LOCATION:${escapeText(m.location)}`] : []),
      ...(m.url ? [`URL:${m.url}`] : []),
      `STATUS:${m.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
