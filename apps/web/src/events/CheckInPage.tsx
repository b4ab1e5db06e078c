import { ScanOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, List, Skeleton, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { NetworkError, unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { formatDateTime, formatTime } from './event-format';
import { problemText } from './problem-text';
import { eventMessages } from './messages';
import { QrScanner, type ScanFeedback } from './QrScanner';
import { looksLikePass, RepeatFilter } from './scan-filter';
import { useAgenda, useEvent, type CheckIn } from './use-events';
import { WalkInPanel } from './WalkInPanel';

/** A pass still in front of the camera is not submitted again until it has been away this long. */
const REPEAT_QUIET_MS = 4000;

/**
 * The door: type the 8-character code or scan the pass's QR code (a hand scanner types the
 * token into the field and presses Enter; 扫码签到 reads it with the device camera, one
 * attendee after another). Long input is a token, short input a code.
 */
export default function CheckInPage() {
  const { id = '' } = useParams();
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const event = useEvent(id);
  const input = useRef<InputRef>(null);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CheckIn | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recent, setRecent] = useState<CheckIn[]>([]);
  const [scanning, setScanning] = useState(false);
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);
  const sending = useRef(false);
  const [repeats] = useState(() => new RepeatFilter(REPEAT_QUIET_MS));

  // A failed background refetch keeps the page it has (a check-in desk must not go blank);
  // only a first load that failed shows the error.
  if (event.error && !event.data)
    return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  if (!event.data) return <Skeleton active />;

  /** The check-in call; `scanned` is the token when the camera read it. */
  const checkIn = async (body: { token: string } | { code: string }, scanned?: string) => {
    sending.current = true;
    setBusy(true);
    setError(null);
    setResult(null);
    if (scanned) setFeedback({ tone: 'info', text: t('scanChecking') });
    try {
      const done = await unwrap(
        api.POST('/api/v1/events/{id}/check-ins', { params: { path: { id } }, body }),
      );
      setResult(done);
      setRecent((list) => [done, ...list].slice(0, 20));
      if (scanned) {
        const label = done.alreadyCheckedIn ? t('alreadyCheckedIn') : t('checkedIn');
        setFeedback({
          tone: done.alreadyCheckedIn ? 'warning' : 'success',
          text: `${label}：${done.organisationName} · ${done.attendeeName}`,
        });
      }
      return true;
    } catch (e) {
      const text = problemText(t, e);
      if (scanned) {
        setFeedback({ tone: 'error', text });
        // The pass is fine, the network was not: the next sighting tries again.
        if (e instanceof NetworkError) repeats.forget(scanned);
      } else setError(text);
      return false;
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  const submit = async () => {
    const typed = value.trim();
    if (!typed) return;
    const body = typed.length > 12 ? { token: typed } : { code: typed };
    if (await checkIn(body)) setValue('');
    input.current?.focus();
  };

  /** Every code the camera decodes, ~9 times a second: each pass once, one at a time. */
  const scanned = (text: string) => {
    if (!repeats.fresh(text, performance.now())) return;
    if (sending.current) {
      // Someone else's pass while a check-in is under way: counted at its next sighting.
      repeats.forget(text);
      return;
    }
    if (!looksLikePass(text)) {
      setResult(null);
      setFeedback({ tone: 'error', text: t('scanNotPass') });
      return;
    }
    void checkIn({ token: text.trim() }, text);
  };

  const closeScanner = () => {
    setScanning(false);
    setFeedback(null);
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 560 }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('checkInTitle')}
      </Typography.Title>
      <Link to={`/events/${id}/manage`}>{event.data.title}</Link>
      <Typography.Text type="secondary">{t('checkInHint')}</Typography.Text>
      {scanning ? (
        <QrScanner onText={scanned} feedback={feedback} onClose={closeScanner} />
      ) : (
        <Button size="large" icon={<ScanOutlined />} onClick={() => setScanning(true)} block>
          {t('scanOpen')}
        </Button>
      )}
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label={t('checkInField')} htmlFor="check-in-code">
          <Input
            id="check-in-code"
            ref={input}
            size="large"
            autoFocus={!scanning}
            autoComplete="off"
            autoCapitalize="characters"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </Form.Item>
        <Button type="primary" size="large" htmlType="submit" loading={busy} block>
          {t('checkInButton')}
        </Button>
      </Form>
      {result && (
        <Alert
          data-testid="check-in-result"
          // While scanning, the scanner's own live line announces the outcome.
          role={scanning ? undefined : 'status'}
          showIcon
          type={result.alreadyCheckedIn ? 'warning' : 'success'}
          title={
            <span style={{ fontSize: 20, fontWeight: 600 }}>
              {result.alreadyCheckedIn ? t('alreadyCheckedIn') : t('checkedIn')}：
              {result.organisationName} · {result.attendeeName}
            </span>
          }
          description={
            <>
              {result.alreadyCheckedIn
                ? t('firstCheckedInAt', { time: formatDateTime(result.checkedInAt, locale) })
                : t('checkedInAt', { time: formatDateTime(result.checkedInAt, locale) })}
              <PersonMeetings checkIn={result} />
            </>
          }
        />
      )}
      {error && (
        <Alert data-testid="check-in-error" role="alert" showIcon type="error" title={error} />
      )}
      {recent.length > 0 && (
        <List
          header={t('recentCheckIns')}
          size="small"
          bordered
          dataSource={recent}
          renderItem={(c) => (
            <List.Item>
              {c.organisationName} · {c.attendeeName}（
              {c.alreadyCheckedIn ? t('alreadyCheckedIn') : t('checkedIn')}）
            </List.Item>
          )}
        />
      )}
      {(event.data.status === 'running' || event.data.status === 'published') && (
        <WalkInPanel eventId={id} />
      )}
    </Flex>
  );
}

/** The checked-in attendee's meetings (not cancelled), so the desk can point the way. */
function PersonMeetings({ checkIn }: { checkIn: CheckIn }) {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const agenda = useAgenda(checkIn.registrationId);
  if (agenda.isPending) return <Skeleton active paragraph={{ rows: 1 }} title={false} />;
  if (agenda.error) return <div>{t('personMeetingsFailed')}</div>;
  const mine = agenda.data
    .filter((m) => m.status !== 'cancelled')
    .filter((m) =>
      m.registrationAId === checkIn.registrationId
        ? m.attendeeA === checkIn.attendeeName
        : m.attendeeB === checkIn.attendeeName,
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <div data-testid="check-in-meetings" style={{ marginTop: 8 }}>
      <strong>{t('personMeetings')}</strong>
      {mine.length === 0 ? (
        <div>{t('personNoMeetings')}</div>
      ) : (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {mine.map((m) => {
            const own = m.registrationAId === checkIn.registrationId;
            return (
              <li key={m.id}>
                {formatTime(m.startsAt, locale)}–{formatTime(m.endsAt, locale)} ·{' '}
                {m.online ? t('meetingOnline') : (m.tableName ?? '')} ·{' '}
                {t('meetingWith', {
                  organisation: own ? m.organisationBName : m.organisationAName,
                  person: own ? m.attendeeB : m.attendeeA,
                })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
