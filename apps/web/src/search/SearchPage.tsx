import { Col, Empty, Flex, Menu, Row, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../auth/use-session';
import { ErrorState } from '../components/ErrorState';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { KIND_LABELS } from '../i18n/vocabulary';
import { HitCard } from './HitCard';
import { searchMessages } from './messages';
import { SearchBox } from './SearchBox';
import {
  MAX_PAGE,
  PAGE_SIZE,
  queryFromUrl,
  SEARCH_TYPES,
  urlFromQuery,
  type SearchQuery,
  type SearchType,
} from './search-params';
import { useSearch, type SearchResult } from './use-search';

/**
 * The filters (cascaders, selects, slider) are their own chunk: the results do not wait for
 * them, and the public search page's first load stays within its budget (300 KB gzip). They
 * load once the first answer is in, so their code does not compete with the results.
 */
const SearchFilters = lazy(() => import('./SearchFilters'));

const Pager = lazy(() => import('./Pager'));

/** Signed-in visitors only; its code loads when it shows. */
const SaveSearchButton = lazy(() => import('../inbox/SaveSearchButton'));

const GROUPS = ['need', 'achievement', 'challenge', 'organisation'] as const;

function NoResults() {
  const t = useMessages(searchMessages);
  return (
    <Empty
      description={
        <>
          {t('empty')}
          <br />
          {t('emptyHint')}
        </>
      }
    />
  );
}

function AllResults({ result, query }: { result: SearchResult; query: SearchQuery }) {
  const t = useMessages(searchMessages);
  const { locale } = useLocale();
  const groups = GROUPS.filter((type) => (result.results?.[type].total ?? 0) > 0);
  if (groups.length === 0) return <NoResults />;
  return (
    <Flex vertical gap={24}>
      {groups.map((type) => {
        const group = result.results![type];
        const kind = locale === 'zh-CN' ? KIND_LABELS[type].zh : KIND_LABELS[type].en;
        return (
          <section key={type} aria-label={kind}>
            <Flex justify="space-between" align="baseline">
              <Typography.Title level={2} style={{ fontSize: 18 }}>
                {kind}
              </Typography.Title>
              <Link to={urlFromQuery({ ...query, type })}>
                {t('seeAll', { total: group.total, kind })}
              </Link>
            </Flex>
            <Flex vertical gap={8}>
              {group.hits.map((hit) => (
                <HitCard key={hit.id} hit={hit} />
              ))}
            </Flex>
          </section>
        );
      })}
    </Flex>
  );
}

function TypeResults(props: {
  result: SearchResult;
  query: SearchQuery;
  onPage(page: number): void;
}) {
  const t = useMessages(searchMessages);
  const { result } = props;
  if (!result.total) return <NoResults />;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('total', { total: result.total })}</Typography.Text>
      {result.hits?.map((hit) => (
        <HitCard key={hit.id} hit={hit} />
      ))}
      <Suspense fallback={null}>
        <Pager
          current={props.query.page ?? 1}
          pageSize={PAGE_SIZE}
          total={Math.min(result.total, MAX_PAGE * PAGE_SIZE)}
          onChange={(page) => props.onPage(page)}
        />
      </Suspense>
    </Flex>
  );
}

export default function SearchPage() {
  const t = useMessages(searchMessages);
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = queryFromUrl(params);
  const type: SearchType = query.type ?? 'all';
  const search = useSearch(query);
  const signedIn = useSession().status === 'signed-in';
  const update = (next: Partial<SearchQuery>) => {
    void navigate(urlFromQuery({ ...query, ...next, page: undefined }));
  };

  return (
    <Flex vertical gap={16}>
      <SearchBox query={query} size="large" />
      {/* What to search: links (each a URL), as a menu like the main navigation's. */}
      <nav aria-label={t('typeLabel')}>
        <Menu
          mode="horizontal"
          selectedKeys={[type]}
          items={SEARCH_TYPES.map((key) => ({
            key,
            label: (
              <Link
                to={urlFromQuery({
                  ...query,
                  type: key === 'all' ? undefined : key,
                  page: undefined,
                })}
              >
                {key === 'all'
                  ? t('tabAll')
                  : locale === 'zh-CN'
                    ? KIND_LABELS[key].zh
                    : KIND_LABELS[key].en}
              </Link>
            ),
          }))}
        />
      </nav>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8} lg={7}>
          {search.data || search.error ? (
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
              <SearchFilters query={query} facets={search.data?.facets} onChange={update} />
            </Suspense>
          ) : (
            <Skeleton active paragraph={{ rows: 8 }} />
          )}
        </Col>
        <Col xs={24} md={16} lg={17}>
          <section aria-label={t('resultsLabel')} aria-busy={search.isFetching}>
            <Flex justify="space-between" align="baseline" wrap gap={8}>
              <Typography.Title level={1} style={{ fontSize: 20 }}>
                {query.q ? t('resultsFor', { q: query.q }) : t('allResults')}
              </Typography.Title>
              {signedIn && (
                <Suspense fallback={null}>
                  <SaveSearchButton query={query} />
                </Suspense>
              )}
            </Flex>
            {search.error ? (
              <ErrorState error={search.error} onRetry={() => void search.refetch()} />
            ) : !search.data ? (
              <Skeleton active paragraph={{ rows: 10 }} />
            ) : type === 'all' ? (
              <AllResults result={search.data} query={query} />
            ) : (
              <TypeResults
                result={search.data}
                query={query}
                onPage={(page) => void navigate(urlFromQuery({ ...query, page }))}
              />
            )}
          </section>
        </Col>
      </Row>
    </Flex>
  );
}
