import {
  App,
  Button,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { listingPath } from '../listings/listing-path';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { ORGANISATION_TYPE_LABELS } from '../i18n/vocabulary';
import { REQUEST_COLOURS } from './EventConsolePage';
import { eventMessages, type EventMessageKey } from './messages';
import { participationMessages } from './participation-messages';
import { problemText } from './problem-text';
import { TONE } from '../components/tag-colours';
import {
  useDirectory,
  useRefreshEvents,
  type DirectoryEntry,
  type DirectoryFilter,
  type PreferenceValue,
  type Registration,
} from './use-events';

const PREFERENCES: PreferenceValue[] = ['must_meet', 'meet', 'no_thanks', 'none'];

/**
 * The other participants, best fit first, with 匹配度 and 推荐理由 from matching; filtered by
 * organisation type and industry on the server; a meeting request with a note and the
 * must-meet / meet / no-thanks preference set from each row.
 */
export function ParticipantDirectory({ me }: { me: Registration }) {
  const t = useMessages(participationMessages);
  const te = useMessages(eventMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const refresh = useRefreshEvents();
  const [filter, setFilter] = useState<DirectoryFilter>({});
  // The unfiltered list names the types and industries there are to filter by.
  const everyone = useDirectory(me.id, {});
  const shown = useDirectory(me.id, filter);
  const [requesting, setRequesting] = useState<DirectoryEntry | null>(null);
  const [note, setNote] = useState('');
  const label = (l: { zh: string; en: string }) => (locale === 'zh-CN' ? l.zh : l.en);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      await refresh();
      return true;
    } catch (e) {
      message.error(problemText(te, e));
      return false;
    }
  };

  const error = everyone.error ?? shown.error;
  if (error) return <ErrorState error={error} onRetry={() => void shown.refetch()} />;
  if (!everyone.data) return <Skeleton active />;
  const types = [...new Set(everyone.data.map((e) => e.organisationType))];
  const sections = new Map(
    everyone.data
      .filter((e) => e.industrySection)
      .map((e) => [e.industrySection, e.industrySectionName]),
  );

  return (
    <Flex vertical gap={12}>
      {everyone.data.length === 0 ? (
        <Empty description={te('noParticipants')} />
      ) : (
        <>
          <Space wrap>
            <Select<DirectoryFilter['type'] | ''>
              style={{ width: 160 }}
              aria-label={t('filterType')}
              value={filter.type ?? ''}
              onChange={(type) => setFilter((f) => ({ ...f, type: type || undefined }))}
              options={[
                { value: '', label: t('allTypes') },
                ...types.map((type) => ({
                  value: type,
                  label: label(ORGANISATION_TYPE_LABELS[type] ?? { zh: type, en: type }),
                })),
              ]}
            />
            <Select<string>
              style={{ width: 220 }}
              aria-label={t('filterIndustry')}
              value={filter.industry ?? ''}
              onChange={(industry) => setFilter((f) => ({ ...f, industry: industry || undefined }))}
              options={[
                { value: '', label: t('allIndustries') },
                ...[...sections].map(([code, name]) => ({ value: code, label: `${code} ${name}` })),
              ]}
            />
          </Space>
          <List
            loading={shown.isFetching && !shown.data}
            dataSource={shown.data ?? []}
            data-testid="participants"
            locale={{ emptyText: <Empty description={t('directoryEmpty')} /> }}
            renderItem={(p) => (
              <List.Item data-testid="participant">
                <Flex vertical gap={6} style={{ width: '100%' }}>
                  <Flex justify="space-between" wrap gap={8}>
                    <Space wrap size={4}>
                      <Typography.Text strong>{p.organisationName}</Typography.Text>
                      <Tag>
                        {label(ORGANISATION_TYPE_LABELS[p.organisationType] ?? { zh: '', en: '' })}
                      </Tag>
                      {p.industryName && (
                        <Typography.Text type="secondary">{p.industryName}</Typography.Text>
                      )}
                    </Space>
                    <Typography.Text type="secondary">
                      {te('attendeeCount', { n: p.attendeeCount })}
                    </Typography.Text>
                  </Flex>
                  <div>
                    {p.matchScore === null ? (
                      <Tag>{t('noMatch')}</Tag>
                    ) : (
                      <Tag color={TONE.blue} data-testid="match-score">
                        {t('score')} {p.matchScore}
                      </Tag>
                    )}
                  </div>
                  {p.reasons.length > 0 && (
                    <Typography.Text type="secondary" data-testid="match-reasons">
                      {t('reasons')}：{p.reasons.map(label).join('；')}
                    </Typography.Text>
                  )}
                  {p.listings.map((l) => (
                    <Link key={l.id} to={listingPath(l.kind, l.id)}>
                      {l.title}
                    </Link>
                  ))}
                  <Space wrap>
                    {p.request ? (
                      <Tag color={REQUEST_COLOURS[p.request.status]}>
                        {p.request.direction === 'sent' ? te('sent') : te('received')}·
                        {te(`request_${p.request.status}` as EventMessageKey)}
                      </Tag>
                    ) : (
                      <Button size="small" type="primary" onClick={() => setRequesting(p)}>
                        {te('request')}
                      </Button>
                    )}
                    <Select<PreferenceValue>
                      size="small"
                      style={{ width: 120 }}
                      aria-label={`${te('preference')}：${p.organisationName}`}
                      value={p.preference}
                      onChange={(preference) =>
                        void act(
                          () =>
                            unwrap(
                              api.PUT('/api/v1/events/{id}/preferences', {
                                params: { path: { id: me.eventId } },
                                body: {
                                  registrationId: me.id,
                                  targetRegistrationId: p.registrationId,
                                  preference,
                                },
                              }),
                            ),
                          te('prefSaved'),
                        )
                      }
                      options={PREFERENCES.map((value) => ({
                        value,
                        label: te(`pref_${value}` as EventMessageKey),
                      }))}
                    />
                  </Space>
                </Flex>
              </List.Item>
            )}
          />
        </>
      )}
      <Modal
        open={requesting !== null}
        title={te('requestTitle', { org: requesting?.organisationName ?? '' })}
        okText={te('request')}
        cancelText={te('cancel')}
        onCancel={() => setRequesting(null)}
        onOk={() => {
          const target = requesting!;
          void act(
            () =>
              unwrap(
                api.POST('/api/v1/events/{id}/meeting-requests', {
                  params: { path: { id: me.eventId } },
                  body: {
                    fromRegistrationId: me.id,
                    toRegistrationId: target.registrationId,
                    ...(note.trim() ? { note: note.trim() } : {}),
                  },
                }),
              ),
            te('requestSent'),
          ).then((ok) => {
            if (ok) {
              setRequesting(null);
              setNote('');
            }
          });
        }}
      >
        <Form layout="vertical">
          <Form.Item label={te('requestNote')} htmlFor="request-note">
            <Input.TextArea
              id="request-note"
              rows={3}
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
