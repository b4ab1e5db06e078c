import { Button, Empty, Flex, Pagination, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { rolesOf, useSession } from '../auth/use-session';
import { ErrorState } from '../components/ErrorState';
import { useMessages } from '../i18n/messages';
import { dateRange } from './event-format';
import { eventMessages } from './messages';
import { TONE } from '../components/tag-colours';
import { useEvents, type EventView } from './use-events';

export const STATUS_COLOURS: Record<EventView['status'], string> = {
  draft: 'default',
  open: TONE.green,
  scheduling: TONE.gold,
  published: TONE.blue,
  running: TONE.purple,
  finished: 'default',
};

function EventCard({ event }: { event: EventView }) {
  const t = useMessages(eventMessages);
  return (
    <article className="rt-hit" data-testid="event-card">
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          <Link to={`/events/${event.id}`}>{event.title}</Link>
        </Typography.Title>
        <Tag color={STATUS_COLOURS[event.status]}>{event.statusLabel}</Tag>
      </Flex>
      <Space size={[16, 4]} wrap style={{ marginTop: 8 }}>
        <span>
          {t('dates')}：{dateRange(event.days)}
        </span>
        <span>
          {t('mode')}：{event.modeLabel}
        </span>
        {event.venue && (
          <span>
            {t('venue')}：{event.venue}
          </span>
        )}
        <span>
          {t('organiser')}：{event.organisationName}
        </span>
      </Space>
      {event.theme.keywords.length > 0 && (
        <div style={{ marginTop: 8 }}>
          {event.theme.keywords.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </div>
      )}
    </article>
  );
}

/** Upcoming and past 对接会 (public), the organiser's drafts too; organisers create new ones. */
export default function EventsPage() {
  const t = useMessages(eventMessages);
  const roles = rolesOf(useSession());
  const [page, setPage] = useState(1);
  const events = useEvents(page);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('listTitle')}
        </Typography.Title>
        {(roles.has('organiser') || roles.has('admin')) && (
          <Link to="/events/new">
            <Button type="primary">{t('create')}</Button>
          </Link>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('listIntro')}
      </Typography.Paragraph>
      {events.error ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : !events.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : events.data.items.length === 0 ? (
        <Empty description={t('noEvents')} />
      ) : (
        <>
          {events.data.items.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
          {events.data.total > events.data.limit && (
            <Pagination
              current={page}
              pageSize={events.data.limit}
              total={events.data.total}
              onChange={setPage}
              showSizeChanger={false}
            />
          )}
        </>
      )}
    </Flex>
  );
}
