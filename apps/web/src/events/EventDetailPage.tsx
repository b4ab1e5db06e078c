import { Button, Descriptions, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { formatDateTime } from './event-format';
import { STATUS_COLOURS } from './EventsPage';
import { eventMessages } from './messages';
import { TONE } from '../components/tag-colours';
import { ReferenceName } from './ReferenceName';
import { RegisterPanel } from './RegisterPanel';
import { useEvent } from './use-events';

/** One 对接会: its public facts, the organiser's entries, and registration for organisations. */
export default function EventDetailPage() {
  const { id = '' } = useParams();
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const event = useEvent(id);
  // A failed background refetch keeps the page it has (a check-in desk must not go blank);
  // only a first load that failed shows the error.
  if (event.error && !event.data)
    return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  if (!event.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const e = event.data;
  const online = e.tables.filter((table) => table.online).length;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {e.title}
        </Typography.Title>
        <Tag color={STATUS_COLOURS[e.status]} data-testid="event-status">
          {e.statusLabel}
        </Tag>
      </Flex>
      {e.canManage && (
        <Space wrap>
          <Link to={`/events/${e.id}/manage`}>
            <Button type="primary">{t('manage')}</Button>
          </Link>
          {(e.status === 'draft' || e.status === 'open') && (
            <Link to={`/events/${e.id}/edit`}>
              <Button>{t('edit')}</Button>
            </Link>
          )}
          {(e.status === 'published' || e.status === 'running') && (
            <Link to={`/events/${e.id}/check-in`}>
              <Button>{t('checkIn')}</Button>
            </Link>
          )}
        </Space>
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'org', label: t('organiser'), children: e.organisationName },
          { key: 'mode', label: t('mode'), children: e.modeLabel },
          {
            key: 'dates',
            label: t('dates'),
            children: (
              <>
                {e.days.map((day) => (
                  <div key={day.date}>
                    {day.date} {day.start}–{day.end}
                    {day.breaks.length > 0 &&
                      `（${t('breaks')} ${day.breaks.map((b) => `${b.start}–${b.end}`).join('、')}）`}
                  </div>
                ))}
              </>
            ),
          },
          {
            key: 'venue',
            label: t('venue'),
            children: [e.venue, e.address].filter(Boolean).join('，') || '—',
          },
          {
            key: 'window',
            label: t('registrationWindow'),
            children: `${formatDateTime(e.registrationOpensAt, locale)} – ${formatDateTime(e.registrationClosesAt, locale)} ${t('beijingTime')}`,
          },
          {
            key: 'places',
            label: t('places'),
            children: t('placesValue', { approved: e.approvedCount, capacity: e.capacity }),
          },
          { key: 'slot', label: t('slotLength'), children: t('minutes', { n: e.slotMinutes }) },
          {
            key: 'tables',
            label: t('tables'),
            children: t('tablesValue', { count: e.tables.length, online }),
          },
          {
            key: 'theme',
            label: t('theme'),
            children: (
              <Space size={[4, 4]} wrap>
                {e.theme.keywords.map((k) => (
                  <Tag key={k}>{k}</Tag>
                ))}
                {e.theme.industryCodes.map((code) => (
                  <Tag key={code} color={TONE.blue}>
                    <ReferenceName kind="industries" code={code} />
                  </Tag>
                ))}
                {e.theme.regionCodes.map((code) => (
                  <Tag key={code} color={TONE.cyan}>
                    <ReferenceName kind="regions" code={code} />
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {e.description && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {e.description}
        </Typography.Paragraph>
      )}
      {/* Organisers too: their own organisation may take part in its event. */}
      <RegisterPanel event={e} />
    </Flex>
  );
}
