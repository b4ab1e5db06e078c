import { Alert, App, Button, Card, Col, Divider, Form, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { authApi, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { ReferenceCascader } from '../components/ReferenceCascader';
import { commonMessages } from '../i18n/common-messages';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { label, ORGANISATION_TYPE_LABELS } from '../i18n/vocabulary';
import { fieldErrors } from './field-errors';
import { authMessages } from './messages';
import { session } from './session';

type Registration = Schemas['RegisterDto'];

/** Organisations that register themselves (organisers are set up by the platform). */
const SELF_REGISTERED = [
  'sme',
  'large_enterprise',
  'university',
  'research_institute',
  'service_org',
];

/** Sign-up of a person and their organisation; the API's field problems appear under the fields. */
export default function SignUpPage() {
  const t = useMessages(authMessages);
  const common = useMessages(commonMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Registration>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const required = [{ required: true, message: t('required') }];

  const submit = async (values: Registration) => {
    if (busy) return; // a double click registers once
    setBusy(true);
    setFailure(undefined);
    try {
      await unwrap(authApi.POST('/api/v1/auth/register', { body: { ...values, locale } }));
      await session.signIn(values.email, values.password);
      void message.success(t('registered'));
      navigate('/account', { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        form.setFields(fieldErrors(error, t, locale) as Parameters<typeof form.setFields>[0]);
        setFailure(t('fixFields'));
      } else if (error instanceof ApiError && error.status === 429) {
        setFailure(t('tooMany'));
      } else {
        setFailure(common('errorBody'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card style={{ maxWidth: 760, margin: '24px auto' }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('signUpTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('signUpIntro')}</Typography.Paragraph>
      {failure && (
        <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Form<Registration>
        form={form}
        layout="vertical"
        requiredMark
        onFinish={(values) => void submit(values)}
        onFinishFailed={() => setFailure(t('fixFields'))}
      >
        <Divider titlePlacement="start">{t('account')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="email"
              label={t('email')}
              rules={[...required, { type: 'email', message: t('emailInvalid') }]}
            >
              <Input type="email" autoComplete="email" maxLength={254} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="displayName" label={t('displayName')} rules={required}>
              <Input autoComplete="name" maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="password"
              label={t('password')}
              extra={t('passwordHint')}
              rules={required}
            >
              <Input.Password autoComplete="new-password" maxLength={128} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="mobile" label={t('mobile')}>
              <Input autoComplete="tel" maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('organisation')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name={['organisation', 'type']}
              label={t('orgType')}
              rules={[{ required: true, message: t('requiredChoice') }]}
            >
              <Select
                options={SELF_REGISTERED.map((type) => ({
                  value: type,
                  label: label(ORGANISATION_TYPE_LABELS, type, locale),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['organisation', 'name']} label={t('orgName')} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['organisation', 'uscc']}
              label={t('uscc')}
              extra={t('usccHint')}
              rules={required}
            >
              <Input maxLength={40} style={{ textTransform: 'uppercase' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name={['organisation', 'regionCode']}
              label={t('region')}
              htmlFor="organisation-region"
              rules={[{ required: true, message: t('requiredChoice') }]}
            >
              <ReferenceCascader
                id="organisation-region"
                kind="regions"
                placeholder={t('regionPlaceholder')}
                searchPlaceholder={t('regionSearch')}
                ariaLabel={t('region')}
                changeOnSelect
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name={['organisation', 'industryCode']}
              label={t('industry')}
              htmlFor="organisation-industry"
              rules={[{ required: true, message: t('requiredChoice') }]}
            >
              <ReferenceCascader
                id="organisation-industry"
                kind="industries"
                placeholder={t('industryPlaceholder')}
                searchPlaceholder={t('industrySearch')}
                ariaLabel={t('industry')}
                changeOnSelect
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('submitSignUp')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {t('haveAccount')} <Link to="/sign-in">{t('goSignIn')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
