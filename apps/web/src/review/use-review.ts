import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/errors';
import type { ListingKind } from '../listings/listing-path';

export type PendingListing = Schemas['ListingSchema'];
export type Revision = Schemas['RevisionSchema'];
export type FieldChange = Schemas['FieldChangeSchema'];
export type QueuedCertification = Schemas['CertificationQueueItemSchema'];
export type CertificationStatus = QueuedCertification['status'];
export type NameChange = Schemas['NameChangeSchema'];
export type UsccClaim = Schemas['UsccClaimSchema'];

export const PAGE_SIZE = 20;

/** What each review queue holds. */
export interface QueueItems {
  need: PendingListing;
  achievement: PendingListing;
  challenge: PendingListing;
  revision: Revision;
  certification: QueuedCertification;
  name: NameChange;
  uscc: UsccClaim;
}
export type ReviewItemType = keyof QueueItems;

/** Every decision a reviewer takes; each item type accepts some of them. */
export type DecisionAction = 'approve' | 'verify' | 'reject' | 'revoke';

interface QueuePage<T> {
  items: T[];
  total: number;
}

interface ReviewQueue<T> {
  /** One page, oldest first; `status` only narrows certificates (the others list pending). */
  read(page: number, status: CertificationStatus): Promise<QueuePage<T>>;
  /** The organisation the item belongs to (never its own reviewers' to decide). */
  organisationOf(item: T): string | null;
  decide(item: T, action: DecisionAction, reason: string | undefined): Promise<unknown>;
}

const paging = (page: number) => ({ page, limit: PAGE_SIZE });
const acceptOrRefuse = (action: DecisionAction): 'approve' | 'reject' =>
  action === 'approve' || action === 'verify' ? 'approve' : 'reject';

function listingQueue(kind: ListingKind): ReviewQueue<PendingListing> {
  return {
    read: (page) => {
      const options = { params: { query: paging(page) } };
      if (kind === 'need') return unwrap(api.GET('/api/v1/review-queue/needs', options));
      if (kind === 'achievement') {
        return unwrap(api.GET('/api/v1/review-queue/achievements', options));
      }
      return unwrap(api.GET('/api/v1/review-queue/challenges', options));
    },
    organisationOf: (listing) => listing.organisation.id,
    // The version the reviewer read: 409 when the listing moved on since.
    decide: (listing, action, reason) => {
      const options = {
        params: { path: { id: listing.id } },
        body: { action: acceptOrRefuse(action), version: listing.version, reason },
      };
      if (kind === 'need') return unwrap(api.POST('/api/v1/needs/{id}/transitions', options));
      if (kind === 'achievement') {
        return unwrap(api.POST('/api/v1/achievements/{id}/transitions', options));
      }
      return unwrap(api.POST('/api/v1/challenges/{id}/transitions', options));
    },
  };
}

/** The one table of review queues: how each item type is read and decided. */
const QUEUES: { [T in ReviewItemType]: ReviewQueue<QueueItems[T]> } = {
  need: listingQueue('need'),
  achievement: listingQueue('achievement'),
  challenge: listingQueue('challenge'),
  revision: {
    read: (page) =>
      unwrap(api.GET('/api/v1/review-queue/revisions', { params: { query: paging(page) } })),
    organisationOf: (revision) => revision.organisation.id,
    decide: (revision, action, reason) => {
      const options = {
        params: { path: { id: revision.id } },
        body: { version: revision.version, reason },
      };
      return acceptOrRefuse(action) === 'approve'
        ? unwrap(api.POST('/api/v1/review-queue/revisions/{id}/approve', options))
        : unwrap(api.POST('/api/v1/review-queue/revisions/{id}/reject', options));
    },
  },
  certification: {
    read: (page, status) =>
      unwrap(
        api.GET('/api/v1/review-queue/certifications', {
          params: { query: { status, ...paging(page) } },
        }),
      ),
    organisationOf: (certification) => certification.organisationId,
    decide: (certification, action, reason) => {
      const options = { params: { path: { certificationId: certification.id } }, body: { reason } };
      if (action === 'revoke') {
        return unwrap(api.POST('/api/v1/certifications/{certificationId}/revoke', options));
      }
      return acceptOrRefuse(action) === 'approve'
        ? unwrap(api.POST('/api/v1/certifications/{certificationId}/verify', options))
        : unwrap(api.POST('/api/v1/certifications/{certificationId}/reject', options));
    },
  },
  name: {
    read: (page) =>
      unwrap(
        api.GET('/api/v1/review-queue/organisation-names', {
          params: { query: { status: 'pending', ...paging(page) } },
        }),
      ),
    organisationOf: (change) => change.organisationId,
    decide: (change, action, reason) => {
      const options = { params: { path: { nameChangeId: change.id } }, body: { reason } };
      return acceptOrRefuse(action) === 'approve'
        ? unwrap(api.POST('/api/v1/organisation-name-changes/{nameChangeId}/approve', options))
        : unwrap(api.POST('/api/v1/organisation-name-changes/{nameChangeId}/reject', options));
    },
  },
  uscc: {
    read: (page) =>
      unwrap(
        api.GET('/api/v1/review-queue/uscc-claims', {
          params: { query: { status: 'pending', ...paging(page) } },
        }),
      ),
    organisationOf: (claim) => claim.organisationId,
    decide: (claim, action, reason) => {
      const options = { params: { path: { claimId: claim.id } }, body: { reason } };
      return acceptOrRefuse(action) === 'approve'
        ? unwrap(api.POST('/api/v1/uscc-claims/{claimId}/approve', options))
        : unwrap(api.POST('/api/v1/uscc-claims/{claimId}/reject', options));
    },
  },
};

/** One page of a review queue (the API leaves out what the reviewer may not decide). */
export function useReviewQueue<T extends ReviewItemType>(
  type: T,
  page: number,
  status: CertificationStatus = 'pending',
) {
  return useQuery({
    queryKey: ['private', 'review', type, status, page],
    queryFn: () => (QUEUES[type] as ReviewQueue<QueueItems[T]>).read(page, status),
  });
}

/** The organisation an item belongs to. */
export function organisationOf<T extends ReviewItemType>(type: T, item: QueueItems[T]) {
  return (QUEUES[type] as ReviewQueue<QueueItems[T]>).organisationOf(item);
}

/**
 * Decide one item of a queue. Every queue is read again afterwards (or after a conflict) so
 * the page shows what is true.
 */
export function useDecide<T extends ReviewItemType>(type: T) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      item,
      action,
      reason,
    }: {
      item: QueueItems[T];
      action: DecisionAction;
      reason?: string;
    }) => (QUEUES[type] as ReviewQueue<QueueItems[T]>).decide(item, action, reason),
    onSettled: () => client.invalidateQueries({ queryKey: ['private', 'review'] }),
  });
}
