import { useMutation } from '@tanstack/react-query';
import { Button, Card, Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { authApi } from '../api/client';
import { unwrap } from '../api/errors';
import { useMessages } from '../i18n/messages';
import { accountMessages } from './account-messages';
import { session } from './session';

/** The mailed link's landing page: verifies once, says so, and refreshes a signed-in profile. */
export default function VerifyEmailPage() {
  const t = useMessages(accountMessages);
  const [params] = useSearchParams();
  const token = params.get('token');
  const verify = useMutation({
    mutationFn: (value: string) =>
      unwrap(authApi.POST('/api/v1/auth/verify-email', { body: { token: value } })),
    onSuccess: () => void session.reloadProfile(),
  });
  const { mutate } = verify;
  // A token works once: never send it twice (React runs effects twice in development).
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    mutate(token);
  }, [token, mutate]);

  let content;
  if (!token) {
    content = <Result status="warning" title={t('verifyFailed')} subTitle={t('noToken')} />;
  } else if (verify.isSuccess) {
    content = (
      <Result
        status="success"
        title={t('verified')}
        subTitle={t('verifiedBody')}
        extra={
          <Link to="/">
            <Button type="primary">{t('goHome')}</Button>
          </Link>
        }
      />
    );
  } else if (verify.isError) {
    content = (
      <Result
        status="error"
        title={t('verifyFailed')}
        subTitle={t('verifyFailedBody')}
        extra={
          <Link to="/account">
            <Button type="primary">{t('goAccount')}</Button>
          </Link>
        }
      />
    );
  } else {
    content = <Result icon={<Spin />} title={t('verifying')} />;
  }
  return (
    <Card className="rt-narrow-card" data-testid="verify-email">
      {content}
    </Card>
  );
}
