import {
  App,
  Button,
  Empty,
  Flex,
  List,
  Popconfirm,
  Skeleton,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { urlFromQuery } from '../search/search-params';
import { inboxMessages } from './messages';
import {
  useDeleteSavedSearch,
  useSavedSearches,
  useUpdateSavedSearch,
  type SavedSearch,
} from './use-inbox';

function describe(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([key, value]) => (key === 'q' ? value : `${key}=${value}`))
    .join(' · ');
}

function SavedSearchItem({ item, highlighted }: { item: SavedSearch; highlighted: boolean }) {
  const t = useMessages(inboxMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const update = useUpdateSavedSearch();
  const remove = useDeleteSavedSearch();
  return (
    <List.Item
      data-testid="saved-search"
      style={highlighted ? { background: '#e6f4ff' } : undefined}
      actions={[
        <Switch
          key="alerts"
          checked={item.enabled}
          loading={update.isPending}
          aria-label={t('alertsOn', { name: item.name })}
          onChange={(enabled) => update.mutate({ id: item.id, enabled })}
        />,
        <Link key="run" to={urlFromQuery(item.query)}>
          {t('runSearch')}
        </Link>,
        <Popconfirm
          key="delete"
          title={t('deleteConfirm')}
          okText={t('delete')}
          cancelText={t('cancel')}
          onConfirm={() =>
            remove.mutate(item.id, { onSuccess: () => void message.success(t('deleted')) })
          }
        >
          <Button type="link" danger>
            {t('delete')}
          </Button>
        </Popconfirm>,
      ]}
    >
      <List.Item.Meta
        title={item.name}
        description={
          <Flex vertical gap={2}>
            <span>
              {t('query')}：{describe(item.query)}
            </span>
            <Typography.Text type="secondary">
              {t('lastAlert')}：
              {item.lastAlertAt ? formatDate(item.lastAlertAt, locale) : t('never')}
            </Typography.Text>
          </Flex>
        }
      />
      {!item.enabled && <Tag>{t('alerts')} ✕</Tag>}
    </List.Item>
  );
}

/** The caller's saved searches with their alert switches. */
export default function SavedSearchesPage() {
  const t = useMessages(inboxMessages);
  const { id } = useParams();
  const query = useSavedSearches();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('savedSearchesTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('savedSearchesIntro')}</Typography.Paragraph>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <Empty description={t('savedSearchesEmpty')} />
      ) : (
        <List
          bordered
          dataSource={query.data}
          renderItem={(item) => <SavedSearchItem item={item} highlighted={item.id === id} />}
        />
      )}
    </Flex>
  );
}
