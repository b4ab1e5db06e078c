import { Alert, App, Button, Col, Form, Input, Popconfirm, Row, Skeleton, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../api/errors';
import type { Schemas } from '../api/client';
import { ErrorState } from '../components/ErrorState';
import { showFieldErrors } from '../components/form-errors';
import { ReferenceField } from '../components/ReferenceField';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { myOrgMessages } from './messages';
import { trustMessages } from './trust-messages';
import { useOrganisation, useUpdateOrganisation } from './use-organisation';
import { formatDate } from '../components/format';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';

type Values = Schemas['UpdateOrganisationDto'];

const NAME_STATUS_KEYS = {
  pending: 'nameStatusPending',
  approved: 'nameStatusApproved',
  rejected: 'nameStatusRejected',
  withdrawn: 'nameStatusWithdrawn',
} as const;

/** The profile the public sees, and the contact shown only after mutual consent. */
export function ProfileTab({ organisationId }: { organisationId: string }) {
  const t = useMessages(myOrgMessages);
  const trust = useMessages(trustMessages);
  const { locale } = useLocale();
  const names = useQuery({
    queryKey: ['private', 'name-changes', organisationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organisations/{organisationId}/name-changes', {
          params: { path: { organisationId } },
        }),
      ),
  });
  const { message } = App.useApp();
  const query = useOrganisation(organisationId);
  const update = useUpdateOrganisation(organisationId);
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const inFlight = useRef(false);
  const client = useQueryClient();
  const pendingChange = names.data?.find((change) => change.status === 'pending');
  const withdraw = useMutation({
    mutationFn: (nameChangeId: string) =>
      unwrap(
        api.POST('/api/v1/organisation-name-changes/{nameChangeId}/withdraw', {
          params: { path: { nameChangeId } },
        }),
      ),
    onSuccess: () => {
      void message.success(trust('nameWithdrawn'));
      void names.refetch();
      void client.invalidateQueries({ queryKey: ['private', 'organisation', organisationId] });
    },
    onError: (error) => {
      void message.error(
        error instanceof ApiError && error.status === 403
          ? trust('nameOwnersOnly')
          : trust('withdrawFailed', { message: error instanceof ApiError ? error.message : '' }),
      );
    },
  });
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const organisation = query.data;
  const submit = (values: Values) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(undefined);
    const contact = Object.fromEntries(
      Object.entries(values.contact ?? {}).filter(
        ([, v]) => typeof v === 'string' && v.trim() !== '',
      ),
    );
    update.mutate(
      { ...values, website: values.website?.trim() || undefined, contact },
      {
        onSettled: () => {
          inFlight.current = false;
        },
        onSuccess: (saved) => {
          void names.refetch();
          const requested = saved.pendingName && saved.pendingName.name === values.name?.trim();
          void message.success(requested ? trust('nameSubmitted') : t('saved'));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'OWNER_ONLY') {
            form.setFields([{ name: 'name', errors: [trust('nameOwnersOnly')] }]);
            setFailure(t('fixFields'));
          } else if (error instanceof ApiError && error.fields.length > 0) {
            const unplaced = showFieldErrors(form, error, locale, t('fieldInvalid'));
            setFailure([t('fixFields'), ...unplaced].join(' '));
          } else
            setFailure(t('failed', { message: error instanceof ApiError ? error.message : '' }));
        },
      },
    );
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        name: organisation.name,
        regionCode: organisation.regionCode,
        industryCode: organisation.industryCode,
        profile: organisation.profile,
        website: organisation.website ?? undefined,
        contact: organisation.contact ?? {},
      }}
      onFinish={submit}
      onFinishFailed={() => setFailure(t('fixFields'))}
    >
      {failure && (
        <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="name"
        label={t('name')}
        extra={
          organisation.pendingName ? (
            <span data-testid="pending-name">
              {trust('pendingName', {
                name: organisation.pendingName.name,
                date: formatDate(organisation.pendingName.requestedAt, locale),
              })}
              {pendingChange && (
                <Popconfirm
                  title={trust('withdrawNameConfirm')}
                  okText={trust('confirmWithdraw')}
                  cancelText={trust('cancel')}
                  onConfirm={() => withdraw.mutate(pendingChange.id)}
                >
                  <Button type="link" size="small" loading={withdraw.isPending}>
                    {trust('withdrawName')}
                  </Button>
                </Popconfirm>
              )}
            </span>
          ) : undefined
        }
        rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('nameRule') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ReferenceField kind="regions" name="regionCode" id="org-region" required />
        </Col>
        <Col xs={24} md={12}>
          <ReferenceField kind="industries" name="industryCode" id="org-industry" required />
        </Col>
      </Row>
      <Form.Item
        name="profile"
        label={t('profile')}
        rules={[{ max: 5000, message: t('profileRule') }]}
      >
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item
        name="website"
        label={t('website')}
        rules={[
          { type: 'url', message: t('websiteRule') },
          { pattern: /^https?:\/\//, message: t('websiteRule') },
        ]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <fieldset className="rt-fieldset">
        <legend>{t('contact')}</legend>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={['contact', 'name']} label={t('contactName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['contact', 'phone']} label={t('contactPhone')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['contact', 'email']}
              label={t('contactEmail')}
              rules={[{ type: 'email', message: t('emailRule') }]}
            >
              <Input maxLength={254} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['contact', 'address']} label={t('contactAddress')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('save')}
      </Button>
      {names.data && names.data.length > 0 && (
        <div className="rt-section-gap">
          <Typography.Text strong>{trust('nameHistory')}</Typography.Text>
          <ul className="rt-history" data-testid="name-history">
            {names.data.map((change) => (
              <li key={change.id}>
                {formatDate(change.createdAt, locale)} {change.fromName} → {change.toName}：
                {trust(NAME_STATUS_KEYS[change.status])}
                {change.decisionReason && `（${change.decisionReason}）`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Form>
  );
}
