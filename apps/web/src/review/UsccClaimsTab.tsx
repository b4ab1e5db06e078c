import { Alert, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import type { Notice } from './DecisionBar';
import { ItemDecision } from './ItemDecision';
import { reviewMessages } from './messages';
import { QueueList } from './QueueList';
import type { UsccClaim } from './use-review';

function ClaimCard({ claim, report }: { claim: UsccClaim; report: (n: Notice) => void }) {
  const t = useMessages(reviewMessages);
  const { locale } = useLocale();
  const dispute = claim.kind === 'dispute';
  return (
    <Card
      data-testid="uscc-claim"
      title={
        <Flex gap={8} wrap align="center" className="rt-card-title">
          <Tag color={dispute ? 'red' : 'blue'}>
            {dispute ? t('claimDispute') : t('claimRegistration')}
          </Tag>
          <span>{claim.uscc}</span>
          <Link to={`/organisations/${claim.organisationId}`}>{claim.organisationName}</Link>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'registered', label: t('registeredName'), children: claim.organisationName },
            { key: 'claimed', label: t('claimedName'), children: claim.claimedName },
            { key: 'claimant', label: t('claimant'), children: claim.claimant.displayName },
            {
              key: 'email',
              label: t('claimantEmail'),
              children: `${claim.claimant.email}（${claim.claimant.emailVerified ? t('emailVerifiedYes') : t('emailVerifiedNo')}）`,
            },
            { key: 'at', label: t('submittedAt'), children: formatDate(claim.createdAt, locale) },
          ]}
        />
        <div>
          <Typography.Text strong>{t('evidence')}</Typography.Text>
          <Typography.Paragraph className="rt-review-text">{claim.evidence}</Typography.Paragraph>
        </div>
        {dispute && <Alert type="warning" showIcon title={t('disputeWarning')} />}
        <ItemDecision
          type="uscc"
          item={claim}
          report={report}
          accept={{ action: 'approve', label: t('verify') }}
          successText={(action) =>
            t(action === 'approve' ? 'claimApproved' : 'claimRejected', { uscc: claim.uscc })
          }
          codeTexts={{
            ADMIN_ONLY: t('adminOnly'),
            USCC_CLAIMANT_UNVERIFIED: t('claimantUnverified'),
          }}
        />
      </Flex>
    </Card>
  );
}

/** Claims of a 统一社会信用代码: registration claims and disputes of a squatted code. */
export function UsccClaimsTab({ report }: { report: (n: Notice) => void }) {
  const t = useMessages(reviewMessages);
  return (
    <QueueList
      type="uscc"
      emptyText={t('emptyClaims')}
      itemKey={(claim) => claim.id}
      renderItem={(claim) => <ClaimCard claim={claim} report={report} />}
    />
  );
}
