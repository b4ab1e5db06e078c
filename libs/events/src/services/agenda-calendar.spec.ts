import { agendaCalendar, escapeText, foldLine } from './agenda-calendar';

const meeting = {
  uid: 'm1@rongtong',
  sequence: 2,
  startsAt: new Date('2027-04-16T01:00:00Z'),
  endsAt: new Date('2027-04-16T01:20:00Z'),
  summary: '洽谈：东北理工大学',
  description: '桌号 A01; 带来：机床热误差实时补偿系统, 主轴',
  location: '大连国际会议中心 3 楼，A01',
  url: null,
  cancelled: false,
  stampedAt: new Date('2027-04-01T00:00:00Z'),
};

describe('agenda calendar (RFC 5545)', () => {
  it('writes one VEVENT per meeting with a stable UID, SEQUENCE and UTC times', () => {
    const text = agendaCalendar('对接会日程', [
      meeting,
      { ...meeting, uid: 'm2@rongtong', cancelled: true },
    ]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('UID:m1@rongtong\r\nSEQUENCE:2\r\n');
    expect(text).toContain('DTSTART:20270416T010000Z\r\nDTEND:20270416T012000Z');
    expect(text.match(/STATUS:CONFIRMED/g)).toHaveLength(1);
    expect(text.match(/STATUS:CANCELLED/g)).toHaveLength(1);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'热误差补偿'.repeat(20)}`);
    for (const line of folded.split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'热误差补偿'.repeat(20)}`);
  });
});
