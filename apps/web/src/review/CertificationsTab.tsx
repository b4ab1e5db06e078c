import { Card, Descriptions, Flex, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import {
  CERTIFICATION_STATUS_COLORS,
  CERTIFICATION_STATUS_LABELS,
  label,
  LEVEL_LABELS,
  TIER_LABELS,
} from '../i18n/vocabulary';
import { EvidenceFiles } from '../my-org/EvidenceFiles';
import type { Notice } from './DecisionBar';
import { ItemDecision } from './ItemDecision';
import { reviewMessages } from './messages';
import { QueueList } from './QueueList';
import type { CertificationStatus, QueuedCertification } from './use-review';

const STATUSES: CertificationStatus[] = [
  'pending',
  'under_review',
  'verified',
  'rejected',
  'revoked',
];

function CertificationCard({
  certification: c,
  report,
}: {
  certification: QueuedCertification;
  report: (n: Notice) => void;
}) {
  const t = useMessages(reviewMessages);
  const { locale } = useLocale();
  const open = c.status === 'pending' || c.status === 'under_review';
  const revocable = c.status === 'verified' || c.status === 'under_review';
  return (
    <Card
      data-testid="queued-certificate"
      title={
        <Flex gap={8} wrap align="center" className="rt-card-title">
          <Link to={`/organisations/${c.organisationId}`}>{c.organisationName}</Link>
          <Tag color="blue">{label(TIER_LABELS, c.tier, locale)}</Tag>
          <Tag color={CERTIFICATION_STATUS_COLORS[c.status]}>
            {label(CERTIFICATION_STATUS_LABELS, c.status, locale)}
          </Tag>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'uscc', label: t('uscc'), children: c.organisationUscc },
            { key: 'level', label: t('level'), children: label(LEVEL_LABELS, c.level, locale) },
            { key: 'issued', label: t('issuedOn'), children: c.issuedOn },
            { key: 'until', label: t('validUntilCert'), children: c.validUntil },
            { key: 'number', label: t('certificateNumber'), children: c.certificateNumber ?? '—' },
            { key: 'authority', label: t('issuingAuthority'), children: c.issuingAuthority ?? '—' },
            { key: 'year', label: t('listYear'), children: c.listYear ?? '—' },
            {
              key: 'source',
              label: t('source'),
              children:
                c.source === 'official_list' ? t('sourceOfficialList') : t('sourceSubmitted'),
            },
            { key: 'at', label: t('submittedAt'), children: formatDate(c.createdAt, locale) },
            ...(c.decisionReason
              ? [{ key: 'reason', label: t('decisionReason'), children: c.decisionReason }]
              : []),
          ]}
        />
        <EvidenceFiles record={{ kind: 'certification', id: c.id }} editable={false} />
        {(open || revocable) && (
          <ItemDecision
            type="certification"
            item={c}
            report={report}
            accept={open ? { action: 'verify', label: t('verify') } : null}
            refuse={
              open
                ? {
                    action: 'reject',
                    label: t('reject'),
                    reasonLabel: t('rejectReason'),
                    confirm: t('confirmReject'),
                  }
                : {
                    action: 'revoke',
                    label: t('revoke'),
                    reasonLabel: t('revokeReason'),
                    confirm: t('confirmRevoke'),
                  }
            }
            successText={(action) =>
              t(
                action === 'verify' ? 'verified' : action === 'revoke' ? 'revoked' : 'certRejected',
                { name: c.organisationName },
              )
            }
            conflictText={t('certConflict')}
          />
        )}
      </Flex>
    </Card>
  );
}

/** Tier certificates by status: verify or reject pending ones, revoke verified ones. */
export function CertificationsTab({ report }: { report: (n: Notice) => void }) {
  const t = useMessages(reviewMessages);
  const { locale } = useLocale();
  const [status, setStatus] = useState<CertificationStatus>('pending');
  return (
    <Flex vertical gap={12}>
      <Segmented<CertificationStatus>
        aria-label={t('statusFilter')}
        value={status}
        onChange={setStatus}
        options={STATUSES.map((value) => ({
          value,
          label: label(CERTIFICATION_STATUS_LABELS, value, locale),
        }))}
      />
      <QueueList
        key={status}
        type="certification"
        status={status}
        emptyText={t('emptyCertifications')}
        itemKey={(certification) => certification.id}
        renderItem={(certification) => (
          <CertificationCard certification={certification} report={report} />
        )}
      />
    </Flex>
  );
}
