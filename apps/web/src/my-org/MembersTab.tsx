import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { myOrgMessages } from './messages';
import { useInvitations, useInvite, useMembers } from './use-organisation';

/** The link an invitee opens; the token is shown to the inviting owner once. */
export function invitationLink(token: string): string {
  return `${window.location.origin}/invitations/accept?token=${encodeURIComponent(token)}`;
}

function InviteForm({ organisationId }: { organisationId: string }) {
  const t = useMessages(myOrgMessages);
  const { message } = App.useApp();
  const invite = useInvite(organisationId);
  const [form] = Form.useForm<{ email: string; role: 'owner' | 'member' }>();
  const [link, setLink] = useState<string>();
  const inFlight = useRef(false);
  return (
    <Card title={t('invite')} size="small">
      <Form
        form={form}
        layout="inline"
        initialValues={{ role: 'member' }}
        onFinish={(values) => {
          if (inFlight.current) return;
          inFlight.current = true;
          invite.mutate(values, {
            onSettled: () => {
              inFlight.current = false;
            },
            onSuccess: (created) => {
              setLink(invitationLink(created.token));
              form.resetFields();
            },
            onError: (error) =>
              void message.error(
                t('failed', { message: error instanceof ApiError ? error.message : '' }),
              ),
          });
        }}
      >
        <Form.Item
          name="email"
          label={t('inviteEmail')}
          rules={[{ required: true, type: 'email', message: t('emailRule') }]}
        >
          <Input type="email" maxLength={254} style={{ minWidth: 240 }} />
        </Form.Item>
        <Form.Item name="role" label={t('inviteRole')}>
          <Select
            style={{ width: 120 }}
            options={[
              { value: 'member', label: t('member') },
              { value: 'owner', label: t('owner') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={invite.isPending}>
          {t('inviteSubmit')}
        </Button>
      </Form>
      {link && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          title={t('invited')}
          description={
            <Typography.Text
              copyable={{ text: link }}
              data-testid="invitation-link"
              style={{ wordBreak: 'break-all' }}
            >
              {link}
            </Typography.Text>
          }
        />
      )}
    </Card>
  );
}

/** Members for everyone in the organisation; invitations for owners. */
export function MembersTab({ organisationId, owner }: { organisationId: string; owner: boolean }) {
  const t = useMessages(myOrgMessages);
  const { locale } = useLocale();
  const members = useMembers(organisationId);
  const invitations = useInvitations(organisationId, owner);
  return (
    <Flex vertical gap={16}>
      {members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <div className="rt-table-scroll">
          <Table
            rowKey="userId"
            loading={members.isPending}
            dataSource={members.data ?? []}
            pagination={false}
            columns={[
              { title: t('memberName'), dataIndex: 'displayName' },
              { title: t('memberEmail'), dataIndex: 'email' },
              {
                title: t('memberRole'),
                dataIndex: 'role',
                render: (role: string) => (
                  <Tag color={role === 'owner' ? 'blue' : undefined}>
                    {role === 'owner' ? t('owner') : t('member')}
                  </Tag>
                ),
              },
              {
                title: t('memberSince'),
                dataIndex: 'since',
                responsive: ['md'],
                render: (since: string) => formatDate(since, locale),
              },
            ]}
          />
        </div>
      )}
      {owner ? (
        <>
          <InviteForm organisationId={organisationId} />
          <Card title={t('pending')} size="small">
            {invitations.isError ? (
              <ErrorState error={invitations.error} />
            ) : (
              <Table
                rowKey="id"
                size="small"
                loading={invitations.isPending}
                dataSource={invitations.data ?? []}
                pagination={false}
                locale={{ emptyText: <Empty description={t('pendingEmpty')} /> }}
                columns={[
                  { title: t('memberEmail'), dataIndex: 'email' },
                  {
                    title: t('memberRole'),
                    dataIndex: 'role',
                    render: (role: string) => (role === 'owner' ? t('owner') : t('member')),
                  },
                  {
                    title: t('expiresAt'),
                    dataIndex: 'expiresAt',
                    render: (at: string) => formatDate(at, locale),
                  },
                ]}
              />
            )}
          </Card>
        </>
      ) : (
        <Alert type="info" showIcon title={t('ownersOnly')} />
      )}
    </Flex>
  );
}
