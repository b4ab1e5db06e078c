import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { formatDate } from '../components/format';
import { fetchEntry } from '../components/reference-options';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { label, ORGANISATION_TYPE_LABELS, TIER_LABELS } from '../i18n/vocabulary';
import { urlFromQuery } from '../search/search-params';
import { orgMessages } from './messages';

function useReferenceName(kind: 'regions' | 'industries', code: string | undefined) {
  return useQuery({
    queryKey: ['reference', kind, 'entry', code],
    queryFn: () => fetchEntry(kind, code!),
    enabled: !!code,
    staleTime: Infinity,
    select: (entry) => entry.fullName,
  });
}

/** An organisation's public profile (its contacts only for its own members). */
export default function OrganisationPage() {
  const { id = '' } = useParams();
  const t = useMessages(orgMessages);
  const { locale } = useLocale();
  const organisation = useQuery({
    queryKey: ['organisation', id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organisations/{organisationId}', {
          params: { path: { organisationId: id } },
        }),
      ),
  });
  const region = useReferenceName('regions', organisation.data?.regionCode);
  const industry = useReferenceName('industries', organisation.data?.industryCode);
  if (organisation.error)
    return <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />;
  if (!organisation.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const org = organisation.data;
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <Tag>{label(ORGANISATION_TYPE_LABELS, org.type, locale)}</Tag>
        {org.currentTier && <Tag color="blue">{label(TIER_LABELS, org.currentTier, locale)}</Tag>}
      </Flex>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {org.name}
      </Typography.Title>
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'uscc', label: t('uscc'), children: org.uscc },
            { key: 'region', label: t('region'), children: region.data ?? org.regionCode },
            { key: 'industry', label: t('industry'), children: industry.data ?? org.industryCode },
            {
              key: 'website',
              label: t('website'),
              children: org.website ? (
                <a href={org.website} rel="noopener noreferrer nofollow" target="_blank">
                  {org.website}
                </a>
              ) : (
                '—'
              ),
            },
            {
              key: 'certifications',
              label: t('certifications'),
              children:
                org.certifications.length === 0
                  ? '—'
                  : org.certifications.map((c) => (
                      <Tag key={c.id}>
                        {label(TIER_LABELS, c.tier, locale)} ·{' '}
                        {t('validUntil', { date: formatDate(c.validUntil, locale) })}
                      </Tag>
                    )),
            },
          ]}
        />
      </Card>
      <Card title={t('profile')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          {org.profile || t('noProfile')}
        </Typography.Paragraph>
        <Link to={urlFromQuery({ q: org.name })}>{t('searchListings')}</Link>
      </Card>
    </Flex>
  );
}
