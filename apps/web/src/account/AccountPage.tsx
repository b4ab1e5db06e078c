import { Card, Descriptions, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../auth/use-session';
import { defineMessages, useMessages } from '../i18n/messages';
import { useLocale } from '../i18n/locale';
import { label, ORGANISATION_TYPE_LABELS } from '../i18n/vocabulary';

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

/** Who is signed in, and the organisations they act for. */
export default function AccountPage() {
  const state = useSession();
  const t = useMessages(messages);
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
    </>
  );
}
