import { Alert, App, Button, Card, Result, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { session } from '../auth/session';
import { useMessages } from '../i18n/messages';
import { chooseOrganisation } from '../my/current-organisation';
import { myOrgMessages } from './messages';

/** The link from the invitation mail: the signed-in invitee joins the organisation. */
export default function AcceptInvitationPage() {
  const t = useMessages(myOrgMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  if (token.length < 20)
    return <Result status="warning" title={t('acceptFailedTitle')} subTitle={t('acceptMissing')} />;
  const accept = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      const joined = await unwrap(api.POST('/api/v1/invitations/accept', { body: { token } }));
      await session.reloadProfile();
      chooseOrganisation(joined.organisationId);
      void message.success(t('accepted'));
      void navigate('/my/organisation', { replace: true });
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 403
          ? t('acceptWrongEmail')
          : error instanceof ApiError && (error.status === 404 || error.status === 409)
            ? t('acceptNotFound')
            : t('failed', { message: error instanceof ApiError ? error.message : '' }),
      );
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  return (
    <Card style={{ maxWidth: 560, margin: '24px auto' }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('acceptTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('acceptIntro')}</Typography.Paragraph>
      {failure && (
        <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />
      )}
      <Button type="primary" loading={busy} onClick={() => void accept()}>
        {t('acceptButton')}
      </Button>
    </Card>
  );
}
