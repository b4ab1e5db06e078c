import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { trustMessages } from './trust-messages';
import { MY_CLAIMS_KEY } from './use-organisation';
import { useOrganisation } from './use-organisation';

const STATUS_KEYS = {
  verified: 'usccVerified',
  pending: 'usccPending',
  unverified: 'usccUnverified',
} as const;
const CLAIM_KEYS = {
  pending: 'claimPending',
  verified: 'claimVerified',
  rejected: 'claimRejected',
  withdrawn: 'claimWithdrawn',
} as const;

/** The organisation's USCC with its status, the claims about it, and (owners) a new claim. */
export function UsccCard({ organisationId, owner }: { organisationId: string; owner: boolean }) {
  const t = useMessages(trustMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const organisation = useOrganisation(organisationId);
  const [failure, setFailure] = useState<string>();
  const [form] = Form.useForm<{ evidence: string }>();
  const claims = useQuery({
    queryKey: MY_CLAIMS_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/me/uscc-claims')),
  });
  const submit = useMutation({
    mutationFn: (evidence: string) =>
      unwrap(
        api.POST('/api/v1/uscc-claims', {
          body: { uscc: organisation.data!.uscc, evidence },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      void message.success(t('claimSubmitted'));
      void client.invalidateQueries({ queryKey: MY_CLAIMS_KEY });
      void client.invalidateQueries({ queryKey: ['private', 'organisation', organisationId] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.some((f) => f.field === 'evidence')) {
        form.setFields([{ name: 'evidence', errors: [t('evidenceRule')] }]);
      } else if (error instanceof ApiError && error.code === 'USCC_CLAIM_PENDING') {
        setFailure(t('claimPendingExists'));
      } else if (error instanceof ApiError && error.code === 'USCC_ALREADY_VERIFIED') {
        setFailure(t('alreadyVerified'));
      } else if (error instanceof ApiError && error.status === 403) {
        setFailure(t('ownersOnlyClaim'));
      } else {
        setFailure(t('claimFailed', { message: error instanceof ApiError ? error.message : '' }));
      }
    },
  });
  if (!organisation.data) return null;
  const status = organisation.data.usccStatus;
  const mine = (claims.data ?? []).filter((claim) => claim.organisationId === organisationId);
  const pending = mine.some((claim) => claim.status === 'pending');
  return (
    <Card title={t('usccTitle')} size="small" data-testid="uscc-card">
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center">
          <span>{organisation.data.uscc}</span>
          <Tag
            color={status === 'verified' ? 'blue' : status === 'pending' ? 'geekblue' : 'default'}
            data-testid="uscc-status"
          >
            {t(STATUS_KEYS[status])}
          </Tag>
        </Flex>
        <Typography.Text type="secondary">{t('usccHint')}</Typography.Text>
        {mine.length > 0 && (
          <>
            <Typography.Text strong>{t('claims')}</Typography.Text>
            <ul className="rt-history" data-testid="uscc-claims">
              {mine.map((claim) => (
                <li key={claim.id}>
                  {formatDate(claim.createdAt, locale)}{' '}
                  {claim.kind === 'dispute' ? t('claimDispute') : t('claimRegistration')}：
                  {t(CLAIM_KEYS[claim.status])}
                  {claim.decisionReason && `（${claim.decisionReason}）`}
                </li>
              ))}
            </ul>
            <Link to="/my/uscc-claims">{t('myClaimsLink')}</Link>
          </>
        )}
        {owner && status !== 'verified' && !pending && (
          <Form
            form={form}
            layout="vertical"
            onFinish={(values) => {
              setFailure(undefined);
              submit.mutate(values.evidence.trim());
            }}
          >
            {failure && (
              <Alert type="error" showIcon role="alert" title={failure} className="rt-form-alert" />
            )}
            <Form.Item
              name="evidence"
              label={t('evidence')}
              rules={[
                { required: true, whitespace: true, min: 5, max: 2000, message: t('evidenceRule') },
              ]}
            >
              <Input.TextArea rows={3} maxLength={2000} placeholder={t('evidencePlaceholder')} />
            </Form.Item>
            <Button htmlType="submit" loading={submit.isPending}>
              {t('submitClaim')}
            </Button>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
