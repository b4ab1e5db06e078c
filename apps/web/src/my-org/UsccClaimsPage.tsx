import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages, type Translate } from '../i18n/messages';
import { EvidenceFiles } from './EvidenceFiles';
import { MY_CLAIMS_KEY } from './use-organisation';
import { trustMessages } from './trust-messages';

type TrustMessageKey = keyof (typeof trustMessages)['zh-CN'];

type Claim = Schemas['UsccClaimSchema'];

/** The claim history's action codes (identity's audit actions) in the reader's words. */
const HISTORY_LABELS: Record<string, TrustMessageKey> = {
  submitted: 'historySubmitted',
  verified: 'historyVerified',
  rejected: 'historyRejected',
  revoked: 'historyRevoked',
  withdrawn: 'historyWithdrawn',
  superseded: 'historySuperseded',
  ownership_transferred: 'historyOwnershipTransferred',
  evidence_added: 'historyEvidenceAdded',
  evidence_removed: 'historyEvidenceRemoved',
};

/** An action added later and not yet worded here shows its code rather than nothing. */
function historyLabel(action: string, t: Translate<TrustMessageKey>): string {
  const key = HISTORY_LABELS[action];
  return key ? t(key) : action;
}

const STATUS = {
  pending: { key: 'claimPending', color: 'geekblue' },
  verified: { key: 'claimVerified', color: 'blue' },
  rejected: { key: 'claimRejected', color: 'red' },
  withdrawn: { key: 'claimWithdrawn', color: 'default' },
} as const;

function ClaimCard({ claim }: { claim: Claim }) {
  const t = useMessages(trustMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/uscc-claims/{claimId}/withdraw', {
          params: { path: { claimId: claim.id } },
        }),
      ),
    onSuccess: () => void message.success(t('claimWithdrawnDone')),
    onError: (error) =>
      void message.error(
        t('withdrawFailed', { message: error instanceof ApiError ? error.message : '' }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: MY_CLAIMS_KEY }),
  });
  const pending = claim.status === 'pending';
  return (
    <Card
      data-testid="my-uscc-claim"
      title={
        <Flex gap={8} wrap align="center" className="rt-card-title">
          <span>{claim.uscc}</span>
          <Tag color={claim.kind === 'dispute' ? 'red' : 'blue'}>
            {claim.kind === 'dispute' ? t('claimDispute') : t('claimRegistration')}
          </Tag>
          <Tag color={STATUS[claim.status].color} data-testid="claim-status">
            {t(STATUS[claim.status].key)}
          </Tag>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'organisation',
              label: t('claimFor'),
              children: (
                <Link to={`/organisations/${claim.organisationId}`}>{claim.organisationName}</Link>
              ),
            },
            { key: 'claimed', label: t('claimedName'), children: claim.claimedName },
            { key: 'at', label: t('submittedAt'), children: formatDate(claim.createdAt, locale) },
            ...(claim.decisionReason
              ? [{ key: 'reason', label: t('decisionReason'), children: claim.decisionReason }]
              : []),
            ...(claim.evidence
              ? [{ key: 'evidence', label: t('evidence'), children: claim.evidence }]
              : []),
          ]}
        />
        <EvidenceFiles record={{ kind: 'uscc_claim', id: claim.id }} editable={pending} />
        <Typography.Text strong>{t('claimHistory')}</Typography.Text>
        <ol className="rt-history">
          {claim.history.map((entry) => (
            <li key={`${entry.action}-${entry.at}`}>
              {formatDate(entry.at, locale)} {historyLabel(entry.action, t)}
              {entry.reason && `（${entry.reason}）`}
            </li>
          ))}
        </ol>
        {pending && (
          <Popconfirm
            title={t('withdrawClaimConfirm')}
            okText={t('confirmWithdraw')}
            cancelText={t('cancel')}
            onConfirm={() => withdraw.mutate()}
          >
            <Button danger loading={withdraw.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('withdrawClaim')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Card>
  );
}

/**
 * The caller's USCC claims (a dispute filed at sign-up included): evidence files while one is
 * pending, withdrawal, and the reviewer's decision. /uscc-claims/:id (a notification's link)
 * shows that one claim.
 */
export default function UsccClaimsPage() {
  const t = useMessages(trustMessages);
  const { id } = useParams();
  const claims = useQuery({
    queryKey: MY_CLAIMS_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/me/uscc-claims')),
  });
  const shown = (claims.data ?? []).filter((claim) => !id || claim.id === id);
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} className="rt-page-title">
          {t('myClaimsTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('myClaimsIntro')}</Typography.Paragraph>
        {id && <Link to="/my/uscc-claims">{t('allClaims')}</Link>}
      </div>
      {claims.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : claims.isError ? (
        <ErrorState error={claims.error} onRetry={() => void claims.refetch()} />
      ) : shown.length === 0 ? (
        <Empty description={t('noClaims')} />
      ) : (
        shown.map((claim) => <ClaimCard key={claim.id} claim={claim} />)
      )}
    </Flex>
  );
}
