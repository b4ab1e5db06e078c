import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Skeleton,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { formatDateTime, formatPassCode, slotLabel } from './event-format';
import { problemText } from './problem-text';
import { REQUEST_COLOURS } from './EventConsolePage';
import { eventMessages, type EventMessageKey } from './messages';
import { TONE } from '../components/tag-colours';
import { QrCode } from './QrCode';
import { AgendaTab } from './AgendaTab';
import { ParticipantDirectory } from './ParticipantDirectory';
import {
  useEvent,
  useMyRequests,
  usePasses,
  useRefreshEvents,
  useRegistration,
  type EventView,
  type MeetingRequest,
  type DeclineReason,
  type Registration,
} from './use-events';

const DECLINE_REASONS: { value: DeclineReason; zh: string; en: string }[] = [
  { value: 'not_relevant', zh: '方向不匹配', en: 'Not relevant' },
  { value: 'no_capacity', zh: '洽谈名额已满', en: 'No meeting capacity left' },
  { value: 'already_in_contact', zh: '已有联系渠道', en: 'Already in contact' },
  { value: 'timing', zh: '时间不合适', en: 'Timing' },
  { value: 'other', zh: '其他', en: 'Other' },
];

function useAct() {
  const t = useMessages(eventMessages);
  const { message } = App.useApp();
  const refresh = useRefreshEvents();
  return async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) message.success(done);
      await refresh();
      return true;
    } catch (e) {
      message.error(problemText(t, e));
      return false;
    }
  };
}

function RequestsTab({ me }: { me: Registration }) {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const act = useAct();
  const requests = useMyRequests(me.id);
  const [declining, setDeclining] = useState<MeetingRequest | null>(null);
  const [form] = Form.useForm<{ reason: DeclineReason; note?: string }>();
  if (requests.error)
    return <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />;
  if (!requests.data) return <Skeleton active />;
  const received = requests.data.filter((r) => r.toRegistrationId === me.id);
  const sent = requests.data.filter((r) => r.fromRegistrationId === me.id);
  const answer = (
    r: MeetingRequest,
    body: { answer: 'accept' | 'decline'; reason?: DeclineReason; note?: string },
  ) =>
    act(
      () =>
        unwrap(
          api.POST('/api/v1/meeting-requests/{id}/answer', {
            params: { path: { id: r.id } },
            body,
          }),
        ),
      t('answered'),
    );

  const row = (r: MeetingRequest, incoming: boolean) => (
    <List.Item data-testid={incoming ? 'received-request' : 'sent-request'}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>
            {incoming ? r.fromOrganisationName : r.toOrganisationName}
          </Typography.Text>
          <Tag color={REQUEST_COLOURS[r.status]}>{t(`request_${r.status}` as EventMessageKey)}</Tag>
          {r.source === 'system' && <Tag>{t('sourceSystem')}</Tag>}
          {r.matchScore != null && (
            <Tag color={TONE.blue}>
              {t('matchScore')} {Math.round(r.matchScore * 100)}
            </Tag>
          )}
        </Space>
        {r.reasons.length > 0 && (
          <Typography.Text type="secondary">
            {t('reasons')}：{r.reasons.map((x) => (locale === 'zh-CN' ? x.zh : x.en)).join('；')}
          </Typography.Text>
        )}
        {r.note && <Typography.Text>{r.note}</Typography.Text>}
        {r.declineReasonLabel && (
          <Typography.Text type="secondary">
            {t('declineReason')}：{r.declineReasonLabel}
            {r.declineNote ? `（${r.declineNote}）` : ''}
          </Typography.Text>
        )}
        {r.status === 'pending' && (
          <Space wrap>
            {incoming ? (
              <>
                <Button
                  type="primary"
                  size="small"
                  onClick={() => void answer(r, { answer: 'accept' })}
                >
                  {t('accept')}
                </Button>
                <Button size="small" onClick={() => setDeclining(r)}>
                  {t('declineRequest')}
                </Button>
              </>
            ) : (
              <Button
                size="small"
                onClick={() =>
                  void act(() =>
                    unwrap(
                      api.POST('/api/v1/meeting-requests/{id}/cancel', {
                        params: { path: { id: r.id } },
                      }),
                    ),
                  )
                }
              >
                {t('cancelRequest')}
              </Button>
            )}
          </Space>
        )}
      </Flex>
    </List.Item>
  );

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('received')}>
        {received.length === 0 ? (
          <Empty description={t('noRequests')} />
        ) : (
          <List dataSource={received} renderItem={(r) => row(r, true)} />
        )}
      </Card>
      <Card size="small" title={t('sent')}>
        {sent.length === 0 ? (
          <Empty description={t('noRequests')} />
        ) : (
          <List dataSource={sent} renderItem={(r) => row(r, false)} />
        )}
      </Card>
      <Modal
        open={declining !== null}
        title={t('declineRequestTitle', { org: declining?.fromOrganisationName ?? '' })}
        okText={t('declineRequest')}
        cancelText={t('cancel')}
        onCancel={() => setDeclining(null)}
        onOk={() =>
          void form.validateFields().then(async (values) => {
            const ok = await answer(declining!, {
              answer: 'decline',
              reason: values.reason,
              ...(values.note?.trim() ? { note: values.note.trim() } : {}),
            });
            if (ok) {
              setDeclining(null);
              form.resetFields();
            }
          })
        }
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('declineReason')}
            rules={[{ required: true, message: t('reasonRequired') }]}
          >
            <Select
              options={DECLINE_REASONS.map((r) => ({
                value: r.value,
                label: locale === 'zh-CN' ? r.zh : r.en,
              }))}
            />
          </Form.Item>
          <Form.Item name="note" label={t('note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}

function AvailabilityTab({ me, event }: { me: Registration; event: EventView }) {
  const t = useMessages(eventMessages);
  const act = useAct();
  const [unavailable, setUnavailable] = useState<number[]>(me.unavailableSlots);
  const [cap, setCap] = useState<number | null>(me.meetingCap);
  const byDay = new Map<string, EventView['slots']>();
  for (const slot of event.slots) byDay.set(slot.date, [...(byDay.get(slot.date) ?? []), slot]);
  return (
    <Flex vertical gap={16}>
      <Typography.Text strong>{t('unavailableSlots')}</Typography.Text>
      <Checkbox.Group value={unavailable} onChange={(values) => setUnavailable(values)}>
        <Flex vertical gap={8}>
          {[...byDay.entries()].map(([date, slots]) => (
            <fieldset key={date} style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontWeight: 600, fontSize: 14 }}>{date}</legend>
              <Space size={[8, 4]} wrap>
                {slots.map((slot) => (
                  <Checkbox key={slot.index} value={slot.index} aria-label={slotLabel(slot)}>
                    {slot.start}–{slot.end}
                  </Checkbox>
                ))}
              </Space>
            </fieldset>
          ))}
        </Flex>
      </Checkbox.Group>
      <Form layout="vertical">
        <Form.Item
          label={t('meetingCap')}
          htmlFor="meeting-cap"
          extra={t('meetingCapHint', { n: event.defaultMeetingCap })}
        >
          <InputNumber
            id="meeting-cap"
            min={0}
            max={100}
            precision={0}
            value={cap}
            onChange={(v) => setCap(v ?? null)}
          />
        </Form.Item>
      </Form>
      <Button
        type="primary"
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          void act(
            () =>
              unwrap(
                api.PUT('/api/v1/event-registrations/{id}/availability', {
                  params: { path: { id: me.id } },
                  body: { unavailableSlots: unavailable, meetingCap: cap },
                }),
              ),
            t('availabilitySaved'),
          )
        }
      >
        {t('save')}
      </Button>
    </Flex>
  );
}

function PassesTab({ me }: { me: Registration }) {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const passes = usePasses(me.id, me.status === 'approved');
  if (passes.error)
    return <ErrorState error={passes.error} onRetry={() => void passes.refetch()} />;
  if (!passes.data) return <Skeleton active />;
  if (passes.data.length === 0) return <Empty description={t('passesEmpty')} />;
  return (
    <Flex wrap gap={16}>
      {passes.data.map((pass) => (
        <Card
          key={pass.attendeeIndex}
          size="small"
          title={pass.attendeeName}
          style={{ width: 260 }}
          data-testid="pass"
        >
          <Flex vertical align="center" gap={8}>
            <QrCode
              value={pass.token}
              label={t('qrLabel', { name: pass.attendeeName })}
              size={220}
            />
            <Typography.Text>
              {t('passCode')}：
              <Typography.Text strong copyable={{ text: pass.code }} data-testid="pass-code">
                {formatPassCode(pass.code)}
              </Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('expiresAt', { time: formatDateTime(pass.expiresAt, locale) })}
            </Typography.Text>
            {pass.checkedInAt && (
              <Tag color={TONE.green}>
                {t('passCheckedIn', { time: formatDateTime(pass.checkedInAt, locale) })}
              </Tag>
            )}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}

/** A participant's workspace for one event: participants, requests, agenda, availability, passes. */
export default function ParticipantPage() {
  const { id = '' } = useParams();
  // A notice's deep link names the tab to open, e.g. #agenda.
  const { hash } = useLocation();
  const t = useMessages(eventMessages);
  const registration = useRegistration(id);
  const event = useEvent(registration.data?.eventId);
  const error = registration.error ?? event.error;
  if (error) return <ErrorState error={error} onRetry={() => void registration.refetch()} />;
  if (!registration.data || !event.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const me = registration.data;
  const e = event.data;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('workspaceTitle')}：<Link to={`/events/${e.id}`}>{e.title}</Link>
      </Typography.Title>
      <Space wrap>
        <span>{me.organisationName}</span>
        <Tag
          color={me.status === 'approved' ? TONE.green : TONE.gold}
          data-testid="registration-status"
        >
          {me.statusLabel}
        </Tag>
        <Tag>{e.statusLabel}</Tag>
      </Space>
      {me.status === 'pending' && <Alert type="info" showIcon title={t('pendingApproval')} />}
      {me.status === 'declined' && (
        <Alert type="warning" showIcon title={t('declinedNotice')} description={me.decisionNote} />
      )}
      {me.status === 'withdrawn' && <Alert type="warning" showIcon title={t('withdrawnNotice')} />}
      {me.status === 'approved' && (
        <Tabs
          tabBarGutter={12}
          defaultActiveKey={hash === '#agenda' ? 'agenda' : undefined}
          items={[
            {
              key: 'participants',
              label: t('tabParticipants'),
              children: <ParticipantDirectory me={me} />,
            },
            { key: 'requests', label: t('tabMyRequests'), children: <RequestsTab me={me} /> },
            { key: 'agenda', label: t('tabAgenda'), children: <AgendaTab me={me} /> },
            {
              key: 'availability',
              label: t('tabAvailability'),
              children: <AvailabilityTab me={me} event={e} />,
            },
            { key: 'passes', label: t('tabPasses'), children: <PassesTab me={me} /> },
          ]}
        />
      )}
    </Flex>
  );
}
