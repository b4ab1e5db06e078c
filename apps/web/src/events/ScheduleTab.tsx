import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Empty,
  Flex,
  Form,
  Modal,
  Popconfirm,
  Progress,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { useMessages } from '../i18n/messages';
import { slotLabel } from './event-format';
import { problemText } from './problem-text';
import { eventMessages } from './messages';
import { TONE } from '../components/tag-colours';
import {
  useRefreshEvents,
  useSchedule,
  useScheduleRuns,
  type EventView,
  type Meeting,
  type ScheduleRun,
} from './use-events';

type Slot = EventView['slots'][number];

function MeetingButton({ meeting, onClick }: { meeting: Meeting; onClick: () => void }) {
  const t = useMessages(eventMessages);
  return (
    <Button
      size="small"
      type={meeting.published ? 'default' : 'dashed'}
      onClick={onClick}
      style={{ height: 'auto', whiteSpace: 'normal', textAlign: 'left', width: '100%' }}
      data-testid="grid-meeting"
      aria-label={`${t('move')}：${meeting.organisationAName} × ${meeting.organisationBName}`}
    >
      <span>
        {meeting.organisationAName} × {meeting.organisationBName}
        {meeting.pinned && (
          <Tag color={TONE.blue} style={{ marginLeft: 4 }}>
            {t('pinned')}
          </Tag>
        )}
      </span>
    </Button>
  );
}

function MoveDialog({
  event,
  meeting,
  onClose,
}: {
  event: EventView;
  meeting: Meeting;
  onClose: () => void;
}) {
  const t = useMessages(eventMessages);
  const { message } = App.useApp();
  const refresh = useRefreshEvents();
  const [slot, setSlot] = useState(meeting.slot);
  const [tableIndex, setTableIndex] = useState<number | null>(meeting.tableIndex);
  const [pinned, setPinned] = useState(meeting.pinned);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.PATCH('/api/v1/events/{id}/meetings/{meetingId}', {
          params: { path: { id: event.id, meetingId: meeting.id } },
          body: {
            ...(slot !== meeting.slot ? { slot } : {}),
            ...(tableIndex !== null && tableIndex !== meeting.tableIndex ? { tableIndex } : {}),
            ...(pinned !== meeting.pinned ? { pinned } : {}),
          },
        }),
      );
      message.success(t('moved'));
      await refresh();
      onClose();
    } catch (e) {
      setError(problemText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const mark = async (status: 'held' | 'no_show') => {
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/events/{id}/meetings/{meetingId}/status', {
          params: { path: { id: event.id, meetingId: meeting.id } },
          body: { status },
        }),
      );
      message.success(t('statusSaved'));
      await refresh();
      onClose();
    } catch (e) {
      setError(problemText(t, e));
    }
  };

  return (
    <Modal
      open
      title={t('moveTitle', { a: meeting.organisationAName, b: meeting.organisationBName })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="move-error"
        />
      )}
      {meeting.published && (event.status === 'published' || event.status === 'running') && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Tag>{meeting.statusLabel}</Tag>
          {(['held', 'no_show'] as const).map((status) => (
            <Button
              key={status}
              size="small"
              disabled={meeting.status === status}
              onClick={() => void mark(status)}
            >
              {status === 'held' ? t('markHeld') : t('markNoShow')}
            </Button>
          ))}
        </Space>
      )}
      <Form layout="vertical">
        <Form.Item label={t('moveSlot')} htmlFor="move-slot">
          <Select
            id="move-slot"
            value={slot}
            onChange={setSlot}
            options={event.slots.map((s) => ({ value: s.index, label: slotLabel(s) }))}
          />
        </Form.Item>
        {!meeting.online && (
          <Form.Item label={t('moveTable')} htmlFor="move-table">
            <Select
              id="move-table"
              value={tableIndex ?? undefined}
              onChange={setTableIndex}
              options={event.tables.map((table, index) => ({
                value: index,
                label: table.name,
                disabled: table.online,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item label={t('pin')} htmlFor="move-pin">
          <Switch id="move-pin" checked={pinned} onChange={setPinned} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Slots down, tables across; online meetings in their own column. */
function ScheduleGrid({
  event,
  meetings,
  onPick,
}: {
  event: EventView;
  meetings: Meeting[];
  onPick: (m: Meeting) => void;
}) {
  const t = useMessages(eventMessages);
  const at = new Map<string, Meeting>();
  const online = new Map<number, Meeting[]>();
  for (const m of meetings) {
    if (m.status === 'cancelled') continue;
    if (m.tableIndex === null) online.set(m.slot, [...(online.get(m.slot) ?? []), m]);
    else at.set(`${m.slot}:${m.tableIndex}`, m);
  }
  const usedTables = event.tables
    .map((table, index) => ({ table, index }))
    .filter(({ table, index }) => !table.online || meetings.some((m) => m.tableIndex === index));
  const hasOnline = online.size > 0;
  return (
    <Table<Slot>
      rowKey="index"
      size="small"
      bordered
      pagination={false}
      dataSource={event.slots}
      scroll={{ x: 160 + 150 * (usedTables.length + (hasOnline ? 1 : 0)) }}
      data-testid="schedule-grid"
      columns={[
        {
          title: t('slot'),
          key: 'slot',
          fixed: 'left',
          width: 120,
          render: (_, s) => `${s.date.slice(5)} ${s.start}`,
        },
        ...usedTables.map(({ table, index }) => ({
          title: table.name,
          key: `table-${index}`,
          width: 150,
          render: (_: unknown, s: Slot) => {
            const m = at.get(`${s.index}:${index}`);
            return m ? <MeetingButton meeting={m} onClick={() => onPick(m)} /> : null;
          },
        })),
        ...(hasOnline
          ? [
              {
                title: t('onlineColumn'),
                key: 'online',
                width: 150,
                render: (_: unknown, s: Slot) => (
                  <Flex vertical gap={4}>
                    {(online.get(s.index) ?? []).map((m) => (
                      <MeetingButton key={m.id} meeting={m} onClick={() => onPick(m)} />
                    ))}
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

const RUN_PHASES = [
  'queued',
  'loading',
  'seeding',
  'filling',
  'chains',
  'exchanges',
  'fairness',
  'compacting',
  'baseline',
  'saving',
  'done',
] as const;
type RunPhase = (typeof RUN_PHASES)[number];
const isRunPhase = (phase: string): phase is RunPhase => RUN_PHASES.some((p) => p === phase);

/** The latest run: a progress bar while it is queued or running, its figures once done. */
function RunStatus({ run }: { run: ScheduleRun }) {
  const t = useMessages(eventMessages);
  if (run.state === 'queued' || run.state === 'running') {
    const phase = isRunPhase(run.phase) ? t(`runPhase_${run.phase}`) : run.phase;
    return (
      <div data-testid="run-progress" aria-live="polite">
        <Typography.Text>
          {t('runProgress')}：{phase}
        </Typography.Text>
        <Progress percent={run.progress} status="active" aria-label={t('runProgress')} />
      </div>
    );
  }
  if (run.state === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('runFailed', { error: run.error ?? '' })}
        data-testid="run-failed"
      />
    );
  }
  const figures = run.figures;
  if (!figures) return null;
  return (
    <Descriptions
      title={t('runFigures')}
      bordered
      size="small"
      column={{ xs: 1, sm: 2, md: 3 }}
      data-testid="run-figures"
      items={[
        { key: 'p', label: t('participants'), children: figures.participants },
        { key: 'pairs', label: t('pairsToMeet'), children: figures.pairsToMeet },
        { key: 'm', label: t('meetings'), children: figures.meetings },
        { key: 'k', label: t('kept'), children: figures.kept },
        { key: 'w', label: t('withoutMeeting'), children: figures.withoutMeeting },
        { key: 'i', label: t('idleSlots'), children: figures.idleSlots },
        { key: 't', label: t('solverTime'), children: t('ms', { n: figures.totalMs }) },
      ]}
    />
  );
}

/** Run the scheduler (a queued job, polled), read its figures, adjust the grid, publish. */
export function ScheduleTab({ event }: { event: EventView }) {
  const t = useMessages(eventMessages);
  const { message } = App.useApp();
  const refresh = useRefreshEvents();
  const schedule = useSchedule(event.id);
  const runs = useScheduleRuns(event.id);
  const latest = runs.data?.[0];
  const active = latest?.state === 'queued' || latest?.state === 'running';
  const [shownRunId, setShownRunId] = useState<string | null>(null);
  const [replan, setReplan] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [moving, setMoving] = useState<Meeting | null>(null);
  const canRun = ['scheduling', 'published', 'running'].includes(event.status);
  const meetings = schedule.data ?? [];
  const unpublished = meetings.some((m) => !m.published && m.status !== 'cancelled');
  // Once the run this page started has finished, the grid and the event reload.
  const finishedRun = latest && !active && latest.id === shownRunId ? latest.id : null;
  const reloaded = useRef<string | null>(null);
  useEffect(() => {
    if (finishedRun && reloaded.current !== finishedRun) {
      reloaded.current = finishedRun;
      void refresh();
    }
  }, [finishedRun, refresh]);

  const build = async () => {
    setBusy(true);
    setError(null);
    try {
      const run = await unwrap(
        api.POST('/api/v1/events/{id}/schedule/runs', {
          params: { path: { id: event.id } },
          body: replan ? { replan } : {},
        }),
      );
      setShownRunId(run.id);
      await runs.refetch();
    } catch (e) {
      setError(problemText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    try {
      setError(null);
      await unwrap(
        api.POST('/api/v1/events/{id}/schedule/publish', { params: { path: { id: event.id } } }),
      );
      message.success(t('published'));
      await refresh();
    } catch (e) {
      setError(problemText(t, e));
    }
  };

  return (
    <Flex vertical gap={16}>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error}
          closable
          onClose={() => setError(null)}
        />
      )}
      <Space wrap>
        <Button
          type="primary"
          disabled={!canRun || active}
          loading={busy || active}
          onClick={() => void build()}
        >
          {meetings.length ? t('rerun') : t('runScheduler')}
        </Button>
        {event.schedulePublishedAt && (
          <Checkbox checked={replan} onChange={(e) => setReplan(e.target.checked)}>
            {t('replan')}
          </Checkbox>
        )}
        {meetings.length > 0 && (unpublished || !event.schedulePublishedAt) && (
          <Popconfirm
            title={t('publishConfirm')}
            okText={t('confirm')}
            cancelText={t('cancel')}
            onConfirm={() => void publish()}
          >
            <Button>{t('publish')}</Button>
          </Popconfirm>
        )}
        {event.schedulePublishedAt && !unpublished && (
          <Tag color={TONE.blue}>{event.statusLabel}</Tag>
        )}
      </Space>
      {latest && (shownRunId === latest.id || active) && <RunStatus run={latest} />}
      {schedule.error ? null : meetings.length === 0 ? (
        <Empty description={t('noSchedule')} />
      ) : (
        <ScheduleGrid event={event} meetings={meetings} onPick={setMoving} />
      )}
      {moving && <MoveDialog event={event} meeting={moving} onClose={() => setMoving(null)} />}
    </Flex>
  );
}
