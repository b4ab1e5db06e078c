import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { accountMessages } from '../auth/account-messages';
import { session } from '../auth/session';
import { useSession } from '../auth/use-session';
import { defineMessages, useMessages } from '../i18n/messages';
import { useLocale } from '../i18n/locale';
import { label, ORGANISATION_TYPE_LABELS } from '../i18n/vocabulary';
import { ChangePasswordCard } from './ChangePasswordCard';

const messages = defineMessages({
  'zh-CN': {
    title: '我的账号',
    email: '邮箱',
    name: '姓名',
    roles: '平台角色',
    organisations: '所属机构',
    owner: '管理员',
    member: '成员',
    none: '无',
  },
  en: {
    title: 'My account',
    email: 'Email',
    name: 'Name',
    roles: 'Platform roles',
    organisations: 'Organisations',
    owner: 'Owner',
    member: 'Member',
    none: 'None',
  },
});

function EmailStatus({ verified }: { verified: boolean }) {
  const t = useMessages(accountMessages);
  const { message } = App.useApp();
  const resend = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/email-verification')),
    onSuccess: () => void message.success(t('verificationSent')),
    onError: (error) =>
      void message.error(
        error instanceof ApiError && error.status === 429 ? t('tooMany') : t('failed'),
      ),
  });
  if (verified) return <Tag color="blue">{t('emailVerified')}</Tag>;
  return (
    <Flex gap={8} wrap align="center">
      <Tag color="red" data-testid="email-unverified">
        {t('emailUnverified')}
      </Tag>
      <Button size="small" loading={resend.isPending} onClick={() => resend.mutate()}>
        {t('resendVerification')}
      </Button>
    </Flex>
  );
}

function SessionsCard() {
  const t = useMessages(accountMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (
    <Card title={t('sessionsTitle')}>
      <Typography.Paragraph type="secondary">{t('sessionsIntro')}</Typography.Paragraph>
      <Popconfirm
        title={t('signOutEverywhereConfirm')}
        okText={t('confirm')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() =>
          void session
            .signOutEverywhere()
            .then(() => navigate('/sign-in?everywhere=1'))
            .catch(() => void message.error(t('failed')))
        }
      >
        <Button danger>{t('signOutEverywhere')}</Button>
      </Popconfirm>
    </Card>
  );
}

/** Who is signed in, the organisations they act for, the password and the sessions. */
export default function AccountPage() {
  const state = useSession();
  const t = useMessages(messages);
  const account = useMessages(accountMessages);
  const { locale } = useLocale();
  if (state.status !== 'signed-in') return null;
  const { me } = state;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('title')}
      </Typography.Title>
      <Card>
        <Descriptions
          column={1}
          items={[
            { key: 'name', label: t('name'), children: me.displayName },
            { key: 'email', label: t('email'), children: me.email },
            {
              key: 'verified',
              label: account('emailStatus'),
              children: <EmailStatus verified={me.emailVerified} />,
            },
            { key: 'roles', label: t('roles'), children: me.platformRoles.join(', ') || t('none') },
          ]}
        />
      </Card>
      <Card title={t('organisations')} style={{ marginTop: 16 }}>
        <List
          dataSource={me.memberships}
          renderItem={(m) => (
            <List.Item>
              <Link to={`/organisations/${m.organisationId}`}>{m.organisationName}</Link>
              <span>
                <Tag>{label(ORGANISATION_TYPE_LABELS, m.organisationType, locale)}</Tag>
                <Tag color={m.role === 'owner' ? 'blue' : undefined}>
                  {m.role === 'owner' ? t('owner') : t('member')}
                </Tag>
              </span>
            </List.Item>
          )}
        />
      </Card>
      <Flex vertical gap={16} className="rt-section-gap">
        <ChangePasswordCard />
        <SessionsCard />
      </Flex>
    </>
  );
}
