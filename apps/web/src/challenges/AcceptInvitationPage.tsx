import { Alert, Button, Card, Divider, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { session } from '../auth/session';
import { signInPath } from '../auth/sign-in-path';
import { useSession } from '../auth/use-session';
import { useMessages } from '../i18n/messages';
import { challengeMessages } from './messages';

interface NewAccountForm {
  displayName: string;
  password: string;
}

/**
 * The link in an external expert's invitation mail. Signed in: accept with this account (the
 * address must be the invited one). Signed out: sign in and come back, or create an account for
 * the invited address here, which accepts at once and signs in.
 */
export default function AcceptInvitationPage() {
  const t = useMessages(challengeMessages);
  const state = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [form] = Form.useForm<NewAccountForm>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const failed = (error: unknown) =>
    setResult({ ok: false, text: error instanceof ApiError ? error.message : String(error) });

  const accept = async () => {
    setBusy(true);
    try {
      await unwrap(api.POST('/api/v1/evaluator-invitations/accept', { body: { token } }));
      setResult({ ok: true, text: t('accepted') });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const createAndAccept = async (values: NewAccountForm) => {
    setBusy(true);
    setResult(null);
    try {
      const evaluator = await unwrap(
        api.POST('/api/v1/evaluator-invitations/accept-with-new-account', {
          body: { token, displayName: values.displayName.trim(), password: values.password },
        }),
      );
      await session.signIn(evaluator.email, values.password);
      void navigate('/review-queue', { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') {
        setResult({ ok: false, text: t('emailTaken') });
      } else if (error instanceof ApiError && error.code === 'PASSWORD_WEAK') {
        form.setFields([{ name: 'password', errors: [t('passwordWeak')] }]);
      } else {
        failed(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('acceptInvitation')} style={{ maxWidth: 560, margin: '0 auto' }}>
      <Flex vertical gap={12}>
        <Typography.Paragraph>{t('invitationIntro')}</Typography.Paragraph>
        {!token && <Alert type="warning" showIcon title={t('invitationMissing')} />}
        {result && (
          <Alert type={result.ok ? 'success' : 'error'} showIcon title={result.text} role="alert" />
        )}
        {result?.ok && <Link to="/review-queue">{t('queue')}</Link>}
        {token && state.status === 'signed-in' && !result?.ok && (
          <Button type="primary" loading={busy} onClick={() => void accept()}>
            {t('acceptInvitation')}
          </Button>
        )}
        {token && state.status !== 'signed-in' && (
          <>
            <Typography.Text strong>{t('haveAccount')}</Typography.Text>
            <Link to={signInPath(location)}>
              <Button>{t('signInToAccept')}</Button>
            </Link>
            <Divider />
            <Typography.Text strong>{t('newAccount')}</Typography.Text>
            <Form<NewAccountForm>
              form={form}
              layout="vertical"
              requiredMark={false}
              onFinish={(values) => void createAndAccept(values)}
            >
              <Form.Item
                name="displayName"
                label={t('displayName')}
                rules={[{ required: true, whitespace: true, max: 100 }]}
              >
                <Input autoComplete="name" />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('password')}
                extra={t('passwordHint')}
                rules={[{ required: true, min: 10, max: 128 }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('createAndAccept')}
              </Button>
            </Form>
          </>
        )}
      </Flex>
    </Card>
  );
}
