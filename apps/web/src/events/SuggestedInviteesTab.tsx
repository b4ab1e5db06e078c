import { Alert, App, Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { listingPath } from '../listings/listing-path';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { ORGANISATION_TYPE_LABELS } from '../i18n/vocabulary';
import { formatDateTime } from './event-format';
import { eventMessages } from './messages';
import { participationMessages, type ParticipationMessageKey } from './participation-messages';
import { problemText } from './problem-text';
import { TONE } from '../components/tag-colours';
import {
  useRefreshEvents,
  useSuggestedInvitees,
  type EventView,
  type SuggestedInvitee,
} from './use-events';

/** Neither invited nor registered: the rows a bulk invitation may include. */
const invitable = (s: SuggestedInvitee) => s.invitedAt === null && s.registrationStatus === null;

/**
 * The organiser's suggested invitees: ranked from matching with 推荐理由, already invited or
 * registered shown as such; selected rows are invited in one call.
 */
export function SuggestedInviteesTab({ event }: { event: EventView }) {
  const t = useMessages(participationMessages);
  const te = useMessages(eventMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const suggestions = useSuggestedInvitees(event.id);
  const refresh = useRefreshEvents();
  const [selected, setSelected] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = (l: { zh: string; en: string }) => (locale === 'zh-CN' ? l.zh : l.en);
  const open = event.status === 'open';

  const invite = async () => {
    setSending(true);
    setError(null);
    try {
      const result = await unwrap(
        api.POST('/api/v1/events/{id}/invitations', {
          params: { path: { id: event.id } },
          body: { organisationIds: selected },
        }),
      );
      const skipped = result.alreadyInvited + result.alreadyRegistered;
      message.success(
        t('invitedResult', { invited: result.invited }) +
          (skipped > 0
            ? t('invitedSkipped', {
                already: result.alreadyInvited,
                registered: result.alreadyRegistered,
              })
            : ''),
      );
      setSelected([]);
      await refresh();
    } catch (e) {
      setError(problemText(te, e));
    } finally {
      setSending(false);
    }
  };

  if (suggestions.error) {
    return <ErrorState error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  }
  return (
    <Flex vertical gap={12} data-testid="suggested-invitees">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('inviteesIntro')}
      </Typography.Paragraph>
      {!open && <Alert type="info" showIcon title={t('inviteNotOpen')} />}
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
      <Button
        type="primary"
        style={{ alignSelf: 'flex-start' }}
        disabled={!open || selected.length === 0}
        loading={sending}
        onClick={() => void invite()}
      >
        {t('inviteSelected', { n: selected.length })}
      </Button>
      {/* Scrolls in a plain box: antd's own horizontal scroll adds a hidden measuring row that
          would carry a focusable copy of the select-all checkbox (axe: aria-hidden-focus). */}
      <div style={{ overflowX: 'auto' }}>
        <Table<SuggestedInvitee>
          rowKey="organisationId"
          loading={suggestions.isLoading}
          dataSource={suggestions.data ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('inviteesEmpty') }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getCheckboxProps: (s) => ({
              disabled: !open || !invitable(s),
              'aria-label': t('selectRow', { name: s.organisationName }),
            }),
          }}
          columns={[
            {
              title: t('organisation'),
              render: (_, s) => (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{s.organisationName}</Typography.Text>
                  <span>
                    <Tag>
                      {label(ORGANISATION_TYPE_LABELS[s.organisationType] ?? { zh: '', en: '' })}
                    </Tag>
                  </span>
                </Flex>
              ),
            },
            {
              title: t('role'),
              dataIndex: 'role',
              render: (role: SuggestedInvitee['role']) => (
                <Tag color={role === 'demand' ? TONE.gold : TONE.blue}>
                  {t(`role_${role}` as ParticipationMessageKey)}
                </Tag>
              ),
            },
            { title: t('score'), dataIndex: 'score', width: 80 },
            {
              title: t('reasons'),
              render: (_, s) => (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {s.reasons.map((r, i) => (
                    <li key={i}>{label(r)}</li>
                  ))}
                </ul>
              ),
            },
            {
              title: t('listings'),
              render: (_, s) =>
                s.listings.map((l) => (
                  <div key={l.id}>
                    <Link to={listingPath(l.kind, l.id)}>{l.title || l.id.slice(0, 8)}</Link>
                  </div>
                )),
            },
            {
              title: t('state'),
              render: (_, s) =>
                s.registrationStatus ? (
                  <Tag color={TONE.green}>
                    {t('registered', {
                      status: t(`regStatus_${s.registrationStatus}` as ParticipationMessageKey),
                    })}
                  </Tag>
                ) : s.invitedAt ? (
                  <Tag color={TONE.blue}>
                    {t('invitedAt', { time: formatDateTime(s.invitedAt, locale) })}
                  </Tag>
                ) : (
                  <Typography.Text type="secondary">{t('notInvited')}</Typography.Text>
                ),
            },
          ]}
        />
      </div>
    </Flex>
  );
}
