import { Alert, Flex, Tabs, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMessages } from '../i18n/messages';
import { useCurrentOrganisation } from '../my/current-organisation';
import { OrganisationSwitcher } from '../my/OrganisationSwitcher';
import { CertificatesTab } from './CertificatesTab';
import { certificateMessages } from './certificate-messages';
import { MembersTab } from './MembersTab';
import { myOrgMessages } from './messages';
import { ProfileTab } from './ProfileTab';
import { UsccCard } from './UsccCard';
import { WebhooksTab } from './WebhooksTab';

const TABS = ['profile', 'members', 'certificates', 'webhooks'] as const;

/** Profile, members and invitations, webhooks of the organisation the person acts for. */
export default function MyOrganisationPage() {
  const t = useMessages(myOrgMessages);
  const certificates = useMessages(certificateMessages);
  const { current } = useCurrentOrganisation();
  const location = useLocation();
  const navigate = useNavigate();
  // /webhooks/:id (a notification's deep link) opens the webhooks tab.
  const fromHash = location.hash.slice(1);
  const tab = location.pathname.startsWith('/webhooks')
    ? 'webhooks'
    : (TABS.find((name) => name === fromHash) ?? 'profile');
  if (!current) return <Alert type="info" showIcon title={t('noOrganisation')} />;
  const owner = current.role === 'owner';
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('title')} · {current.organisationName}
        </Typography.Title>
        <Flex gap={12} align="center" wrap>
          <OrganisationSwitcher />
          <Link to={`/organisations/${current.organisationId}`}>{t('publicPage')}</Link>
        </Flex>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => void navigate(`/my/organisation#${key}`)}
        destroyOnHidden
        items={[
          {
            key: 'profile',
            label: t('tabProfile'),
            children: (
              <Flex vertical gap={16} key={current.organisationId}>
                <UsccCard organisationId={current.organisationId} owner={owner} />
                <ProfileTab organisationId={current.organisationId} />
              </Flex>
            ),
          },
          {
            key: 'members',
            label: t('tabMembers'),
            children: <MembersTab organisationId={current.organisationId} owner={owner} />,
          },
          ...(current.organisationType === 'sme'
            ? [
                {
                  key: 'certificates',
                  label: certificates('tab'),
                  children: (
                    <CertificatesTab organisationId={current.organisationId} owner={owner} />
                  ),
                },
              ]
            : []),
          {
            key: 'webhooks',
            label: t('tabWebhooks'),
            children: owner ? (
              <WebhooksTab organisationId={current.organisationId} />
            ) : (
              <Alert type="info" showIcon title={t('ownersOnly')} />
            ),
          },
        ]}
      />
    </Flex>
  );
}
