import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { useMessages } from '../i18n/messages';
import { accountMessages } from './account-messages';
import { confirmRules, newPasswordRules, showPasswordErrors } from './password-rules';

interface Values {
  password: string;
  confirm: string;
}

/** The reset mail's landing page: a new password, then sign in with it. */
export default function ResetPasswordPage() {
  const t = useMessages(accountMessages);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token');
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: Values) => {
    if (!token) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await unwrap(
        authApi.POST('/api/v1/auth/password/reset', { body: { token, password: values.password } }),
      );
      void navigate('/sign-in?reset=1', { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TOKEN_INVALID')
        setFailure(t('tokenInvalid'));
      else if (!showPasswordErrors(form, error, t, { password: 'password' })) {
        setFailure(error instanceof ApiError && error.status === 429 ? t('tooMany') : t('failed'));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card className="rt-narrow-card">
      <Typography.Title level={1} className="rt-card-heading">
        {t('resetTitle')}
      </Typography.Title>
      {!token ? (
        <Alert type="error" showIcon role="alert" title={t('noToken')} />
      ) : (
        <>
          <Typography.Paragraph>{t('resetIntro')}</Typography.Paragraph>
          {failure && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={failure}
              className="rt-form-alert"
              action={<Link to="/forgot-password">{t('requestAgain')}</Link>}
            />
          )}
          <Form<Values>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(v) => void submit(v)}
          >
            <Form.Item
              name="password"
              label={t('newPassword')}
              extra={t('passwordHint')}
              rules={newPasswordRules(t)}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label={t('confirmPassword')}
              dependencies={['password']}
              rules={confirmRules(t, 'password')}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('setPassword')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
