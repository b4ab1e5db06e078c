import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Progress,
  Select,
  Skeleton,
  Space,
  Steps,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { useMessages } from '../i18n/messages';
import { challengeMessages } from './messages';
import {
  uploadAttachment,
  useApplication,
  useRefresh,
  useRound,
  useTimeline,
  type Application,
  type Proposal,
} from './use-challenges';

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.fields.map((f) => `${f.field}：${f.messages.join('；')}`).join('；');
    return fields || error.message;
  }
  return String(error);
}

/** The draft form: every change autosaves (debounced); attachments upload with progress. */
function DraftForm({ application }: { application: Application }) {
  const t = useMessages(challengeMessages);
  const refresh = useRefresh();
  const round = useRound(application.challengeId);
  const [form] = Form.useForm<Proposal>();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const version = useRef(application.version);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const budget = Form.useWatch('budget', form) as { amountWan?: number }[] | undefined;
  const total = (budget ?? []).reduce((sum, item) => sum + (item?.amountWan ?? 0), 0);

  useEffect(() => () => clearTimeout(timer.current), []);

  const persist = async () => {
    setSave({ kind: 'saving' });
    const values = form.getFieldsValue(true) as Proposal & { milestones?: { date?: unknown }[] };
    const proposal = {
      ...values,
      milestones: (values.milestones ?? []).map((m) => ({
        ...m,
        date: dayjs.isDayjs(m.date) ? m.date.format('YYYY-MM-DD') : m.date,
      })),
    } as Proposal;
    try {
      const saved = await unwrap(
        api.PUT('/api/v1/applications/{id}/draft', {
          params: { path: { id: application.id } },
          body: { proposal, version: version.current },
        }),
      );
      version.current = saved.version;
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', message: errorText(error) });
    }
  };

  const initial = {
    ...application.proposal,
    milestones: (application.proposal.milestones ?? []).map((m) => ({ ...m, date: dayjs(m.date) })),
  };

  return (
    <Flex vertical gap={16}>
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => {
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void persist(), 800);
        }}
      >
        <Form.Item name="summary" label={t('summary')}>
          <Input.TextArea rows={4} maxLength={500} showCount data-testid="summary" />
        </Form.Item>
        <Form.Item name="technicalApproach" label={t('approach')}>
          <Input.TextArea rows={6} maxLength={10000} />
        </Form.Item>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('team')}
        </Typography.Title>
        <Form.List name="team">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'name']} label={t('memberName')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} label={t('memberRole')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} label={t('memberTitle')}>
                    <Input />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('remove')}</Button>
                </Space>
              ))}
              <Button onClick={() => add({ name: '', role: '', title: '' })}>{t('add')}</Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('milestones')}
        </Typography.Title>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'date']} label={t('milestoneDate')}>
                    <DatePicker />
                  </Form.Item>
                  <Form.Item name={[field.name, 'deliverable']} label={t('deliverable')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'indicator']} label={t('indicator')}>
                    <Select
                      style={{ minWidth: 160 }}
                      options={(round.data?.indicators ?? []).map((i) => ({
                        value: i.name,
                        label: i.name,
                      }))}
                    />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('remove')}</Button>
                </Space>
              ))}
              <Button
                onClick={() => add({ deliverable: '', indicator: round.data?.indicators[0]?.name })}
              >
                {t('add')}
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('budget')}
        </Typography.Title>
        <Form.List name="budget">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'item']} label={t('budgetItem')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'amountWan']} label={t('amount')}>
                    <InputNumber min={0} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('remove')}</Button>
                </Space>
              ))}
              <Button onClick={() => add({ item: '', amountWan: 0 })}>{t('add')}</Button>
            </>
          )}
        </Form.List>
        <Typography.Paragraph>
          {t('budgetTotal', { total, reward: round.data?.rewardWan ?? '—' })}
        </Typography.Paragraph>
        <Space wrap>
          <Form.Item name="trlNow" label={t('trlNow')}>
            <InputNumber min={1} max={9} />
          </Form.Item>
          <Form.Item name="trlAtDelivery" label={t('trlAtDelivery')}>
            <InputNumber min={1} max={9} />
          </Form.Item>
        </Space>
        <Form.Item name="ipArrangement" label={t('ip')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      <Typography.Text
        type={save.kind === 'failed' ? 'danger' : 'secondary'}
        data-testid="save-state"
      >
        {save.kind === 'saving' && t('saving')}
        {save.kind === 'saved' && t('saved')}
        {save.kind === 'failed' && t('saveFailed', { message: save.message })}
      </Typography.Text>
      <Card title={t('attachments')} size="small">
        <Upload
          showUploadList={false}
          customRequest={({ file }) => {
            setUploadError(null);
            setProgress(0);
            uploadAttachment(application.id, file as File, setProgress)
              .then(() => void refresh())
              .catch((error: unknown) => setUploadError(errorText(error)))
              .finally(() => setProgress(null));
          }}
        >
          <Button>{t('upload')}</Button>
        </Upload>
        {progress !== null && <Progress percent={progress} size="small" />}
        {uploadError && (
          <Alert type="error" showIcon title={t('uploadFailed', { message: uploadError })} />
        )}
        <Attachments application={application} />
      </Card>
      {submitError !== null && (
        <Alert type="error" showIcon title={errorText(submitError)} data-testid="submit-error" />
      )}
      <Popconfirm
        title={t('submitConfirm')}
        okText={t('confirm')}
        cancelText={t('cancel')}
        // antd's Popconfirm awaits a returned promise (loading button, closes when settled).
        // eslint-disable-next-line @typescript-eslint/no-misused-promises
        onConfirm={async () => {
          clearTimeout(timer.current);
          await persist();
          try {
            await unwrap(
              api.POST('/api/v1/applications/{id}/submit', {
                params: { path: { id: application.id } },
              }),
            );
            setSubmitError(null);
            await refresh();
          } catch (error) {
            setSubmitError(error);
          }
        }}
      >
        <Button type="primary">{t('submit')}</Button>
      </Popconfirm>
    </Flex>
  );
}

function Attachments({ application }: { application: Application }) {
  const t = useMessages(challengeMessages);
  return (
    <List
      size="small"
      dataSource={application.attachments}
      renderItem={(file) => (
        <List.Item
          actions={[
            <Button
              key="download"
              type="link"
              onClick={() =>
                void (async () => {
                  const link = await unwrap(
                    api.POST('/api/v1/applications/{id}/attachments/{fileId}/link', {
                      params: { path: { id: application.id, fileId: file.id } },
                    }),
                  );
                  window.location.assign(link.url);
                })()
              }
            >
              {t('download')}
            </Button>,
          ]}
        >
          {file.filename ?? file.kind.toUpperCase()}（{Math.round(file.sizeBytes / 1024)} KB）
        </List.Item>
      )}
    />
  );
}

/** The applicant's status: stages as steps, and every change with its reason. */
function Timeline({ application }: { application: Application }) {
  const t = useMessages(challengeMessages);
  const timeline = useTimeline(application.id);
  return (
    <Card title={t('timeline')}>
      <Steps
        direction="vertical"
        size="small"
        current={(timeline.data?.length ?? 1) - 1}
        items={(timeline.data ?? []).map((change) => ({
          title: change.toStageLabel,
          description: (
            <>
              {new Date(change.at).toLocaleString('zh-CN')}
              {change.reasonLabel && (
                <div>
                  {t('reason')}：{change.reasonLabel}
                </div>
              )}
              {change.note && (
                <div>
                  {t('note')}：{change.note}
                </div>
              )}
            </>
          ),
        }))}
      />
    </Card>
  );
}

export default function ApplicationPage() {
  const { id = '' } = useParams();
  const t = useMessages(challengeMessages);
  const refresh = useRefresh();
  const application = useApplication(id);
  if (application.error)
    return <ErrorState error={application.error} onRetry={() => void application.refetch()} />;
  if (!application.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const a = application.data;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('application')}：<Link to={`/challenges/${a.challengeId}`}>{a.challengeTitle}</Link>
      </Typography.Title>
      <Space>
        <Tag color="blue" data-testid="stage">
          {a.stageLabel}
        </Tag>
        {a.organisationName && <Typography.Text>{a.organisationName}</Typography.Text>}
      </Space>
      {a.awardWan !== null && (
        <Alert type="success" showIcon title={t('awardAmount', { amount: a.awardWan })} />
      )}
      {a.stage === 'not_selected' && (
        <Alert
          type="warning"
          showIcon
          data-testid="decision"
          title={`${t('reason')}：${a.decisionReasonLabel ?? ''}`}
          description={a.decisionNote}
        />
      )}
      {a.editable ? (
        <DraftForm application={a} />
      ) : (
        <Card>
          <Descriptions
            column={1}
            items={[
              { key: 'summary', label: t('summary'), children: a.proposal.summary ?? '—' },
              {
                key: 'approach',
                label: t('approach'),
                children: a.proposal.technicalApproach ?? '—',
              },
              { key: 'ip', label: t('ip'), children: a.proposal.ipArrangement ?? '—' },
            ]}
          />
          <Attachments application={a} />
        </Card>
      )}
      {a.stage === 'submitted' && (
        <Button
          onClick={() =>
            void (async () => {
              await unwrap(
                api.POST('/api/v1/applications/{id}/withdraw', { params: { path: { id } } }),
              );
              await refresh();
            })()
          }
        >
          {t('withdraw')}
        </Button>
      )}
      <Timeline application={a} />
    </Flex>
  );
}
