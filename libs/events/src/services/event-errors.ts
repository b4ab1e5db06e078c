import { ConflictError, ForbiddenError, NotFoundError } from '@rongtong/common';
import type { EventState } from '../rules/vocabulary';
import { EVENT_STATE_LABELS } from '../rules/vocabulary';

export const eventNotFound = () => new NotFoundError('EVENT_NOT_FOUND', 'No such event');
export const registrationNotFound = () =>
  new NotFoundError('REGISTRATION_NOT_FOUND', 'No such registration');
export const requestNotFound = () =>
  new NotFoundError('MEETING_REQUEST_NOT_FOUND', 'No such meeting request');
export const meetingNotFound = () => new NotFoundError('MEETING_NOT_FOUND', 'No such meeting');
export const notOrganiser = () =>
  new ForbiddenError('NOT_EVENT_ORGANISER', '只有主办单位的组织方或平台管理员可以管理本场活动');
export const notParticipant = () =>
  new ForbiddenError('NOT_EVENT_PARTICIPANT', '仅限本场已通过审核的参会单位');

/** The event is not in a state that allows this (names the state it is in). */
export function wrongEventState(state: EventState, what: string): ConflictError {
  return new ConflictError(
    'EVENT_STATE',
    `活动当前状态为“${EVENT_STATE_LABELS[state].zh}”，不能${what}`,
  );
}
