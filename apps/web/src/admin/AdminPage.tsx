import { App, Button, Card, Empty, Flex, Form, Input, Segmented, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import type { operations } from '../api/schema';
import { session } from '../auth/session';
import { ErrorState } from '../components/ErrorState';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { label } from '../i18n/vocabulary';
import { adminMessages } from './messages';

type QueueName = NonNullable<
  operations['QueueDashboardController_failed']['parameters']['query']
>['queue'];
type FailedJob = Schemas['FailedJobSchema'];

/** Every queue of the API's catalogue (a missing one is a type error). */
const QUEUE_LABELS: Record<QueueName, { zh: string; en: string }> = {
  search: { zh: '搜索索引', en: 'Search' },
  catalog: { zh: '发布管理', en: 'Catalog' },
  matching: { zh: '匹配计算', en: 'Matching' },
  notify: { zh: '通知', en: 'Notify' },
  maintenance: { zh: '维护', en: 'Maintenance' },
};

function FailedJobs() {
  const t = useMessages(adminMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [queue, setQueue] = useState<QueueName>('search');
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['private', 'failed-jobs', queue, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/admin/jobs/failed', { params: { query: { queue, page, limit: 20 } } }),
      ),
  });
  const retry = useMutation({
    mutationFn: (jobId: string) =>
      unwrap(
        api.POST('/api/v1/admin/jobs/{queue}/{jobId}/retry', {
          params: { path: { queue, jobId } },
        }),
      ),
    onSuccess: () => {
      void message.success(t('retried'));
      void client.invalidateQueries({ queryKey: ['private', 'failed-jobs'] });
    },
    onError: (error) =>
      void message.error(t('failed', { message: error instanceof ApiError ? error.message : '' })),
  });
  return (
    <Card title={t('jobsTitle')}>
      <Flex vertical gap={12}>
        <Segmented<QueueName>
          aria-label={t('queue')}
          value={queue}
          onChange={(value) => {
            setQueue(value);
            setPage(1);
          }}
          options={(Object.keys(QUEUE_LABELS) as QueueName[]).map((name) => ({
            value: name,
            label: label(QUEUE_LABELS, name, locale),
          }))}
        />
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <div className="rt-table-scroll">
            <Table<FailedJob>
              rowKey={(job) => job.id ?? job.name}
              loading={query.isPending}
              dataSource={query.data?.items ?? []}
              locale={{ emptyText: <Empty description={t('noFailed')} /> }}
              pagination={{
                current: page,
                pageSize: 20,
                total: query.data?.total ?? 0,
                onChange: setPage,
                showSizeChanger: false,
              }}
              expandable={{
                expandedRowRender: (job) => (
                  <pre style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(job.data, null, 2)}</pre>
                ),
              }}
              columns={[
                { title: t('jobName'), dataIndex: 'name' },
                { title: t('reason'), dataIndex: 'failedReason', ellipsis: true },
                { title: t('attempts'), dataIndex: 'attemptsMade', responsive: ['md'] },
                {
                  title: t('failedAt'),
                  dataIndex: 'failedAt',
                  responsive: ['md'],
                  render: (at: string | null) => (at ? formatDate(at, locale) : '—'),
                },
                {
                  title: t('retry'),
                  key: 'retry',
                  render: (_, job) =>
                    job.id ? (
                      <Button
                        size="small"
                        loading={retry.isPending && retry.variables === job.id}
                        onClick={() => retry.mutate(job.id!)}
                      >
                        {t('retry')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </div>
        )}
      </Flex>
    </Card>
  );
}

/** Opens Bull Board: the API sets an HttpOnly cookie for /admin/queues from this session. */
function QueueDashboardLink() {
  const t = useMessages(adminMessages);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    // Open the window in the click's turn (popup blockers), then point it at the dashboard.
    const target = window.open('about:blank', '_blank');
    try {
      const opened = await unwrap(
        api.POST('/api/v1/admin/queue-dashboard/session', {
          // The route reads the bearer token itself to put it into the dashboard's cookie.
          params: { header: { authorization: `Bearer ${session.accessToken() ?? ''}` } },
        }),
      );
      if (target) target.location.href = opened.path;
      else window.location.href = opened.path;
    } catch (error) {
      target?.close();
      void message.error(t('failed', { message: error instanceof ApiError ? error.message : '' }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('dashboardHint')}</Typography.Text>
        <Button type="primary" loading={busy} onClick={() => void open()}>
          {t('dashboard')}
        </Button>
      </Flex>
    </Card>
  );
}

function UsccExceptionForm() {
  const t = useMessages(adminMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Schemas['UsccExceptionDto']>();
  const inFlight = useRef(false);
  const record = useMutation({
    mutationFn: (body: Schemas['UsccExceptionDto']) =>
      unwrap(api.POST('/api/v1/admin/uscc-exceptions', { body })),
  });
  return (
    <Card title={t('usccTitle')}>
      <Typography.Paragraph type="secondary">{t('usccIntro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          if (inFlight.current) return;
          inFlight.current = true;
          record.mutate(
            { uscc: values.uscc.trim().toUpperCase(), reason: values.reason.trim() },
            {
              onSettled: () => {
                inFlight.current = false;
              },
              onSuccess: (result) => {
                void message.success(t('usccDone', { uscc: result.uscc }));
                form.resetFields();
              },
              onError: (error) =>
                void message.error(
                  t('failed', { message: error instanceof ApiError ? error.message : '' }),
                ),
            },
          );
        }}
      >
        <Form.Item
          name="uscc"
          label={t('uscc')}
          normalize={(v: string) => v.toUpperCase()}
          rules={[{ required: true, pattern: /^[0-9A-Z]{18}$/, message: t('usccRule') }]}
        >
          <Input maxLength={18} style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('usccReason')}
          rules={[
            { required: true, whitespace: true, min: 5, max: 1000, message: t('usccReasonRule') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('usccSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

/** Admins: failed jobs with retry, the queue dashboard, USCC exceptions. */
export default function AdminPage() {
  const t = useMessages(adminMessages);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <QueueDashboardLink />
      <FailedJobs />
      <UsccExceptionForm />
    </Flex>
  );
}
