import { Alert, Card, Descriptions, Flex, List, Skeleton, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { Link, useLocation, useParams } from 'react-router';
import { ChallengeApplyPanel } from '../challenges/ChallengeApplyPanel';
import { ErrorState } from '../components/ErrorState';
import { formatAmountRange, formatDate, formatWan } from '../components/format';
import { commonMessages } from '../i18n/common-messages';
import { useLocale, type Locale } from '../i18n/locale';
import { useMessages, type Translate } from '../i18n/messages';
import {
  KIND_LABELS,
  label,
  maturityStage,
  MODE_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
} from '../i18n/vocabulary';
import type { ListingKind } from './listing-path';
import { listingMessages } from './messages';
import { useListing, type Listing } from './use-listing';

const KIND_BY_SEGMENT: Record<string, ListingKind> = {
  needs: 'need',
  achievements: 'achievement',
  challenges: 'challenge',
};

type Items = NonNullable<DescriptionsProps['items']>;

function modeTags(modes: string[] | undefined, locale: Locale) {
  return (modes ?? []).map((mode) => (
    <Tag key={mode} color="blue">
      {label(MODE_LABELS, mode, locale)}
    </Tag>
  ));
}

function trlText(trl: number | null | undefined, locale: Locale): string {
  if (trl == null) return '—';
  const stage = maturityStage(trl, locale);
  return stage ? `TRL ${trl}（${stage}）` : `TRL ${trl}`;
}

/** The fields of each kind, in the order a reader looks for them. */
function detailItems(
  listing: Listing,
  t: Translate<keyof (typeof listingMessages)['zh-CN']>,
  negotiable: string,
  locale: Locale,
): Items {
  const d = listing.details;
  if (listing.kind === 'need') {
    return [
      {
        key: 'modes',
        label: t('cooperationModes'),
        children: modeTags(d.cooperationModes, locale),
      },
      {
        key: 'budget',
        label: t('budget'),
        children: d.budgetNegotiable
          ? negotiable
          : formatAmountRange(d.budgetMinWan, d.budgetMaxWan, negotiable, locale),
      },
      { key: 'trl', label: t('desiredTrl'), children: trlText(d.desiredTrl, locale) },
    ];
  }
  if (listing.kind === 'achievement') {
    return [
      { key: 'field', label: t('technologyField'), children: d.technologyField || '—' },
      { key: 'trl', label: t('trl'), children: trlText(d.trl, locale) },
      { key: 'modes', label: t('transferModes'), children: modeTags(d.transferModes, locale) },
      {
        key: 'price',
        label: t('price'),
        children:
          d.priceNegotiable || d.priceWan == null ? negotiable : formatWan(d.priceWan, locale),
      },
      { key: 'institution', label: t('institution'), children: d.institution || '—' },
      { key: 'team', label: t('team'), children: d.team || '—' },
    ];
  }
  return [
    {
      key: 'reward',
      label: t('reward'),
      children: d.rewardWan != null ? formatWan(d.rewardWan, locale) : '—',
    },
    {
      key: 'deadline',
      label: t('deadline'),
      children: d.deadline ? formatDate(d.deadline, locale) : '—',
    },
    {
      key: 'tier',
      label: t('minTier'),
      children: d.minTier ? label(TIER_LABELS, d.minTier, locale) : t('noTier'),
    },
  ];
}

function Body({ listing }: { listing: Listing }) {
  const t = useMessages(listingMessages);
  const d = listing.details;
  const text =
    listing.kind === 'need'
      ? d.description
      : listing.kind === 'achievement'
        ? d.abstract
        : d.problem;
  const title =
    listing.kind === 'need'
      ? t('description')
      : listing.kind === 'achievement'
        ? t('abstract')
        : t('problem');
  return (
    <Card title={title}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{text}</Typography.Paragraph>
      {listing.kind === 'achievement' && (d.applicationScenarios?.length ?? 0) > 0 && (
        <Descriptions
          column={1}
          items={[
            { key: 's', label: t('scenarios'), children: d.applicationScenarios!.join('；') },
          ]}
        />
      )}
      {listing.kind === 'achievement' && (d.patents?.length ?? 0) > 0 && (
        <List
          header={t('patents')}
          size="small"
          dataSource={d.patents}
          renderItem={(patent) => (
            <List.Item>
              {patent.number} {patent.title}
            </List.Item>
          )}
        />
      )}
      {listing.kind === 'challenge' && (
        <List
          header={t('indicators')}
          size="small"
          dataSource={d.technicalIndicators ?? []}
          renderItem={(indicator) => (
            <List.Item>
              {indicator.name}：{indicator.target} {indicator.unit}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** A published listing as anyone sees it: never contact details, an anonymous need no owner. */
export default function ListingDetailPage() {
  const { id = '' } = useParams();
  const { pathname } = useLocation();
  const kind = KIND_BY_SEGMENT[pathname.split('/')[1]];
  const t = useMessages(listingMessages);
  const common = useMessages(commonMessages);
  const { locale } = useLocale();
  const listing = useListing(kind, id);
  if (listing.error)
    return <ErrorState error={listing.error} onRetry={() => void listing.refetch()} />;
  if (!listing.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const data = listing.data;
  const owner = data.organisation;
  const items: Items = [
    {
      key: 'owner',
      label: t('owner'),
      children:
        owner.anonymous || !owner.id ? (
          common('anonymousOwner')
        ) : (
          <Link to={`/organisations/${owner.id}`}>{owner.name}</Link>
        ),
    },
    { key: 'region', label: t('region'), children: data.regionName || data.regionCode },
    { key: 'industry', label: t('industry'), children: data.industryName || data.industryCode },
    ...detailItems(data, t, common('negotiable'), locale),
    { key: 'validUntil', label: t('validUntil'), children: formatDate(data.validUntil, locale) },
    {
      key: 'keywords',
      label: t('keywords'),
      children: data.keywords.map((keyword) => <Tag key={keyword}>{keyword}</Tag>),
    },
  ];
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center" wrap>
        <Tag color="geekblue">
          {locale === 'zh-CN' ? KIND_LABELS[data.kind].zh : KIND_LABELS[data.kind].en}
        </Tag>
        <Tag>{label(STATUS_LABELS, data.status, locale)}</Tag>
      </Flex>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }} data-testid="listing-title">
        {data.title}
      </Typography.Title>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} items={items} />
      </Card>
      <Body listing={data} />
      {data.kind === 'challenge' && (
        <ChallengeApplyPanel challengeId={data.id} ownerId={owner.id} />
      )}
      <Alert
        type="info"
        showIcon
        title={owner.anonymous ? t('anonymousNotice') : t('contactNotice')}
      />
    </Flex>
  );
}
