import {
  App,
  Button,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Radio,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { formatDateTime, formatTime } from './event-format';
import { eventMessages, type EventMessageKey } from './messages';
import { participationMessages } from './participation-messages';
import { problemText } from './problem-text';
import { TONE } from '../components/tag-colours';
import {
  downloadAgendaIcs,
  downloadMeetingIcs,
  useAgenda,
  useAgendaOutcomes,
  useRefreshEvents,
  type AgendaOutcome,
  type Meeting,
  type Registration,
} from './use-events';

type OutcomeKind = Schemas['MeetingOutcomeDto']['outcome'];
type SideOutcome = NonNullable<AgendaOutcome['mine']>;
const OUTCOMES: OutcomeKind[] = ['no_fit', 'follow_up', 'intent'];

/**
 * The participant's agenda (phone-sized): each meeting with its place, an ICS file of its own,
 * the outcome both sides recorded (the other side's once ours is in) and recording ours.
 */
export function AgendaTab({ me }: { me: Registration }) {
  const t = useMessages(eventMessages);
  const tp = useMessages(participationMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const agenda = useAgenda(me.id);
  const outcomes = useAgendaOutcomes(me.id);
  const refresh = useRefreshEvents();
  const [recording, setRecording] = useState<Meeting | null>(null);
  const [form] = Form.useForm<{ outcome: OutcomeKind; amountWan?: number; note?: string }>();
  const outcome = Form.useWatch('outcome', form);
  if (agenda.error)
    return <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />;
  if (!agenda.data) return <Skeleton active />;
  const meetings = agenda.data.filter((m) => m.status !== 'cancelled' || m.published);
  const outcomeOf = new Map((outcomes.data ?? []).map((o) => [o.meetingId, o]));
  const describe = (side: SideOutcome) =>
    side.outcome === 'intent' && side.amountWan !== null
      ? `${t(`out_${side.outcome}` as EventMessageKey)}（${tp('amountValue', { amount: side.amountWan })}）`
      : t(`out_${side.outcome}` as EventMessageKey);
  const download = (work: Promise<void>) =>
    void work.catch((e: unknown) => message.error(problemText(t, e)));

  const startRecording = (m: Meeting) => {
    const mine = outcomeOf.get(m.id)?.mine;
    form.setFieldsValue(
      mine
        ? {
            outcome: mine.outcome,
            amountWan: mine.amountWan ?? undefined,
            note: mine.note ?? undefined,
          }
        : { outcome: undefined, amountWan: undefined, note: undefined },
    );
    setRecording(m);
  };

  const save = async (values: { outcome: OutcomeKind; amountWan?: number; note?: string }) => {
    try {
      await unwrap(
        api.PUT('/api/v1/event-meetings/{id}/outcome', {
          params: { path: { id: recording!.id } },
          body: {
            registrationId: me.id,
            outcome: values.outcome,
            ...(values.outcome === 'intent' && values.amountWan != null
              ? { amountWan: values.amountWan }
              : {}),
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          },
        }),
      );
      message.success(t('outcomeSaved'));
      setRecording(null);
      form.resetFields();
      await refresh();
    } catch (e) {
      message.error(problemText(t, e));
    }
  };

  return (
    <Flex vertical gap={12}>
      {meetings.length === 0 ? (
        <Empty description={t('agendaEmpty')} />
      ) : (
        <>
          <Button
            onClick={() => download(downloadAgendaIcs(me.id))}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('downloadIcs')}
          </Button>
          <List
            dataSource={meetings}
            data-testid="agenda"
            renderItem={(m) => {
              const mine = m.registrationAId === me.id;
              const recorded = outcomeOf.get(m.id);
              const open = m.published && m.status !== 'cancelled' && m.status !== 'no_show';
              return (
                <List.Item data-testid="agenda-meeting">
                  <Flex vertical gap={2} style={{ width: '100%' }}>
                    <Typography.Text strong>
                      {formatDateTime(m.startsAt, locale)}–{formatTime(m.endsAt, locale)}
                    </Typography.Text>
                    <span>
                      {t('with')}：{mine ? m.organisationBName : m.organisationAName}（
                      {mine ? m.attendeeB : m.attendeeA}）
                    </span>
                    <span>
                      {t('where')}：
                      {m.online && m.videoLink ? (
                        <a href={m.videoLink} target="_blank" rel="noreferrer">
                          {t('videoLink')}
                        </a>
                      ) : (
                        (m.tableName ?? '—')
                      )}
                    </span>
                    {m.status !== 'scheduled' && (
                      <span>
                        <Tag>{m.statusLabel}</Tag>
                      </span>
                    )}
                    {recorded && (recorded.mine || recorded.theirsRecorded) && (
                      <Flex vertical gap={2} data-testid="meeting-outcomes">
                        {recorded.mine && (
                          <span>
                            {tp('myOutcome')}：
                            <Tag color={TONE.green}>{describe(recorded.mine)}</Tag>
                            {recorded.mine.note && (
                              <Typography.Text type="secondary">
                                {recorded.mine.note}
                              </Typography.Text>
                            )}
                          </span>
                        )}
                        <span>
                          {tp('theirOutcome')}：
                          {recorded.theirs ? (
                            <Tag color={TONE.blue}>{describe(recorded.theirs)}</Tag>
                          ) : (
                            <Typography.Text type="secondary">
                              {recorded.theirsRecorded ? tp('theirsHidden') : tp('theirsPending')}
                            </Typography.Text>
                          )}
                        </span>
                      </Flex>
                    )}
                    <Space wrap style={{ marginTop: 4 }}>
                      {open && (
                        <Button size="small" onClick={() => startRecording(m)}>
                          {recorded?.mine ? tp('changeOutcome') : t('recordOutcome')}
                        </Button>
                      )}
                      {m.published && (
                        <Button
                          size="small"
                          onClick={() => download(downloadMeetingIcs(me.id, m.id))}
                        >
                          {tp('downloadMeetingIcs')}
                        </Button>
                      )}
                    </Space>
                  </Flex>
                </List.Item>
              );
            }}
          />
        </>
      )}
      <Modal
        open={recording !== null}
        forceRender
        title={t('recordOutcome')}
        okText={t('save')}
        cancelText={t('cancel')}
        onCancel={() => setRecording(null)}
        onOk={() => void form.validateFields().then(save)}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="outcome"
            label={t('outcome')}
            rules={[{ required: true, message: t('required', { field: t('outcome') }) }]}
          >
            <Radio.Group
              options={OUTCOMES.map((value) => ({
                value,
                label: t(`out_${value}` as EventMessageKey),
              }))}
            />
          </Form.Item>
          {outcome === 'intent' && (
            <Form.Item name="amountWan" label={t('amountWan')}>
              <InputNumber min={0} max={10_000_000} style={{ width: 200 }} />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
