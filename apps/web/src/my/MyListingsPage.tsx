import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { KIND_LABELS, label, STATUS_LABELS } from '../i18n/vocabulary';
import type { ListingKind } from '../listings/listing-path';
import { useCurrentOrganisation } from './current-organisation';
import { isListingKind, LISTING_KINDS, useOwnListings, type Listing } from './listing-api';
import { myListingMessages } from './messages';
import { OrganisationSwitcher } from './OrganisationSwitcher';

export const STATUS_COLOURS: Record<string, string> = {
  draft: 'default',
  pending_review: '#874d00',
  // Darker than antd's green, gold and red presets: WCAG AA contrast on the tag's tint.
  published: '#237804',
  closed: 'default',
  expired: 'default',
  rejected: '#a8071a',
};

const NEW_LABEL = {
  need: 'newNeed',
  achievement: 'newAchievement',
  challenge: 'newChallenge',
} as const;

/** The organisation's own listings of every kind and state. */
export default function MyListingsPage() {
  const t = useMessages(myListingMessages);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind') ?? undefined;
  const kind: ListingKind = isListingKind(kindParam) ? kindParam : 'need';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { current } = useCurrentOrganisation();
  const query = useOwnListings(current?.organisationId, kind, page);

  if (!current) return <Alert type="info" showIcon title={t('noOrganisation')} />;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Flex gap={12} align="center" wrap>
          <OrganisationSwitcher />
          {/* Outside the tab list: a tablist holds tabs only (axe aria-required-children). */}
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate(`/my/listings/new/${kind}`)}
          >
            {t(NEW_LABEL[kind])}
          </Button>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('intro')}
      </Typography.Paragraph>
      <Tabs
        activeKey={kind}
        onChange={(key) => setParams({ kind: key })}
        items={LISTING_KINDS.map((k) => ({ key: k, label: label(KIND_LABELS, k, locale) }))}
      />
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="rt-table-scroll">
          <Table<Listing>
            rowKey="id"
            loading={query.isPending}
            dataSource={query.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('empty')} /> }}
            pagination={{
              current: page,
              pageSize: query.data?.limit ?? 20,
              total: query.data?.total ?? 0,
              showSizeChanger: false,
              onChange: (next) => setParams({ kind, page: String(next) }),
            }}
            columns={[
              {
                title: t('colTitle'),
                dataIndex: 'title',
                render: (title: string, row) => (
                  <Link to={`/my/listings/${row.kind}/${row.id}`} data-testid="own-listing-title">
                    {title}
                  </Link>
                ),
              },
              {
                title: t('colStatus'),
                dataIndex: 'status',
                render: (status: string) => (
                  <Tag color={STATUS_COLOURS[status]}>{label(STATUS_LABELS, status, locale)}</Tag>
                ),
              },
              {
                title: t('colValidUntil'),
                dataIndex: 'validUntil',
                responsive: ['md'],
                render: (value: string) => formatDate(value, locale),
              },
              {
                title: t('colUpdated'),
                dataIndex: 'updatedAt',
                responsive: ['lg'],
                render: (value: string) => formatDate(value, locale),
              },
            ]}
          />
        </div>
      )}
    </Flex>
  );
}
