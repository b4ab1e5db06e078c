import {
  Alert,
  Button,
  Card,
  Divider,
  Flex,
  Form,
  Input,
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { showFieldErrors } from '../components/form-errors';
import { ReferenceField } from '../components/ReferenceField';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { label, ORGANISATION_TYPE_LABELS } from '../i18n/vocabulary';
import { formatDateTime } from './event-format';
import { eventMessages } from './messages';
import { problemText } from './problem-text';
import { useEvent } from './use-events';
import { walkInMessages, type WalkInMessageKey } from './walk-in-messages';

type Candidate = Schemas['WalkInCandidateSchema'];

interface WalkInForm {
  organisation?: {
    name: string;
    type: Candidate['type'];
    uscc: string;
    regionCode: string;
    industryCode: string;
  };
  attendees: { name: string; title: string; mobile?: string }[];
}

type Proposal = Awaited<ReturnType<typeof loadProposals>>[number];

const PAGE_SIZE = 5;
const NEW_ORGANISATION_TYPES: Candidate['type'][] = [
  'sme',
  'large_enterprise',
  'university',
  'research_institute',
  'service_org',
];

const loadProposals = (id: string, registrationId: string) =>
  unwrap(
    api.GET('/api/v1/events/{id}/walk-ins/{registrationId}/proposals', {
      params: { path: { id, registrationId } },
    }),
  );

/** Today in China (YYYY-MM-DD): event days are China dates. */
const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * 现场登记 at the check-in desk from the moment doors open: find the organisation that turned up
 * on the platform by name or USCC and pick it (so no duplicate is created), or register it new
 * from its business licence; take down the 1–3 people who came; it is approved and checked in at
 * once. Then book the suggested meetings later today, best match first, one click each.
 */
export function WalkInPanel({ eventId }: { eventId: string }) {
  const t = useMessages(eventMessages);
  const w = useMessages(walkInMessages);
  const { locale } = useLocale();
  const event = useEvent(eventId);
  const [form] = Form.useForm<WalkInForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState({ q: '', page: 1 });
  const [picked, setPicked] = useState<Candidate | null>(null);
  const [creating, setCreating] = useState(false);
  const [walkIn, setWalkIn] = useState<{ id: string; name: string } | null>(null);
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [arranged, setArranged] = useState<string[]>([]);

  const candidates = useQuery({
    queryKey: ['events', eventId, 'walk-in-candidates', query.q, query.page],
    enabled: query.q.length > 0,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/events/{id}/walk-ins/organisation-candidates', {
          params: {
            path: { id: eventId },
            query: { q: query.q, page: query.page, limit: PAGE_SIZE },
          },
        }),
      ),
  });

  const deskOpen =
    event.data?.status === 'running' ||
    (event.data?.status === 'published' && event.data.days.some((d) => d.date === chinaToday()));

  const register = async (values: WalkInForm) => {
    if (!picked && !creating) {
      setError(w('chooseOrganisation'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const attendees = values.attendees.map((a) => ({
        name: a.name.trim(),
        title: a.title.trim(),
        ...(a.mobile?.trim() ? { mobile: a.mobile.trim() } : {}),
      }));
      const registration = await unwrap(
        api.POST('/api/v1/events/{id}/walk-ins', {
          params: { path: { id: eventId } },
          body:
            picked && !creating
              ? { organisationId: picked.id, attendees }
              : {
                  organisation: {
                    ...values.organisation!,
                    name: values.organisation!.name.trim(),
                    uscc: values.organisation!.uscc.trim(),
                  },
                  attendees,
                },
        }),
      );
      setWalkIn({ id: registration.id, name: registration.organisationName });
      setArranged([]);
      setPicked(null);
      setCreating(false);
      setQuery({ q: '', page: 1 });
      form.resetFields();
      setProposals(await loadProposals(eventId, registration.id));
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) {
        const unplaced = showFieldErrors(form, e, locale, w('fieldProblem'));
        setError(unplaced.length > 0 ? unplaced.join('；') : problemText(t, e));
      } else setError(problemText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const arrange = async (proposal: Proposal) => {
    if (!walkIn) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/events/{id}/walk-ins/{registrationId}/proposals/confirm', {
          params: { path: { id: eventId, registrationId: walkIn.id } },
          body: {
            meetings: [
              {
                counterpartRegistrationId: proposal.counterpartRegistrationId,
                slot: proposal.slot,
                tableIndex: proposal.tableIndex,
              },
            ],
          },
        }),
      );
      setArranged((list) => [...list, proposal.counterpartRegistrationId]);
    } catch (e) {
      setError(problemText(t, e));
    } finally {
      // Another desk may have taken a table meanwhile: show what is free now.
      setProposals(await loadProposals(eventId, walkIn.id).catch(() => proposals));
      setBusy(false);
    }
  };

  return (
    <Card title={t('walkInTitle')} data-testid="walk-in">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('walkInHint')}</Typography.Text>
        {event.data && !deskOpen && (
          <Alert role="status" showIcon type="info" title={w('notToday')} />
        )}
        {deskOpen && (
          <Form
            form={form}
            layout="vertical"
            initialValues={{ attendees: [{ name: '', title: '' }] }}
            onFinish={(v) => void register(v)}
          >
            {!creating && !picked && (
              <Flex vertical gap={8} data-testid="walk-in-search">
                <Typography.Text type="secondary">{w('searchHint')}</Typography.Text>
                <label htmlFor="walk-in-search">{w('searchLabel')}</label>
                <Input.Search
                  id="walk-in-search"
                  allowClear
                  autoComplete="off"
                  placeholder={w('searchPlaceholder')}
                  enterButton={w('searchButton')}
                  maxLength={100}
                  onSearch={(value) => setQuery({ q: value.trim(), page: 1 })}
                  // Enter searches; it must not submit the registration form around it.
                  onPressEnter={(e) => e.preventDefault()}
                />
                {query.q && (
                  <List
                    data-testid="walk-in-candidates"
                    size="small"
                    bordered
                    loading={candidates.isFetching}
                    locale={{ emptyText: w('noCandidates') }}
                    dataSource={candidates.data?.items ?? []}
                    pagination={
                      (candidates.data?.total ?? 0) > PAGE_SIZE
                        ? {
                            current: query.page,
                            pageSize: PAGE_SIZE,
                            total: candidates.data?.total ?? 0,
                            size: 'small',
                            onChange: (page) => setQuery((q) => ({ ...q, page })),
                          }
                        : false
                    }
                    renderItem={(c) => (
                      <List.Item
                        actions={[
                          <Button
                            key="pick"
                            disabled={c.registrationStatus !== null}
                            aria-label={`${w('pick')} ${c.name}`}
                            onClick={() => {
                              setPicked(c);
                              setError(null);
                            }}
                          >
                            {w('pick')}
                          </Button>,
                        ]}
                      >
                        <List.Item.Meta
                          title={c.name}
                          description={
                            <Space wrap size={4}>
                              <Tag>{label(ORGANISATION_TYPE_LABELS, c.type, locale)}</Tag>
                              {c.regionName && <span>{c.regionName}</span>}
                              <span>{c.uscc}</span>
                              {c.registrationStatus && (
                                <Tag color="gold">
                                  {w('registeredAlready', {
                                    status: w(`status_${c.registrationStatus}` as WalkInMessageKey),
                                  })}
                                </Tag>
                              )}
                            </Space>
                          }
                        />
                      </List.Item>
                    )}
                  />
                )}
                <Button
                  type="link"
                  style={{ alignSelf: 'flex-start', padding: 0 }}
                  onClick={() => setCreating(true)}
                >
                  {w('addNew')}
                </Button>
              </Flex>
            )}
            {picked && !creating && (
              <Alert
                showIcon
                type="info"
                data-testid="walk-in-picked"
                title={w('picked', { name: picked.name })}
                description={`${label(ORGANISATION_TYPE_LABELS, picked.type, locale)} · ${picked.regionName} · ${picked.uscc}`}
                action={
                  <Button size="small" onClick={() => setPicked(null)}>
                    {w('repick')}
                  </Button>
                }
                style={{ marginBottom: 16 }}
              />
            )}
            {creating && (
              <Flex vertical data-testid="walk-in-new-organisation">
                <Divider titlePlacement="start" style={{ marginTop: 0 }}>
                  {w('newTitle')}
                </Divider>
                <Form.Item
                  name={['organisation', 'name']}
                  label={w('newName')}
                  rules={[
                    { required: true, whitespace: true, min: 2, max: 100, message: w('required') },
                  ]}
                >
                  <Input autoComplete="off" maxLength={100} />
                </Form.Item>
                <Form.Item
                  name={['organisation', 'type']}
                  label={w('newType')}
                  rules={[{ required: true, message: w('requiredChoice') }]}
                >
                  <Select
                    options={NEW_ORGANISATION_TYPES.map((type) => ({
                      value: type,
                      label: label(ORGANISATION_TYPE_LABELS, type, locale),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={['organisation', 'uscc']}
                  label={w('newUscc')}
                  extra={w('newUsccHint')}
                  rules={[{ required: true, whitespace: true, message: w('required') }]}
                >
                  <Input autoComplete="off" maxLength={30} style={{ textTransform: 'uppercase' }} />
                </Form.Item>
                <ReferenceField
                  kind="regions"
                  name={['organisation', 'regionCode']}
                  id="walk-in-region"
                  required
                />
                <ReferenceField
                  kind="industries"
                  name={['organisation', 'industryCode']}
                  id="walk-in-industry"
                  required
                />
                <Button
                  type="link"
                  style={{ alignSelf: 'flex-start', padding: 0, marginBottom: 16 }}
                  onClick={() => setCreating(false)}
                >
                  {w('cancelNew')}
                </Button>
              </Flex>
            )}
            <Typography.Text strong>{w('attendees')}</Typography.Text>
            <Form.List name="attendees">
              {(fields, { add, remove }) => (
                <Flex vertical gap={4} style={{ marginTop: 8 }}>
                  {fields.map((field, i) => {
                    // "姓名 2" once there is more than one attendee, so each field has its own name.
                    const numbered = (label: string) =>
                      fields.length > 1 ? `${label} ${i + 1}` : label;
                    const requiredText = [
                      { required: true, whitespace: true, max: 50, message: w('required') },
                    ];
                    return (
                      <Flex
                        key={field.key}
                        gap={8}
                        align="flex-start"
                        wrap
                        data-testid="walk-in-attendee"
                      >
                        <Form.Item
                          name={[field.name, 'name']}
                          label={numbered(w('attendeeName'))}
                          rules={requiredText}
                          style={{ flex: 1, minWidth: 120 }}
                        >
                          <Input autoComplete="off" maxLength={50} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'title']}
                          label={numbered(w('attendeeTitle'))}
                          rules={requiredText}
                          style={{ flex: 1, minWidth: 120 }}
                        >
                          <Input autoComplete="off" maxLength={50} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'mobile']}
                          label={numbered(w('attendeeMobile'))}
                          rules={[{ pattern: /^1\d{10}$/, message: w('fieldProblem') }]}
                          style={{ flex: 1, minWidth: 120 }}
                        >
                          <Input autoComplete="off" inputMode="numeric" maxLength={11} />
                        </Form.Item>
                        {fields.length > 1 && (
                          <Button
                            style={{ marginTop: 30 }}
                            aria-label={numbered(w('removeAttendee'))}
                            onClick={() => remove(field.name)}
                          >
                            {w('removeAttendee')}
                          </Button>
                        )}
                      </Flex>
                    );
                  })}
                  {fields.length < 3 && (
                    <Button
                      type="dashed"
                      onClick={() => add({ name: '', title: '' })}
                      style={{ marginBottom: 16 }}
                    >
                      {w('addAttendee')}
                    </Button>
                  )}
                </Flex>
              )}
            </Form.List>
            <Button htmlType="submit" type="primary" loading={busy} block>
              {t('walkInSubmit')}
            </Button>
          </Form>
        )}
        {error && <Alert role="alert" showIcon type="error" title={error} />}
        {walkIn && (
          <Alert
            role="status"
            showIcon
            type="success"
            title={t('walkInDone', { name: walkIn.name })}
          />
        )}
        {walkIn && proposals && (
          <List
            data-testid="walk-in-proposals"
            header={t('walkInProposals')}
            bordered
            size="small"
            locale={{ emptyText: t('walkInNoProposals') }}
            dataSource={proposals}
            renderItem={(p) => (
              <List.Item
                actions={[
                  <Button
                    key="arrange"
                    type="primary"
                    loading={busy}
                    onClick={() => void arrange(p)}
                  >
                    {t('confirmArrange')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <span>
                      {p.counterpartOrganisationName}{' '}
                      <Tag color="blue">
                        {t('matchScore')} {p.matchScore}
                      </Tag>
                    </span>
                  }
                  description={
                    <>
                      <div>
                        {formatDateTime(p.startsAt, locale)} · {p.tableName}
                      </div>
                      <div>
                        {t('recommendReason')}：
                        {p.reasons.map((r) => (locale === 'zh-CN' ? r.zh : r.en)).join('；')}
                      </div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
        {arranged.length > 0 && (
          <Alert role="status" showIcon type="success" title={t('arranged')} />
        )}
      </Flex>
    </Card>
  );
}
