import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { useMessages } from '../i18n/messages';
import { challengeMessages, CONFLICT_KINDS } from './messages';
import { useRefresh, useReviewQueue, type QueueItem } from './use-challenges';

function Scorecard({ item }: { item: QueueItem }) {
  const t = useMessages(challengeMessages);
  const refresh = useRefresh();
  const [form] = Form.useForm<{ scores: Record<string, number>; comment?: string }>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [conflict, setConflict] = useState<string>('recent_collaboration');
  const a = item.application;
  return (
    <Card
      title={
        <Space>
          <Link to={`/applications/${a.id}`}>{a.organisationName ?? t('anonymousApplicant')}</Link>
          <Tag>{a.stageLabel}</Tag>
          {item.recused && <Tag color="red">{t('recused')}</Tag>}
        </Space>
      }
      data-testid="queue-item"
    >
      {item.recused ? null : (
        <>
          <Typography.Paragraph>{a.proposal.summary}</Typography.Paragraph>
          <Form
            form={form}
            layout="inline"
            initialValues={{ scores: item.myScores ?? {}, comment: item.myComment ?? '' }}
            onFinish={(values) =>
              void (async () => {
                try {
                  const result = await unwrap(
                    api.PUT('/api/v1/applications/{id}/scorecard', {
                      params: { path: { id: a.id } },
                      body: values,
                    }),
                  );
                  setMessage({ ok: true, text: t('scoreSaved', { total: result.total }) });
                  await refresh();
                } catch (error) {
                  setMessage({
                    ok: false,
                    text:
                      error instanceof ApiError
                        ? [error.message, ...error.fields.flatMap((f) => f.messages)].join('；')
                        : String(error),
                  });
                }
              })()
            }
          >
            {item.criteria.map((c) => (
              <Form.Item key={c.name} name={['scores', c.name]} label={`${c.name}（${c.weight}%）`}>
                <InputNumber min={0} max={10} step={0.5} aria-label={c.name} />
              </Form.Item>
            ))}
            <Form.Item name="comment" label={t('comment')}>
              <Input style={{ width: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('saveScores')}
            </Button>
          </Form>
          <Space style={{ marginTop: 8 }}>
            <Select
              value={conflict}
              onChange={setConflict}
              options={CONFLICT_KINDS.map((k) => ({ value: k.value, label: k.zh }))}
              aria-label={t('conflictKind')}
            />
            <Button
              onClick={() =>
                void (async () => {
                  await unwrap(
                    api.POST('/api/v1/applications/{id}/conflicts', {
                      params: { path: { id: a.id } },
                      body: { kind: conflict as 'other' },
                    }),
                  );
                  await refresh();
                })()
              }
            >
              {t('conflict')}
            </Button>
          </Space>
        </>
      )}
      {message && (
        <Alert
          style={{ marginTop: 8 }}
          type={message.ok ? 'success' : 'error'}
          showIcon
          title={message.text}
        />
      )}
    </Card>
  );
}

/** The evaluator's queue: every application in review of the challenges they evaluate. */
export default function ReviewQueuePage() {
  const t = useMessages(challengeMessages);
  const queue = useReviewQueue();
  if (queue.error) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  if (!queue.data) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('queue')}
      </Typography.Title>
      {queue.data.length === 0 ? (
        <Empty description={t('noQueue')} />
      ) : (
        queue.data.map((item) => <Scorecard key={item.application.id} item={item} />)
      )}
    </Flex>
  );
}
