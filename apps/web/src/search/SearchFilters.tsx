import { Button, Card, Checkbox, Flex, Form, Select, Slider, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { fetchChildren } from '../components/reference-options';
import { ReferenceCascader } from '../components/ReferenceCascader';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { label, MODE_LABELS, TIER_LABELS } from '../i18n/vocabulary';
import { searchMessages } from './messages';
import type { SearchQuery, SearchSort } from './search-params';

type FacetCounts = Record<string, Record<string, number>>;

interface Props {
  query: SearchQuery;
  facets?: FacetCounts;
  onChange: (next: Partial<SearchQuery>) => void;
}

/** Top facet values as clickable tags with counts (names from the reference data). */
function FacetTags(props: {
  title: string;
  counts?: Record<string, number>;
  names: Map<string, string>;
  onPick(code: string): void;
}) {
  const entries = Object.entries(props.counts ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  if (entries.length === 0) return null;
  return (
    <div>
      <Typography.Text type="secondary">{props.title}</Typography.Text>
      <Flex gap={4} wrap style={{ marginTop: 4 }}>
        {entries.map(([code, count]) => (
          <Tag.CheckableTag key={code} checked={false} onChange={() => props.onPick(code)}>
            {props.names.get(code) ?? code} ({count})
          </Tag.CheckableTag>
        ))}
      </Flex>
    </div>
  );
}

function useTopLevelNames(kind: 'regions' | 'industries') {
  return useQuery({
    queryKey: ['reference', kind, 'top'],
    queryFn: () => fetchChildren(kind),
    staleTime: Infinity,
    select: (entries) => new Map(entries.map((e) => [e.code, e.name])),
  });
}

/** Industry, region, TRL, modes, tier and sort; every change goes into the URL. */
export default function SearchFilters({ query, facets, onChange }: Props) {
  const t = useMessages(searchMessages);
  const { locale } = useLocale();
  const provinces = useTopLevelNames('regions');
  const sections = useTopLevelNames('industries');
  const type = query.type ?? 'all';
  const withTrl = type === 'all' || type === 'need' || type === 'achievement';
  const withTier = type === 'all' || type === 'challenge' || type === 'organisation';
  const modes = query.modes ? query.modes.split(',') : [];
  return (
    <Card size="small" title={t('filters')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('industry')} htmlFor="filter-industry">
          <ReferenceCascader
            id="filter-industry"
            kind="industries"
            value={query.industry}
            onChange={(industry) => onChange({ industry })}
            placeholder={t('industryPlaceholder')}
            searchPlaceholder={t('industrySearch')}
            ariaLabel={t('industry')}
            changeOnSelect
          />
        </Form.Item>
        <Form.Item label={t('region')} htmlFor="filter-region">
          <ReferenceCascader
            id="filter-region"
            kind="regions"
            value={query.region}
            onChange={(region) => onChange({ region })}
            placeholder={t('regionPlaceholder')}
            searchPlaceholder={t('regionSearch')}
            ariaLabel={t('region')}
            changeOnSelect
          />
        </Form.Item>
        {withTrl && (
          <Form.Item label={t('trl')}>
            <Slider
              range
              min={1}
              max={9}
              marks={{ 1: '1', 5: '5', 9: '9' }}
              value={[query.trlMin ?? 1, query.trlMax ?? 9]}
              ariaLabelForHandle={[`${t('trl')} min`, `${t('trl')} max`]}
              onChangeComplete={([min, max]) =>
                onChange({ trlMin: min > 1 ? min : undefined, trlMax: max < 9 ? max : undefined })
              }
            />
          </Form.Item>
        )}
        {withTrl && (
          <Form.Item label={t('modes')}>
            <Checkbox.Group
              value={modes}
              onChange={(values) =>
                onChange({ modes: values.length ? values.join(',') : undefined })
              }
              options={Object.keys(MODE_LABELS).map((mode) => ({
                value: mode,
                label: label(MODE_LABELS, mode, locale),
              }))}
            />
          </Form.Item>
        )}
        {withTier && (
          <Form.Item label={t('tier')} htmlFor="filter-tier">
            <Select
              id="filter-tier"
              aria-label={t('tier')}
              value={query.minTier ?? ''}
              onChange={(minTier: string) =>
                onChange({ minTier: (minTier || undefined) as SearchQuery['minTier'] })
              }
              options={[
                { value: '', label: t('tierAny') },
                ...Object.keys(TIER_LABELS).map((tier) => ({
                  value: tier,
                  label: label(TIER_LABELS, tier, locale),
                })),
              ]}
            />
          </Form.Item>
        )}
        <Form.Item label={t('sort')} htmlFor="filter-sort">
          <Select
            id="filter-sort"
            aria-label={t('sort')}
            value={query.sort ?? 'relevance'}
            onChange={(sort: SearchSort) =>
              onChange({ sort: sort === 'relevance' ? undefined : sort })
            }
            options={[
              { value: 'relevance', label: t('sortRelevance') },
              { value: 'newest', label: t('sortNewest') },
              { value: 'deadline', label: t('sortDeadline') },
              { value: 'price', label: t('sortPrice') },
            ]}
          />
        </Form.Item>
        <Flex vertical gap={12}>
          <FacetTags
            title={t('provinces')}
            counts={facets?.provinceCode}
            names={provinces.data ?? new Map()}
            onPick={(region) => onChange({ region })}
          />
          <FacetTags
            title={t('sections')}
            counts={facets?.industrySection}
            names={sections.data ?? new Map()}
            onPick={(industry) => onChange({ industry })}
          />
          <Button
            onClick={() =>
              onChange({
                industry: undefined,
                region: undefined,
                trlMin: undefined,
                trlMax: undefined,
                modes: undefined,
                minTier: undefined,
                sort: undefined,
              })
            }
          >
            {t('clearFilters')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
