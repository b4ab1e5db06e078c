import {
  Alert,
  App,
  Button,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Skeleton,
  Switch,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { useSession } from '../auth/use-session';
import { ErrorState } from '../components/ErrorState';
import { showFieldErrors } from '../components/form-errors';
import { ReferenceField } from '../components/ReferenceField';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { fromChinaLocalInput, toChinaLocalInput } from './event-format';
import { problemText } from './problem-text';
import { eventMessages } from './messages';
import { useEvent, useRefreshEvents, type EventView } from './use-events';

interface Values {
  organisationId: string;
  title: string;
  description?: string;
  industry?: string;
  region?: string;
  keywords: string[];
  mode: EventView['mode'];
  venue?: string;
  address?: string;
  videoBaseUrl?: string;
  days: { date: string; start: string; end: string; breaks: { start: string; end: string }[] }[];
  slotMinutes: number;
  tableCount: number;
  onlineTables: number;
  tablePrefix: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  capacity: number;
  defaultMeetingCap: number;
  noShowGraceMinutes: number;
  autoAccept: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function toValues(e: EventView): Values {
  const online = e.tables.filter((table) => table.online).length;
  return {
    organisationId: e.organisationId,
    title: e.title,
    description: e.description,
    industry: e.theme.industryCodes[0],
    region: e.theme.regionCodes[0],
    keywords: e.theme.keywords,
    mode: e.mode,
    venue: e.venue ?? undefined,
    address: e.address ?? undefined,
    videoBaseUrl: e.videoBaseUrl ?? undefined,
    days: e.days.map((d) => ({ ...d, breaks: d.breaks.map((b) => ({ ...b })) })),
    slotMinutes: e.slotMinutes,
    tableCount: e.tables.length,
    onlineTables: online,
    tablePrefix: e.tables[0]?.name.replace(/\d+$/, '') || 'A',
    registrationOpensAt: toChinaLocalInput(e.registrationOpensAt),
    registrationClosesAt: toChinaLocalInput(e.registrationClosesAt),
    capacity: e.capacity,
    defaultMeetingCap: e.defaultMeetingCap,
    noShowGraceMinutes: e.noShowGraceMinutes,
    autoAccept: e.autoAccept,
  };
}

function fresh(organisationId: string | undefined): Partial<Values> {
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  return {
    organisationId,
    keywords: [],
    mode: 'offline',
    days: [
      {
        date: inDays(30),
        start: '09:00',
        end: '17:00',
        breaks: [{ start: '12:00', end: '13:30' }],
      },
    ],
    slotMinutes: 20,
    tableCount: 20,
    onlineTables: 0,
    tablePrefix: 'A',
    registrationOpensAt: toChinaLocalInput(new Date().toISOString()),
    registrationClosesAt: `${inDays(25)}T18:00`,
    capacity: 100,
    defaultMeetingCap: 8,
    noShowGraceMinutes: 10,
    autoAccept: false,
  };
}

function toBody(v: Values): Omit<Schemas['CreateEventDto'], 'organisationId'> {
  const offline = Math.max(0, v.tableCount - v.onlineTables);
  return {
    title: v.title.trim(),
    description: v.description?.trim() ?? '',
    theme: {
      industryCodes: v.industry ? [v.industry] : [],
      regionCodes: v.region && /^\d{6}$/.test(v.region) ? [v.region] : [],
      keywords: v.keywords ?? [],
    },
    mode: v.mode,
    ...(v.venue ? { venue: v.venue.trim() } : {}),
    ...(v.address ? { address: v.address.trim() } : {}),
    ...(v.videoBaseUrl ? { videoBaseUrl: v.videoBaseUrl.trim() } : {}),
    days: v.days.map((d) => ({ ...d, breaks: d.breaks ?? [] })),
    slotMinutes: v.slotMinutes,
    tables: Array.from({ length: v.tableCount }, (_, i) => ({
      name: `${v.tablePrefix || 'A'}${pad(i + 1)}`,
      online: i >= offline,
    })),
    registrationOpensAt: fromChinaLocalInput(v.registrationOpensAt),
    registrationClosesAt: fromChinaLocalInput(v.registrationClosesAt),
    capacity: v.capacity,
    defaultMeetingCap: v.defaultMeetingCap,
    noShowGraceMinutes: v.noShowGraceMinutes,
    autoAccept: v.autoAccept,
  };
}

function EventForm({ event }: { event?: EventView }) {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refresh = useRefreshEvents();
  const state = useSession();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mode = Form.useWatch('mode', form);
  const memberships = state.status === 'signed-in' ? state.me.memberships : [];
  const required = (field: string) => ({ required: true, message: t('required', { field }) });

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const body = toBody(values);
      const saved = event
        ? await unwrap(
            api.PATCH('/api/v1/events/{id}', {
              params: { path: { id: event.id } },
              body: { ...body, version: event.version },
            }),
          )
        : await unwrap(
            api.POST('/api/v1/events', {
              body: { ...body, organisationId: values.organisationId },
            }),
          );
      message.success(t('saved'));
      await refresh();
      void navigate(`/events/${saved.id}/manage`);
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) {
        const unplaced = showFieldErrors(form, e, locale, t('fieldProblem'));
        setError(unplaced.length ? unplaced.join('；') : t('fieldProblem'));
      } else setError(problemText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={event ? toValues(event) : fresh(memberships[0]?.organisationId)}
      onFinish={(values) => void submit(values)}
      scrollToFirstError
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          role="alert"
          style={{ marginBottom: 16 }}
          data-testid="form-error"
        />
      )}
      {!event && (
        <Form.Item
          name="organisationId"
          label={t('organisingOrg')}
          rules={[required(t('organisingOrg'))]}
        >
          <Select
            options={memberships.map((m) => ({
              value: m.organisationId,
              label: m.organisationName,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('title')}
        rules={[required(t('title')), { min: 4, max: 100, message: t('titleRule') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={t('description')}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ReferenceField
            kind="industries"
            name="industry"
            id="event-industry"
            label={t('industry')}
          />
        </Col>
        <Col xs={24} md={12}>
          <ReferenceField kind="regions" name="region" id="event-region" label={t('region')} />
        </Col>
      </Row>
      <Form.Item name="keywords" label={t('themeKeywords')}>
        <Select
          mode="tags"
          tokenSeparators={[',', '，', '、']}
          open={false}
          aria-label={t('themeKeywords')}
        />
      </Form.Item>
      <Form.Item name="mode" label={t('mode')} rules={[required(t('mode'))]}>
        <Radio.Group
          options={[
            { value: 'offline', label: locale === 'zh-CN' ? '线下' : 'On site' },
            { value: 'online', label: locale === 'zh-CN' ? '线上' : 'Online' },
            { value: 'hybrid', label: locale === 'zh-CN' ? '线上线下结合' : 'Hybrid' },
          ]}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="venue" label={t('venue')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="address" label={t('address')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      {mode !== 'offline' && (
        <Form.Item name="videoBaseUrl" label={t('videoBaseUrl')} rules={[{ type: 'url' }]}>
          <Input inputMode="url" maxLength={300} />
        </Form.Item>
      )}
      <Typography.Text strong>{t('days')}</Typography.Text>
      <Form.List name="days">
        {(days, { add, remove }) => (
          <>
            {days.map((day, index) => (
              <div
                key={day.key}
                className="rt-hit"
                style={{ margin: '8px 0' }}
                data-testid="event-day"
              >
                <Row gutter={8} align="bottom">
                  <Col xs={24} sm={8}>
                    <Form.Item
                      name={[day.name, 'date']}
                      label={`${t('date')} ${index + 1}`}
                      rules={[required(t('date'))]}
                    >
                      <Input type="date" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item
                      name={[day.name, 'start']}
                      label={`${t('start')} ${index + 1}`}
                      rules={[required(t('start'))]}
                    >
                      <Input type="time" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item
                      name={[day.name, 'end']}
                      label={`${t('end')} ${index + 1}`}
                      rules={[required(t('end'))]}
                    >
                      <Input type="time" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={4}>
                    {days.length > 1 && (
                      <Form.Item>
                        <Button onClick={() => remove(day.name)}>{t('remove')}</Button>
                      </Form.Item>
                    )}
                  </Col>
                </Row>
                <Form.List name={[day.name, 'breaks']}>
                  {(breaks, { add: addBreak, remove: removeBreak }) => (
                    <>
                      {breaks.map((b, bi) => (
                        <Row gutter={8} key={b.key} align="bottom">
                          <Col xs={10} sm={6}>
                            <Form.Item
                              name={[b.name, 'start']}
                              label={`${t('breaks')} ${bi + 1} ${t('start')}`}
                              rules={[required(t('start'))]}
                            >
                              <Input type="time" />
                            </Form.Item>
                          </Col>
                          <Col xs={10} sm={6}>
                            <Form.Item
                              name={[b.name, 'end']}
                              label={`${t('breaks')} ${bi + 1} ${t('end')}`}
                              rules={[required(t('end'))]}
                            >
                              <Input type="time" />
                            </Form.Item>
                          </Col>
                          <Col xs={4}>
                            <Form.Item>
                              <Button onClick={() => removeBreak(b.name)} aria-label={t('remove')}>
                                ×
                              </Button>
                            </Form.Item>
                          </Col>
                        </Row>
                      ))}
                      <Button
                        size="small"
                        type="dashed"
                        onClick={() => addBreak({ start: '12:00', end: '13:30' })}
                      >
                        {t('addBreak')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </div>
            ))}
            {days.length < 14 && (
              <Form.Item>
                <Button
                  type="dashed"
                  onClick={() => add({ date: '', start: '09:00', end: '17:00', breaks: [] })}
                >
                  {t('addDay')}
                </Button>
              </Form.Item>
            )}
          </>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item
            name="slotMinutes"
            label={t('slotMinutes')}
            rules={[required(t('slotMinutes'))]}
          >
            <InputNumber min={5} max={240} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="tableCount" label={t('tableCount')} rules={[required(t('tableCount'))]}>
            <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="onlineTables" label={t('onlineTables')}>
            <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="tablePrefix" label={t('tablePrefix')}>
            <Input maxLength={10} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="registrationOpensAt"
            label={`${t('opensAt')} ${t('beijingTime')}`}
            rules={[required(t('opensAt'))]}
          >
            <Input type="datetime-local" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="registrationClosesAt"
            label={`${t('closesAt')} ${t('beijingTime')}`}
            rules={[required(t('closesAt'))]}
          >
            <Input type="datetime-local" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name="capacity" label={t('capacity')} rules={[required(t('capacity'))]}>
            <InputNumber min={2} max={5000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="defaultMeetingCap" label={t('defaultMeetingCap')}>
            <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="noShowGraceMinutes"
            label={t('noShowGraceMinutes')}
            tooltip={t('noShowGraceHint')}
          >
            <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="autoAccept" label={t('autoAccept')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('save')}
      </Button>
    </Form>
  );
}

/** Create (/events/new) or edit (/events/:id/edit) a 对接会: calendar, tables, window, theme. */
export default function EventFormPage() {
  const { id } = useParams();
  const t = useMessages(eventMessages);
  const event = useEvent(id);
  if (id && event.error)
    return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  if (id && !event.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {id ? `${t('formTitleEdit')}：${event.data!.title}` : t('formTitleNew')}
      </Typography.Title>
      <EventForm event={id ? event.data : undefined} />
    </Flex>
  );
}
