import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Skeleton,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { useSession } from '../auth/use-session';
import { ErrorState } from '../components/ErrorState';
import { useMessages } from '../i18n/messages';
import { challengeMessages, NOT_SELECTED_REASONS } from './messages';
import { useEvaluators, useRefresh, useReviewTable, type ReviewTable } from './use-challenges';

type Row = ReviewTable['rows'][number];

function problem(error: unknown): string {
  if (error instanceof ApiError) {
    return [error.message, ...error.fields.map((f) => `${f.field}：${f.messages.join('；')}`)].join(
      '；',
    );
  }
  return String(error);
}

/** The owner's console: applications with stages and scores, ranking, decisions, evaluators, award. */
export default function ReviewConsolePage() {
  const { id = '' } = useParams();
  const t = useMessages(challengeMessages);
  const refresh = useRefresh();
  const state = useSession();
  const table = useReviewTable(id);
  const evaluators = useEvaluators(id);
  const [error, setError] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const [awarding, setAwarding] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const [rejectForm] = Form.useForm<{ reason: string; note: string }>();
  const [awardForm] = Form.useForm<{ notice: string; amounts: Record<string, number> }>();
  const [inviteEmail, setInviteEmail] = useState('');

  const act = async (work: () => Promise<unknown>) => {
    try {
      setError(null);
      await work();
      await refresh();
    } catch (e) {
      setError(problem(e));
    }
  };
  const decide = (row: Row, stage: 'qualified' | 'shortlisted' | 'finalist', extra = {}) =>
    act(() =>
      unwrap(
        api.POST('/api/v1/applications/{id}/decision', {
          params: { path: { id: row.applicationId } },
          body: { stage, ...extra },
        }),
      ),
    );

  if (table.error) return <ErrorState error={table.error} onRetry={() => void table.refetch()} />;
  if (!table.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const { round, rows } = table.data;
  const me = state.status === 'signed-in' ? state.me : undefined;
  const awardable = rows.filter((r) => r.stage === 'shortlisted' || r.stage === 'finalist');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('review')}：<Link to={`/challenges/${id}`}>{round.title}</Link>
      </Typography.Title>
      <Typography.Text>{t('deadline', { date: round.deadlineText })}</Typography.Text>
      {round.awardedAt && (
        <Alert type="success" showIcon title={t('awarded')} description={round.awardNotice} />
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          data-testid="console-error"
          closable
          onClose={() => setError(null)}
        />
      )}
      <Table<Row>
        rowKey="applicationId"
        dataSource={rows}
        pagination={{ pageSize: 50 }}
        columns={[
          {
            title: t('rank'),
            dataIndex: 'rank',
            width: 70,
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('applicant'),
            dataIndex: 'organisationName',
            render: (name: string, row) => (
              <Link to={`/applications/${row.applicationId}`}>{name}</Link>
            ),
          },
          { title: t('stage'), dataIndex: 'stageLabel', render: (v: string) => <Tag>{v}</Tag> },
          { title: t('score'), render: (_, row) => row.summary.mean ?? '—' },
          { title: t('spread'), render: (_, row) => row.summary.spread ?? '—' },
          { title: t('scores'), render: (_, row) => `${row.scoresIn}/${row.scoresExpected}` },
          {
            title: t('actions'),
            render: (_, row) => (
              <Space wrap>
                {row.stage === 'submitted' && (
                  <Button size="small" onClick={() => void decide(row, 'qualified')}>
                    {t('qualify')}
                  </Button>
                )}
                {row.stage === 'qualified' && (
                  <Button size="small" onClick={() => void decide(row, 'shortlisted')}>
                    {t('shortlist')}
                  </Button>
                )}
                {row.stage === 'shortlisted' && (
                  <Button size="small" onClick={() => void decide(row, 'finalist')}>
                    {t('finalist')}
                  </Button>
                )}
                {['submitted', 'qualified', 'shortlisted', 'finalist'].includes(row.stage) && (
                  <Button size="small" danger onClick={() => setRejecting(row)}>
                    {t('notSelect')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {!round.awardedAt && awardable.length > 0 && (
        <Button type="primary" onClick={() => setAwarding(true)}>
          {t('award')}
        </Button>
      )}
      <Card title={t('evaluators')}>
        <List
          size="small"
          dataSource={evaluators.data ?? []}
          renderItem={(e) => (
            <List.Item>
              {e.displayName ?? e.email} <Tag>{e.source === 'member' ? '本单位' : '外部专家'}</Tag>
              {!e.accepted && <Tag color="orange">待接受</Tag>}
            </List.Item>
          )}
        />
        <Space wrap>
          {me && (
            <Button
              onClick={() =>
                void act(() =>
                  unwrap(
                    api.POST('/api/v1/challenges/{id}/evaluators', {
                      params: { path: { id } },
                      body: { userId: me.id },
                    }),
                  ),
                )
              }
            >
              {t('addSelf')}
            </Button>
          )}
          <Input
            placeholder={t('inviteExpert')}
            aria-label={t('inviteExpert')}
            value={inviteEmail}
            onChange={(event) => setInviteEmail(event.target.value)}
            style={{ width: 260 }}
          />
          <Button
            onClick={() =>
              void act(async () => {
                const created = await unwrap(
                  api.POST('/api/v1/challenges/{id}/evaluators', {
                    params: { path: { id } },
                    body: { email: inviteEmail },
                  }),
                );
                setToken(created.invitationToken);
                setInviteEmail('');
              })
            }
          >
            {t('invite')}
          </Button>
        </Space>
        {token && <Alert type="info" showIcon title={t('invitationToken', { token })} />}
        <Space style={{ marginTop: 12 }}>
          <Switch
            checked={round.anonymousReview}
            aria-label={t('anonymous')}
            onChange={(checked) =>
              void act(() =>
                unwrap(
                  api.PUT('/api/v1/challenges/{id}/round', {
                    params: { path: { id } },
                    body: { anonymousReview: checked },
                  }),
                ),
              )
            }
          />
          <span>{t('anonymous')}</span>
          <Typography.Text type="secondary">{t('anonymousHint')}</Typography.Text>
        </Space>
      </Card>
      <Modal
        open={rejecting !== null}
        title={t('notSelectTitle')}
        okText={t('confirm')}
        cancelText={t('cancel')}
        onCancel={() => setRejecting(null)}
        onOk={() =>
          void (async () => {
            const values = await rejectForm.validateFields();
            if (rejecting) await decide(rejecting, 'not_selected' as never, values);
            setRejecting(null);
            rejectForm.resetFields();
          })()
        }
      >
        <Form form={rejectForm} layout="vertical">
          <Form.Item name="reason" label={t('reason')} rules={[{ required: true }]}>
            <Select options={NOT_SELECTED_REASONS.map((r) => ({ value: r.value, label: r.zh }))} />
          </Form.Item>
          <Form.Item name="note" label={t('note')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={awarding}
        title={t('award')}
        okText={t('confirm')}
        cancelText={t('cancel')}
        onCancel={() => setAwarding(false)}
        onOk={() =>
          void (async () => {
            const values = await awardForm.validateFields();
            const winners = Object.entries(values.amounts ?? {})
              .filter(([, amount]) => typeof amount === 'number' && amount > 0)
              .map(([applicationId, amountWan]) => ({ applicationId, amountWan }));
            await act(() =>
              unwrap(
                api.POST('/api/v1/challenges/{id}/award', {
                  params: { path: { id } },
                  body: { winners, notice: values.notice },
                }),
              ),
            );
            setAwarding(false);
          })()
        }
      >
        <Form form={awardForm} layout="vertical">
          <Typography.Text>
            {t('winners')}（榜额 {round.rewardWan} 万元）
          </Typography.Text>
          {awardable.map((row) => (
            <Form.Item
              key={row.applicationId}
              name={['amounts', row.applicationId]}
              label={row.organisationName}
            >
              <InputNumber min={0} max={round.rewardWan} />
            </Form.Item>
          ))}
          <Form.Item name="notice" label={t('awardNotice')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
