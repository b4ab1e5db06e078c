import {
  Alert,
  App,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { formatDateTime } from './event-format';
import { problemText } from './problem-text';
import { STATUS_COLOURS } from './EventsPage';
import { eventMessages, type EventMessageKey } from './messages';
import { TONE } from '../components/tag-colours';
import { ReportTab } from './ReportTab';
import { ScheduleTab } from './ScheduleTab';
import { participationMessages } from './participation-messages';
import { SuggestedInviteesTab } from './SuggestedInviteesTab';
import {
  transition,
  useAllRequests,
  useEvent,
  useRefreshEvents,
  useRegistrations,
  type EventView,
  type MeetingRequest,
  type Registration,
} from './use-events';

const REGISTRATION_COLOURS: Record<Registration['status'], string> = {
  pending: TONE.gold,
  approved: TONE.green,
  declined: TONE.red,
  withdrawn: 'default',
};

export const REQUEST_COLOURS: Record<MeetingRequest['status'], string> = {
  pending: TONE.gold,
  accepted: TONE.green,
  declined: TONE.red,
  cancelled: 'default',
};

function RegistrationsTab({
  event,
  onError,
}: {
  event: EventView;
  onError: (text: string | null) => void;
}) {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const registrations = useRegistrations(event.id);
  const refresh = useRefreshEvents();
  const [declining, setDeclining] = useState<Registration | null>(null);
  const [note, setNote] = useState('');

  const decide = async (
    registration: Registration,
    decision: 'approve' | 'decline',
    decisionNote?: string,
  ) => {
    try {
      onError(null);
      await unwrap(
        api.POST('/api/v1/event-registrations/{id}/decision', {
          params: { path: { id: registration.id } },
          body: { decision, ...(decisionNote ? { note: decisionNote } : {}) },
        }),
      );
      await refresh();
    } catch (e) {
      onError(problemText(t, e));
    }
  };

  if (registrations.error) {
    return <ErrorState error={registrations.error} onRetry={() => void registrations.refetch()} />;
  }
  return (
    <>
      <Table<Registration>
        rowKey="id"
        loading={registrations.isLoading}
        dataSource={registrations.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        data-testid="registrations-table"
        columns={[
          { title: t('organisation'), dataIndex: 'organisationName' },
          {
            title: t('status'),
            dataIndex: 'statusLabel',
            render: (label: string, r) => <Tag color={REGISTRATION_COLOURS[r.status]}>{label}</Tag>,
          },
          {
            title: t('listings'),
            render: (_, r) => r.listings.map((l) => <div key={l.id}>{l.title}</div>),
          },
          {
            title: t('contacts'),
            render: (_, r) =>
              r.attendees.map((a, i) => (
                <div key={i}>
                  {a.name}（{a.title}）{a.mobile ?? ''} {a.email ?? ''}
                </div>
              )),
          },
          {
            title: t('submittedAt'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDateTime(v, locale),
          },
          {
            title: t('actions'),
            render: (_, r) => (
              <Space wrap>
                {(r.status === 'pending' || r.status === 'declined') && (
                  <Button size="small" type="primary" onClick={() => void decide(r, 'approve')}>
                    {t('approve')}
                  </Button>
                )}
                {(r.status === 'pending' || r.status === 'approved') && (
                  <Button size="small" danger onClick={() => setDeclining(r)}>
                    {t('decline')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={declining !== null}
        title={t('declineTitle')}
        okText={t('decline')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: true }}
        onCancel={() => setDeclining(null)}
        onOk={() => {
          const target = declining!;
          setDeclining(null);
          void decide(target, 'decline', note.trim()).then(() => setNote(''));
        }}
      >
        <Form layout="vertical">
          <Form.Item label={t('note')} htmlFor="decline-note">
            <Input.TextArea
              id="decline-note"
              rows={3}
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function RequestsTab({ event }: { event: EventView }) {
  const t = useMessages(eventMessages);
  const requests = useAllRequests(event.id);
  if (requests.error) {
    return <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />;
  }
  const counts = (requests.data ?? []).reduce<Record<string, number>>((acc, r) => {
    acc[r.status] = (acc[r.status] ?? 0) + 1;
    return acc;
  }, {});
  return (
    <Flex vertical gap={8}>
      <Space wrap data-testid="request-counts">
        {(['pending', 'accepted', 'declined', 'cancelled'] as const).map((status) => (
          <Tag key={status} color={REQUEST_COLOURS[status]}>
            {t(`request_${status}` as EventMessageKey)} {counts[status] ?? 0}
          </Tag>
        ))}
      </Space>
      <Table<MeetingRequest>
        rowKey="id"
        loading={requests.isLoading}
        dataSource={requests.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('noRequests') }}
        columns={[
          { title: t('from'), dataIndex: 'fromOrganisationName' },
          { title: t('to'), dataIndex: 'toOrganisationName' },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (status: MeetingRequest['status'], r) => (
              <>
                <Tag color={REQUEST_COLOURS[status]}>
                  {t(`request_${status}` as EventMessageKey)}
                </Tag>
                {r.declineReasonLabel && <div>{r.declineReasonLabel}</div>}
              </>
            ),
          },
          {
            title: t('source'),
            dataIndex: 'source',
            render: (source: string) =>
              source === 'system' ? t('sourceSystem') : t('sourceParticipant'),
          },
          {
            title: t('matchScore'),
            dataIndex: 'matchScore',
            // 0–100, as matching scores it.
            render: (score: number | null) => score ?? '—',
          },
          { title: t('note'), dataIndex: 'note' },
        ]}
      />
    </Flex>
  );
}

const ACTION_ORDER: EventView['actions'] = [
  'open',
  'close_registration',
  'reopen_registration',
  'start',
  'finish',
];

/** The organiser's console: state changes, registrations, requests, the schedule. */
export default function EventConsolePage() {
  const { id = '' } = useParams();
  const t = useMessages(eventMessages);
  const tp = useMessages(participationMessages);
  const { message } = App.useApp();
  const event = useEvent(id);
  const refresh = useRefreshEvents();
  const [error, setError] = useState<string | null>(null);
  // A failed background refetch keeps the page it has (a check-in desk must not go blank);
  // only a first load that failed shows the error.
  if (event.error && !event.data)
    return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  if (!event.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const e = event.data;
  if (!e.canManage) return <ErrorState error={new ApiError(403, 'NOT_EVENT_ORGANISER', '')} />;

  const act = async (action: EventView['actions'][number]) => {
    try {
      setError(null);
      const next = await transition(e.id, action);
      message.success(next.statusLabel);
      await refresh();
    } catch (err) {
      setError(problemText(t, err));
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('consoleTitle')}：<Link to={`/events/${e.id}`}>{e.title}</Link>
      </Typography.Title>
      <Space wrap>
        <Tag color={STATUS_COLOURS[e.status]} data-testid="event-status">
          {e.statusLabel}
        </Tag>
        <span>{t('placesValue', { approved: e.approvedCount, capacity: e.capacity })}</span>
      </Space>
      <Space wrap>
        {ACTION_ORDER.filter((a) => e.actions.includes(a)).map((action) =>
          action === 'finish' ? (
            <Popconfirm
              key={action}
              title={`${t('action_finish')}?`}
              okText={t('confirm')}
              cancelText={t('cancel')}
              onConfirm={() => void act(action)}
            >
              <Button>{t('action_finish')}</Button>
            </Popconfirm>
          ) : (
            <Button
              key={action}
              type={action === 'open' || action === 'close_registration' ? 'primary' : 'default'}
              onClick={() => void act(action)}
            >
              {t(`action_${action}` as EventMessageKey)}
            </Button>
          ),
        )}
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
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error}
          closable
          onClose={() => setError(null)}
          data-testid="console-error"
        />
      )}
      <Tabs
        items={[
          {
            key: 'registrations',
            label: t('tabRegistrations'),
            children: <RegistrationsTab event={e} onError={setError} />,
          },
          {
            key: 'invitees',
            label: tp('tabInvitees'),
            children: <SuggestedInviteesTab event={e} />,
          },
          { key: 'requests', label: t('tabRequests'), children: <RequestsTab event={e} /> },
          { key: 'schedule', label: t('tabSchedule'), children: <ScheduleTab event={e} /> },
          { key: 'report', label: t('rep_tab'), children: <ReportTab event={e} /> },
        ]}
      />
    </Flex>
  );
}
