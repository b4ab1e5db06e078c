import { Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatAmountRange, formatDate } from '../components/format';
import { Highlighted } from '../components/Highlighted';
import { commonMessages } from '../i18n/common-messages';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import {
  KIND_LABELS,
  label,
  MODE_LABELS,
  ORGANISATION_TYPE_LABELS,
  TIER_LABELS,
} from '../i18n/vocabulary';
import { listingPath } from '../listings/listing-path';
import { searchMessages } from './messages';
import { isListingHit, type Hit, type ListingHit, type OrganisationHit } from './use-search';

/** Tag colours whose text keeps WCAG AA contrast on its tinted background. */
const KIND_COLORS = {
  need: 'magenta',
  achievement: 'geekblue',
  challenge: 'purple',
  organisation: 'blue',
};

function ListingMeta({ hit }: { hit: ListingHit }) {
  const t = useMessages(searchMessages);
  const common = useMessages(commonMessages);
  const { locale } = useLocale();
  const amountLabel =
    hit.kind === 'need' ? t('budget') : hit.kind === 'achievement' ? t('price') : t('reward');
  return (
    <Flex gap={8} wrap align="center">
      <Typography.Text type="secondary">
        {hit.organisationName || common('anonymousOwner')}
      </Typography.Text>
      <Typography.Text type="secondary">· {hit.regionName}</Typography.Text>
      <Typography.Text type="secondary">· {hit.industryName}</Typography.Text>
      {hit.trl !== null && <Tag>{common('trl', { level: hit.trl })}</Tag>}
      <Tag>
        {amountLabel}：
        {formatAmountRange(hit.amountMinWan, hit.amountMaxWan, common('negotiable'), locale)}
      </Tag>
      {hit.modes.slice(0, 3).map((mode) => (
        <Tag key={mode} color="blue">
          {label(MODE_LABELS, mode, locale)}
        </Tag>
      ))}
      <Typography.Text type="secondary">
        {t(hit.kind === 'challenge' ? 'deadline' : 'validUntil', {
          date: formatDate(hit.validUntil, locale),
        })}
      </Typography.Text>
    </Flex>
  );
}

function OrganisationMeta({ hit }: { hit: OrganisationHit }) {
  const { locale } = useLocale();
  return (
    <Flex gap={8} wrap align="center">
      <Tag>{label(ORGANISATION_TYPE_LABELS, hit.type, locale)}</Tag>
      {hit.currentTier && <Tag color="blue">{label(TIER_LABELS, hit.currentTier, locale)}</Tag>}
      <Typography.Text type="secondary">{hit.regionName}</Typography.Text>
      <Typography.Text type="secondary">· {hit.industryName}</Typography.Text>
    </Flex>
  );
}

/**
 * One search hit: highlighted title and snippet (rendered as text), and what it is about. A plain
 * card (app.css): antd's Card brings Tabs into the search page's first load.
 */
export function HitCard({ hit }: { hit: Hit }) {
  const { locale } = useLocale();
  const listing = isListingHit(hit);
  const kind = listing ? hit.kind : 'organisation';
  const to = listing ? listingPath(hit.kind, hit.id) : `/organisations/${hit.id}`;
  return (
    <article className="rt-hit" data-testid="search-hit">
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Flex gap={8} align="baseline">
          <Tag color={KIND_COLORS[kind]}>
            {locale === 'zh-CN' ? KIND_LABELS[kind].zh : KIND_LABELS[kind].en}
          </Tag>
          <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
            <Link to={to} data-testid="hit-title">
              <Highlighted html={hit.highlight.title} />
            </Link>
          </Typography.Title>
        </Flex>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
          <Highlighted html={hit.highlight.body} />
        </Typography.Paragraph>
        {listing ? <ListingMeta hit={hit} /> : <OrganisationMeta hit={hit} />}
      </Space>
    </article>
  );
}
