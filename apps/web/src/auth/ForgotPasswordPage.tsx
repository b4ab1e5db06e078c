import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { authApi } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { useMessages } from '../i18n/messages';
import { accountMessages } from './account-messages';

/** Asks for a reset mail; the answer is the same whether the address is registered or not. */
export default function ForgotPasswordPage() {
  const t = useMessages(accountMessages);
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async ({ email }: { email: string }) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await unwrap(authApi.POST('/api/v1/auth/password/forgot', { body: { email: email.trim() } }));
      setSent(true);
    } catch (error) {
      setFailure(error instanceof ApiError && error.status === 429 ? t('tooMany') : t('failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card className="rt-narrow-card">
      <Typography.Title level={1} className="rt-card-heading">
        {t('forgotTitle')}
      </Typography.Title>
      {sent ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('resetSent')}
          data-testid="reset-sent"
        />
      ) : (
        <>
          <Typography.Paragraph>{t('forgotIntro')}</Typography.Paragraph>
          {failure && (
            <Alert type="error" showIcon role="alert" title={failure} className="rt-form-alert" />
          )}
          <Form
            layout="vertical"
            requiredMark={false}
            onFinish={(values: { email: string }) => void submit(values)}
          >
            <Form.Item
              name="email"
              label={t('email')}
              rules={[{ required: true, type: 'email', message: t('emailRule') }]}
            >
              <Input type="email" autoComplete="username" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('sendReset')}
            </Button>
          </Form>
        </>
      )}
      <Typography.Paragraph className="rt-card-footer">
        <Link to="/sign-in">{t('backToSignIn')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
