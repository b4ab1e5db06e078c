import { Alert, Button, Flex, Form, Input, List, Skeleton, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { formatDateTime } from './event-format';
import { problemText } from './problem-text';
import { eventMessages } from './messages';
import { useEvent, type CheckIn } from './use-events';
import { WalkInPanel } from './WalkInPanel';

/**
 * The door: type the 8-character code or scan the pass's QR code (a hand scanner types the
 * token into the field and presses Enter). Long input is a token, short input a code.
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

  if (event.error) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  if (!event.data) return <Skeleton active />;

  const submit = async () => {
    const typed = value.trim();
    if (!typed) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const body = typed.length > 12 ? { token: typed } : { code: typed };
      const done = await unwrap(
        api.POST('/api/v1/events/{id}/check-ins', { params: { path: { id } }, body }),
      );
      setResult(done);
      setRecent((list) => [done, ...list].slice(0, 20));
      setValue('');
    } catch (e) {
      setError(problemText(t, e));
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 560 }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('checkInTitle')}
      </Typography.Title>
      <Link to={`/events/${id}/manage`}>{event.data.title}</Link>
      <Typography.Text type="secondary">{t('checkInHint')}</Typography.Text>
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label={t('checkInField')} htmlFor="check-in-code">
          <Input
            id="check-in-code"
            ref={input}
            size="large"
            autoFocus
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
          role="status"
          showIcon
          type={result.alreadyCheckedIn ? 'warning' : 'success'}
          title={
            <span style={{ fontSize: 20, fontWeight: 600 }}>
              {result.alreadyCheckedIn ? t('alreadyCheckedIn') : t('checkedIn')}：
              {result.organisationName} · {result.attendeeName}
            </span>
          }
          description={
            result.alreadyCheckedIn
              ? t('firstCheckedInAt', { time: formatDateTime(result.checkedInAt, locale) })
              : t('checkedInAt', { time: formatDateTime(result.checkedInAt, locale) })
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
