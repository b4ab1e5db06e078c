import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { session } from '../auth/session';
import { useSession } from '../auth/use-session';

export type EventView = Schemas['EventSchema'];
export type Registration = Schemas['RegistrationSchema'];
export type Participant = Schemas['ParticipantSchema'];
export type MeetingRequest = Schemas['MeetingRequestSchema'];
export type Meeting = Schemas['MeetingSchema'];
export type ScheduleRun = Schemas['ScheduleRunSchema'];
export type Pass = Schemas['PassSchema'];
export type CheckIn = Schemas['CheckInSchema'];
export type Preference = Schemas['PreferenceSchema'];
export type EventFields = Schemas['CreateEventDto'];
export type EventAction = Schemas['EventTransitionDto']['action'];
export type DeclineReason = NonNullable<Schemas['RequestAnswerDto']['reason']>;
export type PreferenceValue = Schemas['PreferenceDto']['preference'];
export type DirectoryEntry = Schemas['DirectoryEntrySchema'];
export type AgendaOutcome = Schemas['AgendaOutcomeSchema'];
export type SuggestedInvitee = Schemas['SuggestedInviteeSchema'];
export type DirectoryFilter = { type?: DirectoryEntry['organisationType']; industry?: string };

/**
 * Events are public, but a signed-in organiser also sees drafts and `canManage`: asked once the
 * session is known, keyed by who asks.
 */
function useViewer() {
  const state = useSession();
  return {
    who: state.status === 'signed-in' ? state.me.id : 'anonymous',
    known: state.status !== 'restoring',
  };
}

export function useEvents(page: number) {
  const { who, known } = useViewer();
  return useQuery({
    queryKey: ['events', who, page],
    enabled: known,
    queryFn: () => unwrap(api.GET('/api/v1/events', { params: { query: { page, limit: 20 } } })),
  });
}

export function useEvent(id: string | undefined) {
  const { who, known } = useViewer();
  return useQuery({
    queryKey: ['events', who, 'one', id],
    enabled: known && Boolean(id),
    queryFn: () => unwrap(api.GET('/api/v1/events/{id}', { params: { path: { id: id! } } })),
  });
}

export function useMyRegistrations(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['private', 'event-registrations', 'mine', eventId],
    enabled,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/events/{id}/registrations/mine', { params: { path: { id: eventId } } }),
      ),
  });
}

export function useRegistrations(eventId: string) {
  return useQuery({
    queryKey: ['private', 'event-registrations', 'all', eventId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/events/{id}/registrations', { params: { path: { id: eventId } } })),
  });
}

export function useRegistration(id: string) {
  return useQuery({
    queryKey: ['private', 'event-registration', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/event-registrations/{id}', { params: { path: { id } } })),
  });
}

export function useParticipants(eventId: string | undefined) {
  return useQuery({
    queryKey: ['private', 'event-participants', eventId],
    enabled: Boolean(eventId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/events/{id}/participants', { params: { path: { id: eventId! } } })),
  });
}

export function useAllRequests(eventId: string) {
  return useQuery({
    queryKey: ['private', 'event-requests', 'all', eventId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/events/{id}/meeting-requests', { params: { path: { id: eventId } } }),
      ),
  });
}

export function useMyRequests(registrationId: string) {
  return useQuery({
    queryKey: ['private', 'event-requests', 'mine', registrationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/event-registrations/{id}/requests', {
          params: { path: { id: registrationId } },
        }),
      ),
  });
}

export function usePreferences(registrationId: string) {
  return useQuery({
    queryKey: ['private', 'event-preferences', registrationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/event-registrations/{id}/preferences', {
          params: { path: { id: registrationId } },
        }),
      ),
  });
}

export function useSchedule(eventId: string) {
  return useQuery({
    queryKey: ['private', 'event-schedule', eventId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/events/{id}/schedule', { params: { path: { id: eventId } } })),
  });
}

const RUN_POLL_MS = 500;

/** The event's latest scheduler runs; polled while one is queued or running. */
export function useScheduleRuns(eventId: string) {
  return useQuery({
    queryKey: ['private', 'event-schedule-runs', eventId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/events/{id}/schedule/runs', { params: { path: { id: eventId } } })),
    refetchInterval: (query) =>
      query.state.data?.some((run) => run.state === 'queued' || run.state === 'running')
        ? RUN_POLL_MS
        : false,
  });
}

export function useAgenda(registrationId: string) {
  return useQuery({
    queryKey: ['private', 'event-agenda', registrationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/event-registrations/{id}/agenda', {
          params: { path: { id: registrationId } },
        }),
      ),
  });
}

export function usePasses(registrationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['private', 'event-passes', registrationId],
    enabled,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/event-registrations/{id}/passes', {
          params: { path: { id: registrationId } },
        }),
      ),
  });
}

/** Other participants with 匹配度 and reasons, filtered on the server. */
export function useDirectory(registrationId: string, filter: DirectoryFilter) {
  return useQuery({
    queryKey: [
      'private',
      'event-directory',
      registrationId,
      filter.type ?? '',
      filter.industry ?? '',
    ],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/event-registrations/{id}/directory', {
          params: { path: { id: registrationId }, query: filter },
        }),
      ),
  });
}

export function useAgendaOutcomes(registrationId: string) {
  return useQuery({
    queryKey: ['private', 'event-agenda-outcomes', registrationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/event-registrations/{id}/outcomes', {
          params: { path: { id: registrationId } },
        }),
      ),
  });
}

export function useSuggestedInvitees(eventId: string) {
  return useQuery({
    queryKey: ['private', 'event-suggested-invitees', eventId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/events/{id}/suggested-invitees', {
          params: { path: { id: eventId }, query: { limit: 200 } },
        }),
      ),
  });
}

/** Reads every event query again after a change. */
export function useRefreshEvents() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['events'] }),
      client.invalidateQueries({ queryKey: ['private'] }),
    ]);
}

export function transition(eventId: string, action: EventAction) {
  return unwrap(
    api.POST('/api/v1/events/{id}/transitions', {
      params: { path: { id: eventId } },
      body: { action },
    }),
  );
}

/**
 * A calendar file fetched with the session's token and saved through a temporary object URL (a
 * plain link would carry no bearer token).
 */
async function downloadCalendar(path: string, filename: string): Promise<void> {
  const response = await fetch(path, {
    headers: { Authorization: `Bearer ${session.accessToken() ?? ''}` },
  });
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    throw ApiError.from(response.status, body);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The ICS file of a registration's whole agenda. */
export function downloadAgendaIcs(registrationId: string): Promise<void> {
  return downloadCalendar(`/api/v1/event-registrations/${registrationId}/agenda.ics`, 'agenda.ics');
}

/** The ICS file of one meeting of the agenda (the same UID as in the whole agenda's file). */
export function downloadMeetingIcs(registrationId: string, meetingId: string): Promise<void> {
  return downloadCalendar(
    `/api/v1/event-registrations/${registrationId}/meetings/${meetingId}/calendar.ics`,
    `meeting-${meetingId.slice(0, 8)}.ics`,
  );
}
