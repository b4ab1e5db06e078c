import { NOTIFICATION_TYPES } from '../entities/notification-types';
import { digestFor } from '../digests/digest-composer';
import { routeEmail } from './email-routing';
import { DEFAULT_PREFERENCES, effectivePreference } from './preference-defaults';

describe('default preferences', () => {
  it('mails every type at once except saved-search alerts, which wait for the daily digest', () => {
    for (const type of NOTIFICATION_TYPES) {
      expect(DEFAULT_PREFERENCES[type].email).toBe(true);
      expect(DEFAULT_PREFERENCES[type].digest).toBe(
        type === 'saved_search.alert' ? 'daily' : 'immediate',
      );
    }
  });

  it('lets a stored row override the defaults', () => {
    expect(effectivePreference('match.found', { emailEnabled: false, digest: 'weekly' })).toEqual({
      email: false,
      digest: 'weekly',
    });
    expect(effectivePreference('match.found')).toEqual({ email: true, digest: 'immediate' });
  });
});

describe('routeEmail', () => {
  const immediate = { email: true, digest: 'immediate' as const };
  const base = { preference: immediate, matchMailsToday: 0, dailyMatchEmailCap: 10 };

  it('sends nothing when email is off, and digests when a digest is chosen', () => {
    expect(
      routeEmail({
        ...base,
        type: 'match.mutual',
        preference: { email: false, digest: 'immediate' },
      }),
    ).toBe('none');
    expect(
      routeEmail({ ...base, type: 'match.mutual', preference: { email: true, digest: 'weekly' } }),
    ).toBe('digest');
    expect(routeEmail({ ...base, type: 'match.mutual' })).toBe('queued');
  });

  it('caps match mails per day; the rest go to the digest', () => {
    expect(routeEmail({ ...base, type: 'match.found', matchMailsToday: 9 })).toBe('queued');
    expect(routeEmail({ ...base, type: 'match.found', matchMailsToday: 10 })).toBe('digest');
    expect(routeEmail({ ...base, type: 'challenge.candidate', matchMailsToday: 10 })).toBe(
      'digest',
    );
    expect(routeEmail({ ...base, type: 'match.found', dailyMatchEmailCap: 0 })).toBe('digest');
    // Interest and invitations, which other organisations start, count toward the cap too.
    expect(routeEmail({ ...base, type: 'match.interest', matchMailsToday: 10 })).toBe('digest');
    expect(routeEmail({ ...base, type: 'challenge.invited', matchMailsToday: 10 })).toBe('digest');
    // An organiser invites up to 500 organisations to a 对接会 at once; participants request
    // meetings from any other participant: both count too.
    expect(routeEmail({ ...base, type: 'event.invited', matchMailsToday: 9 })).toBe('queued');
    expect(routeEmail({ ...base, type: 'event.invited', matchMailsToday: 10 })).toBe('digest');
    expect(routeEmail({ ...base, type: 'event.meeting_requested', matchMailsToday: 10 })).toBe(
      'digest',
    );
    // An answer to the recipient's own request, and a cancelled meeting, always mail.
    expect(
      routeEmail({ ...base, type: 'event.meeting_request_answered', matchMailsToday: 50 }),
    ).toBe('queued');
    expect(routeEmail({ ...base, type: 'event.meeting_cancelled', matchMailsToday: 50 })).toBe(
      'queued',
    );
    // Mutual matches answer the recipient's own interest: they always mail.
    expect(routeEmail({ ...base, type: 'match.mutual', matchMailsToday: 50 })).toBe('queued');
  });
});

describe('digestFor', () => {
  it('gathers cap overflow (immediate types) into the daily digest, weekly into the weekly one', () => {
    expect(digestFor({ email: true, digest: 'immediate' })).toBe('daily');
    expect(digestFor({ email: true, digest: 'daily' })).toBe('daily');
    expect(digestFor({ email: true, digest: 'weekly' })).toBe('weekly');
    expect(digestFor({ email: false, digest: 'daily' })).toBeNull();
  });
});
