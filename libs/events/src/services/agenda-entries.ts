import type { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import type { CalendarMeeting } from './agenda-calendar';
import type { MeetingView } from './meeting-views';

/**
 * One meeting of a participant's agenda as a calendar entry, written from that participant's
 * side: the UID is the meeting's (stable across exports and across the two sides' files), the
 * SEQUENCE the meeting's, and a cancelled meeting stays in the file as CANCELLED.
 */
export function agendaEntry(
  event: MatchmakingEvent,
  view: MeetingView,
  registrationId: string,
  changedAt: Date,
): CalendarMeeting {
  const mine = view.registrationAId === registrationId;
  const other = mine ? view.organisationBName : view.organisationAName;
  const place = view.online
    ? '线上洽谈'
    : [event.venue, view.tableName && `${view.tableName} 号桌`].filter(Boolean).join('，');
  return {
    uid: `${view.id}@rongtong`,
    sequence: view.sequence,
    startsAt: new Date(view.startsAt),
    endsAt: new Date(view.endsAt),
    summary: `洽谈：${other}`,
    description: [
      event.title,
      `对方：${other}（${mine ? view.attendeeB : view.attendeeA}）`,
      `我方：${mine ? view.attendeeA : view.attendeeB}`,
      view.online ? `视频链接：${view.videoLink ?? '待定'}` : `桌号：${view.tableName ?? ''}`,
    ].join('\n'),
    location: place || null,
    url: view.videoLink,
    cancelled: view.status === 'cancelled',
    stampedAt: changedAt,
  };
}
