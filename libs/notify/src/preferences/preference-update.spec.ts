import { parsePreferenceChanges } from './preference-update';

describe('parsePreferenceChanges', () => {
  it('accepts known types with email and digest settings', () => {
    expect(
      parsePreferenceChanges({
        'match.found': { email: false },
        'saved_search.alert': { digest: 'weekly', email: true },
      }),
    ).toEqual({
      changes: {
        'match.found': { email: false },
        'saved_search.alert': { digest: 'weekly', email: true },
      },
      problems: [],
    });
    expect(parsePreferenceChanges(undefined)).toEqual({ changes: {}, problems: [] });
  });

  it('names every problem with its field: unknown types, channels, bad values', () => {
    const { problems } = parsePreferenceChanges({
      sms: { email: true },
      'match.found': { sms: true, email: 'yes', digest: 'hourly' },
      'listing.expiring': true,
    });
    expect(problems).toEqual([
      { field: 'types.sms', messages: ['unknown notification type'] },
      {
        field: 'types.match.found.sms',
        messages: ['unknown channel; allowed: email (and digest)'],
      },
      { field: 'types.match.found.email', messages: ['must be true or false'] },
      {
        field: 'types.match.found.digest',
        messages: ['must be one of: immediate, daily, weekly'],
      },
      {
        field: 'types.listing.expiring',
        messages: ['must be an object such as { "email": false }'],
      },
    ]);
  });

  it('rejects a types value that is not an object', () => {
    expect(parsePreferenceChanges(['match.found']).problems).toEqual([
      { field: 'types', messages: ['must be an object keyed by notification type'] },
    ]);
  });
});
