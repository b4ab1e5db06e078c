import { Card, Descriptions, Flex, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { KIND_LABELS, label } from '../i18n/vocabulary';
import { listingPath, type ListingKind } from '../listings/listing-path';
import type { Notice } from './DecisionBar';
import { ItemDecision } from './ItemDecision';
import { reviewMessages } from './messages';
import { QueueList } from './QueueList';
import { useReviewQueue, type PendingListing } from './use-review';

const KINDS: ListingKind[] = ['need', 'achievement', 'challenge'];

/** The text a reviewer must read: the need's description, the abstract, the challenge's problem. */
function mainText(listing: PendingListing): string {
  return listing.details.description ?? listing.details.abstract ?? listing.details.problem ?? '';
}

function PendingListingCard({
  listing,
  report,
}: {
  listing: PendingListing;
  report: (n: Notice) => void;
}) {
  const t = useMessages(reviewMessages);
  const { locale } = useLocale();
  return (
    <Card
      data-testid="pending-listing"
      title={
        <Flex gap={8} wrap align="center" className="rt-card-title">
          <Tag color="blue">{label(KIND_LABELS, listing.kind, locale)}</Tag>
          <Link to={listingPath(listing.kind, listing.id)}>{listing.title}</Link>
        </Flex>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'org', label: t('organisation'), children: listing.organisation.name },
          { key: 'at', label: t('submittedAt'), children: formatDate(listing.updatedAt, locale) },
          { key: 'region', label: t('region'), children: listing.regionName },
          { key: 'industry', label: t('industry'), children: listing.industryName },
          { key: 'keywords', label: t('keywords'), children: listing.keywords.join('、') },
          { key: 'until', label: t('validUntil'), children: listing.validUntil },
        ]}
      />
      <Typography.Paragraph className="rt-review-text">{mainText(listing)}</Typography.Paragraph>
      <Flex vertical gap={8}>
        <Link to={listingPath(listing.kind, listing.id)}>{t('openListing')}</Link>
        <ItemDecision
          type={listing.kind}
          item={listing}
          report={report}
          successText={(action) =>
            t(action === 'approve' ? 'approved' : 'rejected', { title: listing.title })
          }
        />
      </Flex>
    </Card>
  );
}

/** New listings awaiting review, one kind at a time (the counts show where work waits). */
export function ListingsTab({ report }: { report: (n: Notice) => void }) {
  const t = useMessages(reviewMessages);
  const { locale } = useLocale();
  const [kind, setKind] = useState<ListingKind>('need');
  const counts = {
    need: useReviewQueue('need', 1).data?.total,
    achievement: useReviewQueue('achievement', 1).data?.total,
    challenge: useReviewQueue('challenge', 1).data?.total,
  };
  return (
    <Flex vertical gap={12}>
      <Segmented<ListingKind>
        aria-label={t('kind')}
        value={kind}
        onChange={setKind}
        options={KINDS.map((value) => ({
          value,
          label: `${label(KIND_LABELS, value, locale)}${counts[value] ? `（${counts[value]}）` : ''}`,
        }))}
      />
      <QueueList
        key={kind}
        type={kind}
        emptyText={t('emptyListings')}
        itemKey={(listing) => `${listing.id}-${listing.version}`}
        renderItem={(listing) => <PendingListingCard listing={listing} report={report} />}
      />
    </Flex>
  );
}
