import {
  App,
  Badge,
  Button,
  Checkbox,
  Empty,
  Flex,
  List,
  Pagination,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { label } from '../i18n/vocabulary';
import { inboxMessages, NOTIFICATION_TYPE_LABELS } from './messages';
import { useInbox, useMarkRead, useReadAll, type Notification } from './use-inbox';

function NotificationItem({ item }: { item: Notification }) {
  const t = useMessages(inboxMessages);
  const { locale } = useLocale();
  const markRead = useMarkRead();
  const unread = !item.readAt;
  const read = () => {
    if (unread && !markRead.isPending) markRead.mutate(item.id);
  };
  return (
    <List.Item
      data-testid="notification"
      data-unread={unread}
      actions={[
        ...(item.subject
          ? [
              <Link key="open" to={item.subject.path} onClick={read}>
                {t('open')}
              </Link>,
            ]
          : []),
        ...(unread
          ? [
              <Button key="read" size="small" type="link" onClick={read}>
                {t('markRead')}
              </Button>,
            ]
          : []),
      ]}
    >
      <List.Item.Meta
        title={
          <Flex gap={8} align="center" wrap>
            {unread && <Badge status="processing" text={t('unread')} />}
            <Tag>{label(NOTIFICATION_TYPE_LABELS, item.type, locale)}</Tag>
            <span style={{ fontWeight: unread ? 600 : 400 }}>{item.title}</span>
          </Flex>
        }
        description={
          <>
            <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>
              {item.body}
            </Typography.Paragraph>
            <Typography.Text type="secondary">{formatDate(item.createdAt, locale)}</Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}

/** The inbox: unread first, then newest; deep links to the match or listing. */
export default function InboxPage() {
  const t = useMessages(inboxMessages);
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const unreadOnly = params.get('unread') === '1';
  const query = useInbox(page, unreadOnly);
  const readAll = useReadAll();
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Flex gap={12} align="center" wrap>
          <Checkbox
            checked={unreadOnly}
            onChange={(e) => setParam('unread', e.target.checked ? '1' : undefined)}
          >
            {t('unreadOnly')}
          </Checkbox>
          <Button
            loading={readAll.isPending}
            onClick={() =>
              readAll.mutate(undefined, {
                onSuccess: (result) =>
                  void message.success(t('readAllDone', { count: result.updated })),
              })
            }
          >
            {t('readAll')}
          </Button>
          <Link to="/settings/notifications">{t('preferencesTitle')}</Link>
        </Flex>
      </Flex>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty description={unreadOnly ? t('emptyUnread') : t('empty')} />
      ) : (
        <>
          <List
            itemLayout="vertical"
            bordered
            dataSource={query.data.items}
            renderItem={(item) => <NotificationItem item={item} />}
          />
          <Pagination
            current={page}
            pageSize={query.data.limit}
            total={query.data.total}
            showSizeChanger={false}
            onChange={(next) => setParam('page', String(next))}
          />
        </>
      )}
    </Flex>
  );
}
