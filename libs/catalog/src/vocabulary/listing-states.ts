import type { Label } from './cooperation-modes';

/**
 * Lifecycle shared by tech needs, achievements and challenges:
 * `draft → pending_review → published → closed | expired`, plus `rejected` (with a reason).
 * Whether organiser review is required is a per-platform (or per-organiser) setting; without it,
 * submitting or renewing publishes directly.
 */

export const LISTING_STATES = [
  'draft',
  'pending_review',
  'published',
  'closed',
  'expired',
  'rejected',
] as const;
export type ListingState = (typeof LISTING_STATES)[number];

export const LISTING_ACTIONS = [
  'submit',
  'approve',
  'reject',
  'close',
  'expire',
  'renew',
  'withdraw',
] as const;
export type ListingAction = (typeof LISTING_ACTIONS)[number];

export type ListingActor = 'owner' | 'reviewer' | 'system';

/** Extra input an action needs besides the listing: a rejection reason or a new validity end. */
export type ListingActionRequirement = 'reason' | 'validUntil';

export interface ListingTransitionOptions {
  reviewRequired: boolean;
}

export interface ListingTransition {
  action: ListingAction;
  to: ListingState;
  actor: ListingActor;
  requires: ListingActionRequirement | null;
}

export const LISTING_STATE_LABELS: Readonly<Record<ListingState, Label>> = Object.freeze({
  draft: { zh: '草稿', en: 'Draft' },
  pending_review: { zh: '待审核', en: 'Pending review' },
  published: { zh: '已发布', en: 'Published' },
  closed: { zh: '已关闭', en: 'Closed' },
  expired: { zh: '已过期', en: 'Expired' },
  rejected: { zh: '已驳回', en: 'Rejected' },
});

export const LISTING_ACTION_LABELS: Readonly<Record<ListingAction, Label>> = Object.freeze({
  submit: { zh: '提交', en: 'Submit' },
  approve: { zh: '审核通过', en: 'Approve' },
  reject: { zh: '驳回', en: 'Reject' },
  close: { zh: '关闭', en: 'Close' },
  expire: { zh: '到期下架', en: 'Expire' },
  renew: { zh: '续期', en: 'Renew' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
});

export const ACTION_ACTORS: Readonly<Record<ListingAction, ListingActor>> = Object.freeze({
  submit: 'owner',
  approve: 'reviewer',
  reject: 'reviewer',
  close: 'owner',
  expire: 'system',
  renew: 'owner',
  withdraw: 'owner',
});

export const ACTION_REQUIREMENTS: Readonly<Record<ListingAction, ListingActionRequirement | null>> =
  Object.freeze({
    submit: null,
    approve: null,
    reject: 'reason',
    close: null,
    expire: null,
    renew: 'validUntil',
    withdraw: null,
  });

/** Only published listings are visible to others and kept in the search index. */
export const SEARCHABLE_LISTING_STATES: readonly ListingState[] = Object.freeze(['published']);

/**
 * `from` states of each action, and its target with and without review. approve, reject and
 * withdraw stay available on pending listings when review is off, so listings submitted before
 * review was switched off can still be decided or pulled back.
 */
const TABLE: Readonly<
  Record<
    ListingAction,
    { from: readonly ListingState[]; toWithReview: ListingState; toWithoutReview: ListingState }
  >
> = {
  submit: {
    from: ['draft', 'rejected'],
    toWithReview: 'pending_review',
    toWithoutReview: 'published',
  },
  approve: { from: ['pending_review'], toWithReview: 'published', toWithoutReview: 'published' },
  reject: { from: ['pending_review'], toWithReview: 'rejected', toWithoutReview: 'rejected' },
  close: { from: ['published'], toWithReview: 'closed', toWithoutReview: 'closed' },
  expire: { from: ['published'], toWithReview: 'expired', toWithoutReview: 'expired' },
  renew: {
    from: ['expired', 'closed'],
    toWithReview: 'pending_review',
    toWithoutReview: 'published',
  },
  withdraw: { from: ['pending_review'], toWithReview: 'draft', toWithoutReview: 'draft' },
};

const STATE_SET: ReadonlySet<string> = new Set(LISTING_STATES);
const ACTION_SET: ReadonlySet<string> = new Set(LISTING_ACTIONS);

export function isListingState(value: string): value is ListingState {
  return STATE_SET.has(value);
}

export function isListingAction(value: string): value is ListingAction {
  return ACTION_SET.has(value);
}

/** The state `action` leads to from `state`, or undefined when the action is not allowed. */
export function nextState(
  state: ListingState,
  action: ListingAction,
  options: ListingTransitionOptions,
): ListingState | undefined {
  const row = TABLE[action];
  if (!row || !row.from.includes(state)) return undefined;
  return options.reviewRequired ? row.toWithReview : row.toWithoutReview;
}

/** Every action allowed from `state`, in LISTING_ACTIONS order, with its target and actor. */
export function transitionsFrom(
  state: ListingState,
  options: ListingTransitionOptions,
): ListingTransition[] {
  const result: ListingTransition[] = [];
  for (const action of LISTING_ACTIONS) {
    const to = nextState(state, action, options);
    if (to !== undefined) {
      result.push({
        action,
        to,
        actor: ACTION_ACTORS[action],
        requires: ACTION_REQUIREMENTS[action],
      });
    }
  }
  return result;
}

export function isSearchableState(state: ListingState): boolean {
  return SEARCHABLE_LISTING_STATES.includes(state);
}
