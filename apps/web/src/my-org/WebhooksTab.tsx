import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useRef, useState } from 'react';
import type { Schemas } from '../api/client';
import { ApiError } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { formatDate } from '../components/format';
import { NOTIFICATION_TYPE_LABELS } from '../inbox/messages';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { label } from '../i18n/vocabulary';
import { myOrgMessages } from './messages';
import {
  useWebhookCommands,
  useWebhookDeliveries,
  useWebhooks,
  type Webhook,
  type WebhookWithSecret,
} from './use-organisation';

type EventType = NonNullable<Schemas['CreateWebhookEndpointDto']['eventTypes']>[number];

function SecretDialog({
  endpoint,
  onClose,
}: {
  endpoint?: WebhookWithSecret;
  onClose: () => void;
}) {
  const t = useMessages(myOrgMessages);
  return (
    <Modal
      open={Boolean(endpoint)}
      title={t('secretTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('close')}
        </Button>
      }
    >
      <Typography.Paragraph>{t('secretBody')}</Typography.Paragraph>
      <Typography.Paragraph
        code
        copyable
        data-testid="webhook-secret"
        style={{ wordBreak: 'break-all' }}
      >
        {endpoint?.secret}
      </Typography.Paragraph>
    </Modal>
  );
}

function Deliveries({
  organisationId,
  endpoint,
  onClose,
}: {
  organisationId: string;
  endpoint?: Webhook;
  onClose: () => void;
}) {
  const t = useMessages(myOrgMessages);
  const { locale } = useLocale();
  const [page, setPage] = useState(1);
  const query = useWebhookDeliveries(organisationId, endpoint?.id ?? '', page);
  return (
    <Drawer
      open={Boolean(endpoint)}
      onClose={onClose}
      title={`${t('deliveries')} · ${endpoint?.url ?? ''}`}
      size="large"
    >
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="rt-table-scroll">
          <Table
            rowKey="id"
            size="small"
            loading={query.isPending}
            dataSource={query.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('deliveriesEmpty')} /> }}
            pagination={{
              current: page,
              pageSize: 10,
              total: query.data?.total ?? 0,
              onChange: setPage,
              showSizeChanger: false,
            }}
            expandable={{
              expandedRowRender: (delivery) => (
                <List
                  size="small"
                  dataSource={delivery.attempts}
                  renderItem={(attempt) => (
                    <List.Item>
                      #{attempt.attempt} · {attempt.statusCode ?? '—'} · {attempt.durationMs} ms ·{' '}
                      {attempt.error ?? ''}
                    </List.Item>
                  )}
                />
              ),
            }}
            columns={[
              { title: t('event'), dataIndex: 'eventType' },
              {
                title: t('deliveryStatus'),
                dataIndex: 'status',
                render: (s: string) => (
                  <Tag color={s === 'delivered' ? 'green' : s === 'failed' ? 'red' : 'gold'}>
                    {s}
                  </Tag>
                ),
              },
              { title: t('attempts'), dataIndex: 'attemptCount' },
              {
                title: t('lastCode'),
                dataIndex: 'lastStatusCode',
                render: (c: number | null) => c ?? '—',
              },
              {
                title: t('createdAt'),
                dataIndex: 'createdAt',
                render: (at: string) => formatDate(at, locale),
              },
            ]}
          />
        </div>
      )}
    </Drawer>
  );
}

/** Owners' webhooks: create (secret shown once), enable, ping, rotate, deliveries, delete. */
export function WebhooksTab({ organisationId }: { organisationId: string }) {
  const t = useMessages(myOrgMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const query = useWebhooks(organisationId, true);
  const commands = useWebhookCommands(organisationId);
  const [secret, setSecret] = useState<WebhookWithSecret>();
  const [log, setLog] = useState<Webhook>();
  const [form] = Form.useForm<{ url: string; description?: string; eventTypes?: EventType[] }>();
  const inFlight = useRef(false);
  const failed = (error: Error) =>
    void message.error(t('failed', { message: error instanceof ApiError ? error.message : '' }));
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('webhooksIntro')}</Typography.Paragraph>
      <Card size="small" title={t('webhookCreate')}>
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => {
            if (inFlight.current) return;
            inFlight.current = true;
            commands.create.mutate(values, {
              onSettled: () => {
                inFlight.current = false;
              },
              onSuccess: (created) => {
                setSecret(created);
                form.resetFields();
              },
              onError: (error) => {
                if (error instanceof ApiError && error.fields.length > 0) {
                  form.setFields(
                    error.fields.map((f) => ({
                      name: f.field.split('.')[0] as 'url',
                      errors: [
                        locale === 'zh-CN'
                          ? `${t('webhookUrlRule')}（${f.messages.join('; ')}）`
                          : f.messages.join('; '),
                      ],
                    })),
                  );
                } else failed(error);
              },
            });
          }}
        >
          <Form.Item
            name="url"
            label={t('webhookUrl')}
            rules={[{ required: true, pattern: /^https?:\/\/\S+$/, message: t('webhookUrlRule') }]}
          >
            <Input maxLength={2000} placeholder="https://erp.example.cn/hooks/rongtong" />
          </Form.Item>
          <Form.Item name="description" label={t('webhookDescription')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="eventTypes" label={t('webhookEvents')}>
            <Checkbox.Group
              options={Object.keys(NOTIFICATION_TYPE_LABELS).map((type) => ({
                value: type,
                label: label(NOTIFICATION_TYPE_LABELS, type, locale),
              }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={commands.create.isPending}>
            {t('webhookCreate')}
          </Button>
        </Form>
      </Card>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <List
          bordered
          loading={query.isPending}
          dataSource={query.data ?? []}
          locale={{ emptyText: <Empty description={t('webhooksEmpty')} /> }}
          renderItem={(endpoint) => (
            <List.Item data-testid="webhook">
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <Flex justify="space-between" wrap gap={8}>
                  <Typography.Text strong style={{ wordBreak: 'break-all' }}>
                    {endpoint.url}
                  </Typography.Text>
                  <Switch
                    checked={endpoint.enabled}
                    aria-label={t('enabledLabel', { url: endpoint.url })}
                    onChange={(enabled) =>
                      commands.update.mutate({ id: endpoint.id, enabled }, { onError: failed })
                    }
                  />
                </Flex>
                {endpoint.description && (
                  <Typography.Text type="secondary">{endpoint.description}</Typography.Text>
                )}
                <Space wrap size={4}>
                  {(endpoint.eventTypes.length ? endpoint.eventTypes : ['*']).map((type) => (
                    <Tag key={type}>
                      {type === '*' ? '全部 / all' : label(NOTIFICATION_TYPE_LABELS, type, locale)}
                    </Tag>
                  ))}
                  {endpoint.consecutiveFailures > 0 && (
                    <Tag color="red">{t('failures', { count: endpoint.consecutiveFailures })}</Tag>
                  )}
                </Space>
                {endpoint.disabledReason && (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('disabledReason', { reason: endpoint.disabledReason })}
                  />
                )}
                <Space wrap>
                  <Button
                    size="small"
                    onClick={() =>
                      commands.ping.mutate(endpoint.id, {
                        onSuccess: () => void message.success(t('pinged')),
                        onError: failed,
                      })
                    }
                  >
                    {t('ping')}
                  </Button>
                  <Button size="small" onClick={() => setLog(endpoint)}>
                    {t('deliveries')}
                  </Button>
                  <Popconfirm
                    title={t('rotateConfirm')}
                    okText={t('rotate')}
                    cancelText={t('cancel')}
                    onConfirm={() =>
                      commands.rotate.mutate(endpoint.id, { onSuccess: setSecret, onError: failed })
                    }
                  >
                    <Button size="small">{t('rotate')}</Button>
                  </Popconfirm>
                  <Popconfirm
                    title={t('deleteConfirm')}
                    okText={t('delete')}
                    cancelText={t('cancel')}
                    onConfirm={() =>
                      commands.remove.mutate(endpoint.id, {
                        onSuccess: () => void message.success(t('deleted')),
                        onError: failed,
                      })
                    }
                  >
                    <Button size="small">{t('delete')}</Button>
                  </Popconfirm>
                </Space>
              </Flex>
            </List.Item>
          )}
        />
      )}
      <SecretDialog endpoint={secret} onClose={() => setSecret(undefined)} />
      <Deliveries
        organisationId={organisationId}
        endpoint={log}
        onClose={() => setLog(undefined)}
      />
    </Flex>
  );
}
