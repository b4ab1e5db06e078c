import { allowedMatchActions, LifecycleSnapshot, nextMatchState } from './match-state-machine';

const at = (state: LifecycleSnapshot['state'], subject = false, counterpart = false) => ({
  state,
  subjectInterested: subject,
  counterpartInterested: counterpart,
});

describe('match state machine', () => {
  it('suggested → interest → mutual when the other side agrees', () => {
    expect(nextMatchState(at('suggested'), 'subject', 'interest')).toBe('interest');
    expect(nextMatchState(at('interest', true), 'counterpart', 'interest')).toBe('mutual');
    // The same side twice is not a second consent.
    expect(nextMatchState(at('interest', true), 'subject', 'interest')).toBeUndefined();
  });

  it('mutual → negotiating → agreed; declined from any state that is not final', () => {
    expect(nextMatchState(at('mutual', true, true), 'subject', 'negotiate')).toBe('negotiating');
    expect(nextMatchState(at('negotiating', true, true), 'counterpart', 'agree')).toBe('agreed');
    for (const state of ['suggested', 'interest', 'mutual', 'negotiating'] as const) {
      expect(nextMatchState(at(state), 'subject', 'decline')).toBe('declined');
    }
    expect(nextMatchState(at('agreed', true, true), 'subject', 'decline')).toBeUndefined();
    expect(nextMatchState(at('declined'), 'subject', 'interest')).toBeUndefined();
    expect(nextMatchState(at('suggested'), 'subject', 'negotiate')).toBeUndefined();
  });

  it('lists what each side may do now', () => {
    expect(allowedMatchActions(at('suggested'), 'subject')).toEqual(['interest', 'decline']);
    expect(allowedMatchActions(at('interest', true), 'subject')).toEqual(['decline']);
    expect(allowedMatchActions(at('interest', true), 'counterpart')).toEqual([
      'interest',
      'decline',
    ]);
    expect(allowedMatchActions(at('mutual', true, true), 'counterpart')).toEqual([
      'decline',
      'negotiate',
    ]);
    expect(allowedMatchActions(at('agreed', true, true), 'subject')).toEqual([]);
  });
});
