import { Alert, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMessages } from '../i18n/messages';
import type { Notice } from './DecisionBar';
import { CertificationsTab } from './CertificationsTab';
import { ImportTab } from './ImportTab';
import { ListingsTab } from './ListingsTab';
import { NameChangesTab } from './NameChangesTab';
import { UsccClaimsTab } from './UsccClaimsTab';
import { reviewMessages } from './messages';
import { RevisionsTab } from './RevisionsTab';
import { useReviewQueue } from './use-review';

const TABS = ['listings', 'revisions', 'certifications', 'names', 'uscc', 'import'] as const;
type TabKey = (typeof TABS)[number];

function withCount(text: string, count: number | undefined): string {
  return count ? `${text}（${count}）` : text;
}

/**
 * Organisers' and admins' review desk: new listings, edits, tier certificates, organisation
 * names, USCC claims, and the official list import.
 */
export default function ReviewPage() {
  const t = useMessages(reviewMessages);
  const location = useLocation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<Notice>();
  const tab: TabKey = TABS.find((name) => name === location.hash.slice(1)) ?? 'listings';
  // The same first pages the tabs show, so a count is what its list holds.
  const pending =
    (useReviewQueue('need', 1).data?.total ?? 0) +
    (useReviewQueue('achievement', 1).data?.total ?? 0) +
    (useReviewQueue('challenge', 1).data?.total ?? 0);
  const revisions = useReviewQueue('revision', 1).data?.total;
  const certificates = useReviewQueue('certification', 1).data?.total;
  const names = useReviewQueue('name', 1).data?.total;
  const claims = useReviewQueue('uscc', 1).data?.total;
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} className="rt-page-title">
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      </div>
      {notice && (
        <Alert
          type={notice.type}
          showIcon
          role={notice.type === 'success' ? 'status' : 'alert'}
          title={notice.text}
          closable={{ onClose: () => setNotice(undefined) }}
          data-testid="review-notice"
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setNotice(undefined);
          void navigate(`/review#${key}`);
        }}
        destroyOnHidden
        items={[
          {
            key: 'listings',
            label: withCount(t('tabListings'), pending),
            children: <ListingsTab report={setNotice} />,
          },
          {
            key: 'revisions',
            label: withCount(t('tabRevisions'), revisions),
            children: <RevisionsTab report={setNotice} />,
          },
          {
            key: 'certifications',
            label: withCount(t('tabCertifications'), certificates),
            children: <CertificationsTab report={setNotice} />,
          },
          {
            key: 'names',
            label: withCount(t('tabNames'), names),
            children: <NameChangesTab report={setNotice} />,
          },
          {
            key: 'uscc',
            label: withCount(t('tabUscc'), claims),
            children: <UsccClaimsTab report={setNotice} />,
          },
          { key: 'import', label: t('tabImport'), children: <ImportTab /> },
        ]}
      />
    </Flex>
  );
}
