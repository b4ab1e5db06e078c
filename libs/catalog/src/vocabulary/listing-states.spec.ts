import {
  ACTION_ACTORS,
  ACTION_REQUIREMENTS,
  LISTING_ACTIONS,
  LISTING_STATES,
  LISTING_STATE_LABELS,
  type ListingAction,
  type ListingState,
  isListingAction,
  isListingState,
  isSearchableState,
  nextState,
  transitionsFrom,
} from './listing-states';

const REVIEW = { reviewRequired: true };
const NO_REVIEW = { reviewRequired: false };

/** Every allowed [from, action, to] triple; anything not listed must be forbidden. */
const ALLOWED_WITH_REVIEW: [ListingState, ListingAction, ListingState][] = [
  ['draft', 'submit', 'pending_review'],
  ['rejected', 'submit', 'pending_review'],
  ['pending_review', 'approve', 'published'],
  ['pending_review', 'reject', 'rejected'],
  ['pending_review', 'withdraw', 'draft'],
  ['published', 'close', 'closed'],
  ['published', 'expire', 'expired'],
  ['expired', 'renew', 'pending_review'],
  ['closed', 'renew', 'pending_review'],
];

const ALLOWED_WITHOUT_REVIEW: [ListingState, ListingAction, ListingState][] = [
  ['draft', 'submit', 'published'],
  ['rejected', 'submit', 'published'],
  ['pending_review', 'approve', 'published'],
  ['pending_review', 'reject', 'rejected'],
  ['pending_review', 'withdraw', 'draft'],
  ['published', 'close', 'closed'],
  ['published', 'expire', 'expired'],
  ['expired', 'renew', 'published'],
  ['closed', 'renew', 'published'],
];

describe('listing states', () => {
  it('has six states with labels', () => {
    expect(LISTING_STATES).toEqual([
      'draft',
      'pending_review',
      'published',
      'closed',
      'expired',
      'rejected',
    ]);
    expect(LISTING_STATE_LABELS).toEqual({
      draft: { zh: '草稿', en: 'Draft' },
      pending_review: { zh: '待审核', en: 'Pending review' },
      published: { zh: '已发布', en: 'Published' },
      closed: { zh: '已关闭', en: 'Closed' },
      expired: { zh: '已过期', en: 'Expired' },
      rejected: { zh: '已驳回', en: 'Rejected' },
    });
  });

  it('assigns each action to an actor and its extra input', () => {
    expect(ACTION_ACTORS).toEqual({
      submit: 'owner',
      approve: 'reviewer',
      reject: 'reviewer',
      close: 'owner',
      expire: 'system',
      renew: 'owner',
      withdraw: 'owner',
    });
    expect(ACTION_REQUIREMENTS.reject).toBe('reason');
    expect(ACTION_REQUIREMENTS.renew).toBe('validUntil');
    expect(LISTING_ACTIONS.filter((a) => ACTION_REQUIREMENTS[a] === null).sort()).toEqual([
      'approve',
      'close',
      'expire',
      'submit',
      'withdraw',
    ]);
  });

  it('keeps only published listings searchable', () => {
    expect(LISTING_STATES.filter(isSearchableState)).toEqual(['published']);
  });

  it('recognises states and actions', () => {
    expect(isListingState('pending_review')).toBe(true);
    expect(isListingState('archived')).toBe(false);
    expect(isListingAction('renew')).toBe(true);
    expect(isListingAction('publish')).toBe(false);
  });
});

describe.each([
  ['with review', REVIEW, ALLOWED_WITH_REVIEW],
  ['without review', NO_REVIEW, ALLOWED_WITHOUT_REVIEW],
] as const)('transitions %s', (_name, options, allowed) => {
  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(nextState(from, action, options)).toBe(to);
  });

  it('forbids every other state/action pair', () => {
    const forbidden: string[] = [];
    for (const state of LISTING_STATES) {
      for (const action of LISTING_ACTIONS) {
        const isAllowed = allowed.some(([f, a]) => f === state && a === action);
        if (!isAllowed) {
          expect(nextState(state, action, options)).toBeUndefined();
          forbidden.push(`${state}:${action}`);
        }
      }
    }
    expect(forbidden).toHaveLength(LISTING_STATES.length * LISTING_ACTIONS.length - 9);
  });

  it('forbids the usual mistakes', () => {
    expect(nextState('draft', 'approve', options)).toBeUndefined();
    expect(nextState('draft', 'close', options)).toBeUndefined();
    expect(nextState('published', 'submit', options)).toBeUndefined();
    expect(nextState('published', 'renew', options)).toBeUndefined();
    expect(nextState('published', 'withdraw', options)).toBeUndefined();
    expect(nextState('expired', 'approve', options)).toBeUndefined();
    expect(nextState('expired', 'submit', options)).toBeUndefined();
    expect(nextState('closed', 'expire', options)).toBeUndefined();
    expect(nextState('rejected', 'approve', options)).toBeUndefined();
    expect(nextState('rejected', 'renew', options)).toBeUndefined();
    expect(nextState('pending_review', 'submit', options)).toBeUndefined();
    expect(nextState('pending_review', 'close', options)).toBeUndefined();
  });

  it('lists the same transitions from transitionsFrom', () => {
    for (const state of LISTING_STATES) {
      const expected = allowed
        .filter(([f]) => f === state)
        .map(([, action, to]) => ({
          action,
          to,
          actor: ACTION_ACTORS[action],
          requires: ACTION_REQUIREMENTS[action],
        }))
        .sort((a, b) => LISTING_ACTIONS.indexOf(a.action) - LISTING_ACTIONS.indexOf(b.action));
      expect(transitionsFrom(state, options)).toEqual(expected);
    }
  });
});

describe('transitionsFrom', () => {
  it('offers a reviewer approve and reject, and the owner withdraw, on a pending listing', () => {
    expect(transitionsFrom('pending_review', REVIEW)).toEqual([
      { action: 'approve', to: 'published', actor: 'reviewer', requires: null },
      { action: 'reject', to: 'rejected', actor: 'reviewer', requires: 'reason' },
      { action: 'withdraw', to: 'draft', actor: 'owner', requires: null },
    ]);
  });

  it('publishes directly on renewal when review is off', () => {
    expect(transitionsFrom('expired', NO_REVIEW)).toEqual([
      { action: 'renew', to: 'published', actor: 'owner', requires: 'validUntil' },
    ]);
    expect(transitionsFrom('expired', REVIEW)).toEqual([
      { action: 'renew', to: 'pending_review', actor: 'owner', requires: 'validUntil' },
    ]);
  });

  it('lets the owner close and the system expire a published listing', () => {
    expect(transitionsFrom('published', REVIEW)).toEqual([
      { action: 'close', to: 'closed', actor: 'owner', requires: null },
      { action: 'expire', to: 'expired', actor: 'system', requires: null },
    ]);
  });
});
