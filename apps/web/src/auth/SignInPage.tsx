import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/errors';
import { commonMessages } from '../i18n/common-messages';
import { useMessages } from '../i18n/messages';
import { accountMessages } from './account-messages';
import { authMessages } from './messages';
import { session } from './session';
import { safeNext } from './sign-in-path';

interface SignInForm {
  email: string;
  password: string;
}

export default function SignInPage() {
  const t = useMessages(authMessages);
  const common = useMessages(commonMessages);
  const account = useMessages(accountMessages);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  const submit = async (values: SignInForm) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await session.signIn(values.email.trim(), values.password);
      void navigate(next, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setFailure(t('invalidCredentials'));
      else if (error instanceof ApiError && error.status === 429) setFailure(t('tooMany'));
      else setFailure(common('errorBody'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card style={{ maxWidth: 420, margin: '32px auto' }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('signInTitle')}
      </Typography.Title>
      {params.get('expired') && (
        <Alert
          type="warning"
          showIcon
          title={common('sessionExpired')}
          style={{ marginBottom: 16 }}
        />
      )}
      {params.get('reset') && (
        <Alert type="success" showIcon title={account('resetDone')} className="rt-form-alert" />
      )}
      {params.get('everywhere') && (
        <Alert
          type="info"
          showIcon
          title={account('signedOutEverywhere')}
          className="rt-form-alert"
        />
      )}
      {failure && (
        <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Form<SignInForm>
        layout="vertical"
        onFinish={(values) => void submit(values)}
        requiredMark={false}
      >
        <Form.Item
          name="email"
          label={t('email')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input type="email" autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('password')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('submitSignIn')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        <Link to="/forgot-password">{account('forgotLink')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph>
        {t('noAccount')} <Link to="/sign-up">{t('goSignUp')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
