import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Divider,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { authApi, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { ReferenceField } from '../components/ReferenceField';
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
  // The USCC is registered by another account: offer a claim instead of a dead end.
  const [usccTaken, setUsccTaken] = useState(false);
  const [disputing, setDisputing] = useState(false);
  const required = [{ required: true, message: t('required') }];

  const submit = async (values: Registration) => {
    if (busy) return; // a double click registers once
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await unwrap(
        authApi.POST('/api/v1/auth/register', { body: { ...values, locale } }),
      );
      // The answer is the same for a new and a registered address: try to sign in; if that
      // fails the address had an account already, and its owner got a mail about this attempt.
      try {
        await session.signIn(values.email, values.password);
      } catch {
        void message.info(t('checkMail'));
        void navigate('/sign-in', { replace: true });
        return;
      }
      if (answer.status === 'uscc-claim-submitted') {
        void message.success(t('disputeSubmitted'));
        void navigate('/my/uscc-claims', { replace: true });
        return;
      }
      void message.success(t('registered'));
      void navigate('/account', { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'USCC_TAKEN') {
        // Who holds the code is not said: the public profile is the only place for that.
        setUsccTaken(true);
        setFailure(undefined);
      } else if (error instanceof ApiError && error.fields.length > 0) {
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
              <Input
                maxLength={40}
                style={{ textTransform: 'uppercase' }}
                onChange={() => {
                  setUsccTaken(false);
                  setDisputing(false);
                }}
              />
            </Form.Item>
          </Col>
          {usccTaken && (
            <Col xs={24}>
              <Alert
                type="warning"
                showIcon
                role="alert"
                data-testid="uscc-taken"
                title={t('usccTakenTitle')}
                description={
                  <Flex vertical gap={8} align="flex-start">
                    <span>{t('usccTakenBody')}</span>
                    {!disputing && (
                      <Button onClick={() => setDisputing(true)}>{t('offerDispute')}</Button>
                    )}
                  </Flex>
                }
                style={{ marginBottom: 16 }}
              />
              {disputing && (
                <Form.Item
                  name={['organisation', 'usccClaimEvidence']}
                  label={t('disputeEvidence')}
                  extra={t('disputeHint')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      min: 5,
                      max: 2000,
                      message: t('disputeEvidenceRule'),
                    },
                  ]}
                >
                  <Input.TextArea
                    rows={3}
                    maxLength={2000}
                    placeholder={t('disputeEvidencePlaceholder')}
                  />
                </Form.Item>
              )}
            </Col>
          )}
          <Col xs={24}>
            <ReferenceField
              kind="regions"
              name={['organisation', 'regionCode']}
              id="organisation-region"
              required
            />
          </Col>
          <Col xs={24}>
            <ReferenceField
              kind="industries"
              name={['organisation', 'industryCode']}
              id="organisation-industry"
              label={t('industry')}
              required
            />
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {disputing ? t('submitDispute') : t('submitSignUp')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {t('haveAccount')} <Link to="/sign-in">{t('goSignIn')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
