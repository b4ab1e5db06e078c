import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Modal,
  Pagination,
  Popconfirm,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { KIND_LABELS, label, STATUS_LABELS } from '../i18n/vocabulary';
import {
  LISTING_ACTION_LABELS,
  transitionsFrom,
  type ListingAction,
  type ListingState,
} from '../../../../libs/catalog/src/vocabulary/listing-states';
import { listingPath, type ListingKind } from '../listings/listing-path';
import { MatchCard } from '../matches/MatchCard';
import { useListingMatches } from '../matches/use-matches';
import { useQueryClient } from '@tanstack/react-query';
import {
  deleteListing,
  isListingKind,
  useOwnListing,
  useTransition,
  type Listing,
} from './listing-api';
import { myListingMessages } from './messages';
import { STATUS_COLOURS } from './MyListingsPage';

const STATE_NOTES: Record<string, keyof (typeof myListingMessages)['zh-CN']> = {
  draft: 'historyDraft',
  pending_review: 'historyPending',
  published: 'historyPublished',
  rejected: 'historyRejected',
  closed: 'historyClosed',
  expired: 'historyExpired',
};
const EDITABLE = new Set(['draft', 'rejected', 'published']);

/** The owner's actions now (submit, withdraw, close, renew), from the shared state table. */
type OwnerAction = Exclude<ListingAction, 'expire' | 'approve' | 'reject'>;
const isOwnerAction = (action: ListingAction): action is OwnerAction =>
  action === 'submit' || action === 'withdraw' || action === 'close' || action === 'renew';

function ownerActions(status: string): OwnerAction[] {
  return transitionsFrom(status as ListingState, { reviewRequired: true })
    .map((transition) => transition.action)
    .filter(isOwnerAction);
}

function ListingActions({ listing }: { listing: Listing }) {
  const t = useMessages(myListingMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const kind = listing.kind;
  const transition = useTransition(kind, listing.id);
  const [renewing, setRenewing] = useState(false);
  const [form] = Form.useForm<{ validUntil: Dayjs }>();
  const inFlight = useRef(false);
  const run = (action: OwnerAction, validUntil?: string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    const name = label(LISTING_ACTION_LABELS, action, locale);
    transition.mutate(
      { action, validUntil },
      {
        onSettled: () => {
          inFlight.current = false;
        },
        onSuccess: () => {
          setRenewing(false);
          void message.success(t('actionDone', { action: name }));
        },
        onError: (error) =>
          void message.error(
            t('actionFailed', { message: error instanceof ApiError ? error.message : '' }),
          ),
      },
    );
  };
  const remove = async () => {
    try {
      await deleteListing(kind, listing.id);
      void client.invalidateQueries({ queryKey: ['private', 'own-listings'] });
      void message.success(t('deleted'));
      void navigate(`/my/listings?kind=${kind}`);
    } catch (error) {
      void message.error(
        t('actionFailed', { message: error instanceof ApiError ? error.message : '' }),
      );
    }
  };
  return (
    <Space wrap>
      {ownerActions(listing.status).map((action) => {
        const name = label(LISTING_ACTION_LABELS, action, locale);
        if (action === 'renew') {
          return (
            <Button key={action} onClick={() => setRenewing(true)}>
              {name}
            </Button>
          );
        }
        return (
          <Popconfirm
            key={action}
            title={t('confirmAction', { action: name })}
            okText={name}
            cancelText={t('cancel')}
            onConfirm={() => run(action)}
          >
            <Button
              type={action === 'submit' ? 'primary' : 'default'}
              loading={transition.isPending}
              data-testid={`listing-${action}`}
            >
              {name}
            </Button>
          </Popconfirm>
        );
      })}
      {EDITABLE.has(listing.status) && (
        <Link to={`/my/listings/${kind}/${listing.id}/edit`}>
          <Button>{t('edit')}</Button>
        </Link>
      )}
      {listing.status === 'draft' && (
        <Popconfirm
          title={t('deleteConfirm')}
          okText={t('delete')}
          cancelText={t('cancel')}
          onConfirm={() => void remove()}
        >
          <Button danger>{t('delete')}</Button>
        </Popconfirm>
      )}
      {listing.status === 'published' && (
        <Link to={listingPath(kind, listing.id)}>{t('viewPublic')}</Link>
      )}
      <Modal
        open={renewing}
        title={t('renewTitle')}
        okText={label(LISTING_ACTION_LABELS, 'renew', locale)}
        cancelText={t('cancel')}
        confirmLoading={transition.isPending}
        onCancel={() => setRenewing(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ validUntil: dayjs().add(180, 'day') }}
          onFinish={(values) => run('renew', values.validUntil.format('YYYY-MM-DD'))}
        >
          <Form.Item
            name="validUntil"
            label={t('renewDate')}
            rules={[{ required: true, message: t('fValidUntilRule') }]}
          >
            <DatePicker disabledDate={(day) => !day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

function ListingMatches({ kind, id }: { kind: ListingKind; id: string }) {
  const t = useMessages(myListingMessages);
  const [page, setPage] = useState(1);
  const query = useListingMatches(kind, id, page);
  return (
    <Card title={t('matches')}>
      {query.isPending ? (
        <Skeleton active />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty description={t('matchesEmpty')} />
      ) : (
        <Flex vertical gap={12}>
          {query.data.items.map((match) => (
            <MatchCard key={match.id} match={match} showListing={false} />
          ))}
          <Pagination
            current={page}
            pageSize={query.data.limit}
            total={query.data.total}
            showSizeChanger={false}
            onChange={setPage}
          />
        </Flex>
      )}
    </Card>
  );
}

/** One own listing: its state and what that means, the owner's actions, and its matches. */
export default function MyListingPage() {
  const t = useMessages(myListingMessages);
  const { locale } = useLocale();
  const params = useParams();
  const kind = isListingKind(params.kind) ? params.kind : 'need';
  const id = params.id ?? '';
  const query = useOwnListing(kind, id);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const listing = query.data;
  return (
    <Flex vertical gap={16}>
      <Link to={`/my/listings?kind=${kind}`}>← {t('backToList')}</Link>
      <Flex align="center" gap={8} wrap>
        <Tag>{label(KIND_LABELS, kind, locale)}</Tag>
        <Typography.Title
          level={1}
          style={{ fontSize: 22, margin: 0 }}
          data-testid="own-listing-heading"
        >
          {listing.title}
        </Typography.Title>
        <Tag color={STATUS_COLOURS[listing.status]} data-testid="own-listing-status">
          {label(STATUS_LABELS, listing.status, locale)}
        </Tag>
      </Flex>
      {listing.status === 'rejected' && listing.rejectionReason && (
        <Alert
          type="error"
          showIcon
          title={t('rejectionReason')}
          description={listing.rejectionReason}
        />
      )}
      <Card>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {t(STATE_NOTES[listing.status] ?? 'historyDraft')}
          </Typography.Text>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            size="small"
            items={[
              {
                key: 'valid',
                label: t('colValidUntil'),
                children: formatDate(listing.validUntil, locale),
              },
              {
                key: 'published',
                label: t('publishedAt'),
                children: listing.publishedAt ? formatDate(listing.publishedAt, locale) : '—',
              },
              {
                key: 'updated',
                label: t('updatedAt'),
                children: formatDate(listing.updatedAt, locale),
              },
              { key: 'version', label: t('version'), children: listing.version },
              { key: 'industry', label: t('fIndustry'), children: listing.industryName },
              { key: 'region', label: t('fRegion'), children: listing.regionName },
            ]}
          />
          <ListingActions listing={listing} />
        </Flex>
      </Card>
      {listing.status === 'published' && <ListingMatches kind={kind} id={listing.id} />}
    </Flex>
  );
}
