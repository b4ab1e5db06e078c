import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { ApiError } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { showFieldErrors } from '../components/form-errors';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import {
  CERTIFICATION_STATUS_COLORS,
  CERTIFICATION_STATUS_LABELS,
  label,
  LEVEL_LABELS,
  TIER_LABELS,
} from '../i18n/vocabulary';
import { certificateMessages } from './certificate-messages';
import { evidenceMessages } from './evidence-messages';
import { EVIDENCE_ACCEPT, EvidenceFiles, evidenceError, uploadEvidence } from './EvidenceFiles';
import {
  useCertifications,
  useOrganisation,
  useSubmitCertification,
  type CertificationWithHistory,
} from './use-organisation';

interface Values {
  tier: CertificationWithHistory['tier'];
  level: CertificationWithHistory['level'];
  issuedOn: Dayjs;
  validUntil: Dayjs;
  certificateNumber: string;
  issuingAuthority: string;
  listYear?: number;
}

const TIERS = ['innovative', 'specialised', 'little_giant', 'single_champion'] as const;
const LEVELS = ['national', 'provincial', 'city'] as const;
/** Field problems the API alone finds, said in the page's words. */
const API_RULES: Partial<Record<string, 'validUntilRule' | 'onlySme'>> = {
  validUntil: 'validUntilRule',
  tier: 'onlySme',
};

const ACTION_KEYS = {
  submitted: 'actionSubmitted',
  verified: 'actionVerified',
  rejected: 'actionRejected',
  revoked: 'actionRevoked',
  imported: 'actionImported',
  lapsed: 'actionLapsed',
  evidence_added: 'actionEvidenceAdded',
  evidence_removed: 'actionEvidenceRemoved',
} as const;

function SubmitForm({ organisationId }: { organisationId: string }) {
  const t = useMessages(certificateMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const e = useMessages(evidenceMessages);
  const submit = useSubmitCertification(organisationId);
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<File[]>([]);
  const client = useQueryClient();
  const refreshCertificates = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['private', 'certifications', organisationId] }),
      client.invalidateQueries({ queryKey: ['private', 'evidence'] }),
    ]);
  const [failure, setFailure] = useState<string>();
  const inFlight = useRef(false);
  const onFinish = (values: Values) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(undefined);
    submit.mutate(
      {
        tier: values.tier,
        level: values.level,
        issuedOn: values.issuedOn.format('YYYY-MM-DD'),
        validUntil: values.validUntil.format('YYYY-MM-DD'),
        certificateNumber: values.certificateNumber.trim(),
        issuingAuthority: values.issuingAuthority.trim(),
        listYear: values.listYear ?? undefined,
      },
      {
        onSettled: () => {
          inFlight.current = false;
        },
        onSuccess: (certificate) =>
          void (async () => {
            form.resetFields();
            const chosen = files;
            setFiles([]);
            // The evidence goes to the new certificate; a refused file is said, the rest still go.
            const problems: string[] = [];
            for (const file of chosen) {
              await uploadEvidence({ kind: 'certification', id: certificate.id }, file).catch(
                (error: unknown) => problems.push(`${file.name}：${evidenceError(error, e)}`),
              );
            }
            await refreshCertificates();
            if (problems.length) setFailure(problems.join('；'));
            else void message.success(t('submitted'));
          })(),
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            // Rules only the API checks (the dates' order, SMEs only) have their own sentences.
            const known = error.fields.filter((f) => API_RULES[f.field]);
            const rest = new ApiError(
              error.status,
              error.code,
              error.message,
              error.fields.filter((f) => !API_RULES[f.field]),
            );
            form.setFields(
              known.map((f) => ({
                name: f.field as keyof Values,
                errors: [t(API_RULES[f.field]!)],
              })),
            );
            const unplaced = rest.fields.length
              ? showFieldErrors(form, rest, locale, t('fieldInvalid'))
              : [];
            setFailure([t('fixFields'), ...unplaced].join(' '));
          } else {
            setFailure(t('failed', { message: error instanceof ApiError ? error.message : '' }));
          }
        },
      },
    );
  };
  const text = [
    { required: true, whitespace: true, message: t('required') },
    { min: 2, max: 100, message: t('textRule') },
  ];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      onFinishFailed={() => setFailure(t('fixFields'))}
      initialValues={{ level: 'provincial' }}
    >
      {failure && (
        <Alert type="error" showIcon role="alert" title={failure} className="rt-form-alert" />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="tier"
            label={t('tier')}
            rules={[{ required: true, message: t('required') }]}
          >
            <Select
              options={TIERS.map((tier) => ({
                value: tier,
                label: label(TIER_LABELS, tier, locale),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="level"
            label={t('level')}
            rules={[{ required: true, message: t('required') }]}
          >
            <Select
              options={LEVELS.map((level) => ({
                value: level,
                label: label(LEVEL_LABELS, level, locale),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="issuedOn"
            label={t('issuedOn')}
            rules={[{ required: true, message: t('required') }]}
          >
            <DatePicker
              className="rt-full-width"
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="validUntil"
            label={t('validUntil')}
            rules={[{ required: true, message: t('required') }]}
          >
            <DatePicker className="rt-full-width" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="certificateNumber" label={t('certificateNumber')} rules={text}>
            <Input maxLength={100} placeholder={t('certificateNumberPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="issuingAuthority" label={t('issuingAuthority')} rules={text}>
            <Input maxLength={100} placeholder={t('issuingAuthorityPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="listYear"
            label={t('listYear')}
            rules={[{ type: 'number', min: 2000, max: 2100, message: t('yearRule') }]}
          >
            <InputNumber className="rt-full-width" precision={0} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={e('chooseFiles')} extra={e('hint')}>
        <Upload
          accept={EVIDENCE_ACCEPT}
          multiple
          beforeUpload={(file) => {
            setFiles((current) => [...current, file]);
            return false;
          }}
          onRemove={(removed) =>
            setFiles((current) => current.filter((file) => file.name !== removed.name))
          }
          fileList={files.map((file, index) => ({
            uid: `${index}-${file.name}`,
            name: file.name,
            status: 'done',
          }))}
        >
          <Button>{e('upload')}</Button>
        </Upload>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submit.isPending}>
        {t('submit')}
      </Button>
    </Form>
  );
}

function CertificateCard({
  certificate,
  owner,
}: {
  certificate: CertificationWithHistory;
  owner: boolean;
}) {
  const t = useMessages(certificateMessages);
  const { locale } = useLocale();
  const expired = certificate.status === 'verified' && !certificate.counts;
  return (
    <Card
      size="small"
      data-testid="certificate"
      title={
        <Flex gap={8} wrap align="center" className="rt-card-title">
          <span>{label(TIER_LABELS, certificate.tier, locale)}</span>
          <Tag>{label(LEVEL_LABELS, certificate.level, locale)}</Tag>
          <Tag
            color={CERTIFICATION_STATUS_COLORS[certificate.status]}
            data-testid="certificate-status"
          >
            {label(CERTIFICATION_STATUS_LABELS, certificate.status, locale)}
          </Tag>
          {certificate.counts && <Tag color="blue">{t('counts')}</Tag>}
          {expired && <Tag>{t('expired')}</Tag>}
        </Flex>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'issued', label: t('issuedOn'), children: certificate.issuedOn },
          { key: 'until', label: t('validUntil'), children: certificate.validUntil },
          {
            key: 'number',
            label: t('certificateNumber'),
            children: certificate.certificateNumber ?? '—',
          },
          {
            key: 'authority',
            label: t('issuingAuthority'),
            children: certificate.issuingAuthority ?? '—',
          },
          { key: 'year', label: t('listYear'), children: certificate.listYear ?? '—' },
          {
            key: 'source',
            label: t('source'),
            children:
              certificate.source === 'official_list'
                ? t('sourceOfficialList')
                : t('sourceSubmitted'),
          },
          ...(certificate.decisionReason
            ? [{ key: 'reason', label: t('reason'), children: certificate.decisionReason }]
            : []),
        ]}
      />
      <EvidenceFiles
        record={{ kind: 'certification', id: certificate.id }}
        editable={
          owner && (certificate.status === 'pending' || certificate.status === 'under_review')
        }
      />
      <Typography.Text strong>{t('history')}</Typography.Text>
      <ol className="rt-history" data-testid="certificate-history">
        {certificate.history.map((entry, index) => (
          <li key={index}>
            <span>{formatDate(entry.at, locale)}</span> <span>{t(ACTION_KEYS[entry.action])}</span>
            <Typography.Text type="secondary">（{entry.actorName ?? t('system')}）</Typography.Text>
            {entry.reason && <span>：{entry.reason}</span>}
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** The organisation's tier certificates with their state and history; owners submit new ones. */
export function CertificatesTab({
  organisationId,
  owner,
}: {
  organisationId: string;
  owner: boolean;
}) {
  const t = useMessages(certificateMessages);
  const { locale } = useLocale();
  const organisation = useOrganisation(organisationId);
  const certificates = useCertifications(organisationId);
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {organisation.data && (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'tier',
              label: t('currentTier'),
              children: (
                <span data-testid="current-tier">
                  {organisation.data.currentTier
                    ? label(TIER_LABELS, organisation.data.currentTier, locale)
                    : t('noVerified')}
                  {organisation.data.declaredTier && (
                    <Typography.Text type="secondary">
                      {'　'}
                      {t('declared', {
                        tier: label(TIER_LABELS, organisation.data.declaredTier, locale),
                      })}
                    </Typography.Text>
                  )}
                </span>
              ),
            },
          ]}
        />
      )}
      <Card title={t('submitTitle')}>
        {owner ? (
          <SubmitForm organisationId={organisationId} />
        ) : (
          <Alert type="info" showIcon title={t('ownersOnly')} />
        )}
      </Card>
      <Typography.Title level={2} className="rt-section-title">
        {t('listTitle')}
      </Typography.Title>
      {certificates.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : certificates.isError ? (
        <ErrorState error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : certificates.data.length === 0 ? (
        <Empty description={t('empty')} />
      ) : (
        certificates.data.map((certificate) => (
          <CertificateCard key={certificate.id} certificate={certificate} owner={owner} />
        ))
      )}
    </Flex>
  );
}
