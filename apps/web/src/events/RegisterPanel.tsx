import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { signInPath } from '../auth/sign-in-path';
import { useSession } from '../auth/use-session';
import { showFieldErrors } from '../components/form-errors';
import { KIND_LABELS } from '../i18n/vocabulary';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { problemText } from './problem-text';
import { eventMessages } from './messages';
import { TONE } from '../components/tag-colours';
import { useMyRegistrations, useRefreshEvents, type EventView } from './use-events';

type RegistrationBody = Schemas['EventRegistrationDto'];
interface Values {
  organisationId: string;
  listings: string[];
  attendees: { name: string; title: string; mobile?: string; email?: string }[];
  attendance?: 'onsite' | 'online';
  meetingCap?: number;
}

/** The organisation's published needs, achievements and challenges, as `kind:id` options. */
function usePublishedListings(organisationId: string | undefined) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: ['private', 'event-listing-options', organisationId],
    enabled: Boolean(organisationId),
    queryFn: async () => {
      const options = {
        params: { path: { organisationId: organisationId! }, query: { page: 1, limit: 100 } },
      };
      const [needs, achievements, challenges] = await Promise.all([
        unwrap(api.GET('/api/v1/organisations/{organisationId}/needs', options)),
        unwrap(api.GET('/api/v1/organisations/{organisationId}/achievements', options)),
        unwrap(api.GET('/api/v1/organisations/{organisationId}/challenges', options)),
      ]);
      return [...needs.items, ...achievements.items, ...challenges.items]
        .filter((listing) => listing.status === 'published')
        .map((listing) => ({
          value: `${listing.kind}:${listing.id}`,
          label: `【${locale === 'zh-CN' ? KIND_LABELS[listing.kind].zh : KIND_LABELS[listing.kind].en}】${listing.title}`,
        }));
    },
  });
}

function RegisterForm({
  event,
  organisations,
}: {
  event: EventView;
  organisations: { id: string; name: string }[];
}) {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const refresh = useRefreshEvents();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const organisationId = Form.useWatch('organisationId', form) ?? organisations[0]?.id;
  const listings = usePublishedListings(organisationId);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    const body: RegistrationBody = {
      organisationId: values.organisationId,
      listings: (values.listings ?? []).map((value) => {
        const [kind, id] = value.split(':');
        return { kind: kind as RegistrationBody['listings'][number]['kind'], id };
      }),
      attendees: values.attendees.map((a) => ({
        name: a.name.trim(),
        title: a.title.trim(),
        ...(a.mobile ? { mobile: a.mobile.trim() } : {}),
        ...(a.email ? { email: a.email.trim() } : {}),
      })),
      ...(values.attendance ? { attendance: values.attendance } : {}),
      ...(values.meetingCap != null ? { meetingCap: values.meetingCap } : {}),
    };
    try {
      await unwrap(
        api.POST('/api/v1/events/{id}/registrations', { params: { path: { id: event.id } }, body }),
      );
      message.success(t('registered'));
      form.resetFields();
      await refresh();
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) {
        const unplaced = showFieldErrors(form, e, locale, t('fieldProblem'));
        if (unplaced.length) setError(unplaced.join('；'));
      } else setError(problemText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      initialValues={{
        organisationId: organisations[0]?.id,
        attendees: [{ name: '', title: '' }],
        ...(event.mode === 'hybrid' ? { attendance: 'onsite' } : {}),
      }}
      data-testid="register-form"
    >
      {error && (
        <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Form.Item name="organisationId" label={t('registerAs')} rules={[{ required: true }]}>
        <Select options={organisations.map((o) => ({ value: o.id, label: o.name }))} />
      </Form.Item>
      <Form.Item name="listings" label={t('bringListings')} extra={t('bringListingsHint')}>
        <Select
          mode="multiple"
          loading={listings.isLoading}
          options={listings.data ?? []}
          optionFilterProp="label"
          aria-label={t('bringListings')}
        />
      </Form.Item>
      <Typography.Text strong>{t('attendees')}</Typography.Text>
      <Form.List name="attendees">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={8} key={field.key} align="bottom">
                <Col xs={12} md={5}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={`${t('attendeeName')} ${index + 1}`}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('required', { field: t('attendeeName') }),
                      },
                      { max: 50 },
                    ]}
                  >
                    <Input autoComplete="name" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item
                    name={[field.name, 'title']}
                    label={`${t('attendeeTitle')} ${index + 1}`}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('required', { field: t('attendeeTitle') }),
                      },
                      { max: 50 },
                    ]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item
                    name={[field.name, 'mobile']}
                    label={`${t('mobile')} ${index + 1}`}
                    rules={[{ pattern: /^1\d{10}$/, message: t('mobileRule') }]}
                  >
                    <Input inputMode="tel" autoComplete="tel" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    name={[field.name, 'email']}
                    label={`${t('email')} ${index + 1}`}
                    rules={[{ type: 'email', message: t('emailRule') }]}
                  >
                    <Input inputMode="email" autoComplete="email" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={3}>
                  {fields.length > 1 && (
                    <Form.Item>
                      <Button onClick={() => remove(field.name)}>{t('remove')}</Button>
                    </Form.Item>
                  )}
                </Col>
              </Row>
            ))}
            {fields.length < 3 && (
              <Form.Item>
                <Button type="dashed" onClick={() => add({ name: '', title: '' })}>
                  {t('addAttendee')}
                </Button>
              </Form.Item>
            )}
          </>
        )}
      </Form.List>
      {event.mode === 'hybrid' && (
        <Form.Item name="attendance" label={t('attendance')}>
          <Radio.Group
            options={[
              { value: 'onsite', label: t('onsite') },
              { value: 'online', label: t('online') },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item
        name="meetingCap"
        label={t('meetingCap')}
        extra={t('meetingCapHint', { n: event.defaultMeetingCap })}
      >
        <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('submitRegistration')}
      </Button>
    </Form>
  );
}

/**
 * Registration on the event page: sign in first; then the caller's organisations' registrations
 * (status, workspace, withdraw) and a form for an organisation not registered yet while it is open.
 */
export function RegisterPanel({ event }: { event: EventView }) {
  const t = useMessages(eventMessages);
  const state = useSession();
  const location = useLocation();
  const { message } = App.useApp();
  const refresh = useRefreshEvents();
  const signedIn = state.status === 'signed-in';
  const mine = useMyRegistrations(event.id, signedIn);
  const [error, setError] = useState<string | null>(null);

  if (!signedIn) {
    return (
      <Card title={t('registration')} data-testid="registration-panel">
        {state.status === 'signed-out' && (
          <Space wrap>
            <span>{t('signInToRegister')}</span>
            <Link to={signInPath(location, false)}>
              <Button type="primary">{t('signIn')}</Button>
            </Link>
          </Space>
        )}
      </Card>
    );
  }
  const active = (mine.data ?? []).filter((r) => r.status === 'pending' || r.status === 'approved');
  const taken = new Set(active.map((r) => r.organisationId));
  const free = state.me.memberships
    // Organising bodies do not attend others' events, but may take part in their own.
    .filter(
      (m) =>
        !taken.has(m.organisationId) &&
        (m.organisationType !== 'organiser' || m.organisationId === event.organisationId),
    )
    .map((m) => ({ id: m.organisationId, name: m.organisationName }));

  const withdraw = async (id: string) => {
    try {
      setError(null);
      await unwrap(
        api.POST('/api/v1/event-registrations/{id}/withdraw', { params: { path: { id } } }),
      );
      message.success(t('withdrawn'));
      await refresh();
    } catch (e) {
      setError(problemText(t, e));
    }
  };

  return (
    <Card title={t('registration')} data-testid="registration-panel">
      {error && (
        <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />
      )}
      {(mine.data ?? []).length > 0 && (
        <div style={{ marginBottom: 16 }} data-testid="my-registrations">
          <Typography.Text strong>{t('myRegistrations')}</Typography.Text>
          {mine.data!.map((r) => (
            <Space key={r.id} wrap style={{ display: 'flex', marginTop: 8 }}>
              <span>{r.organisationName}</span>
              <Tag
                color={
                  r.status === 'approved'
                    ? TONE.green
                    : r.status === 'pending'
                      ? TONE.gold
                      : 'default'
                }
              >
                {r.statusLabel}
              </Tag>
              {r.decisionNote && (
                <Typography.Text type="secondary">{r.decisionNote}</Typography.Text>
              )}
              {(r.status === 'pending' || r.status === 'approved') && (
                <>
                  <Link to={`/event-registrations/${r.id}`}>{t('workspace')}</Link>
                  <Popconfirm
                    title={t('withdrawConfirm')}
                    okText={t('confirm')}
                    cancelText={t('cancel')}
                    onConfirm={() => void withdraw(r.id)}
                  >
                    <Button size="small" danger>
                      {t('withdraw')}
                    </Button>
                  </Popconfirm>
                </>
              )}
            </Space>
          ))}
        </div>
      )}
      {event.status !== 'open' ? (
        <Typography.Text type="secondary">{t('notOpen')}</Typography.Text>
      ) : free.length > 0 && mine.data ? (
        <RegisterForm event={event} organisations={free} />
      ) : null}
    </Card>
  );
}
