import { Empty, Flex, Pagination, Select, Skeleton, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { label } from '../i18n/vocabulary';
import { MatchCard } from './MatchCard';
import { MATCH_STATE_LABELS, matchMessages } from './messages';
import { useMyMatches, type MatchState } from './use-matches';

const STATES = Object.keys(MATCH_STATE_LABELS) as MatchState[];

/** Every match of the caller's organisations in one list, best first, filterable by state. */
export default function MatchesPage() {
  const t = useMessages(matchMessages);
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const stateParam = params.get('state');
  const state = STATES.find((s) => s === stateParam);
  const query = useMyMatches({ page, state });
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('intro')}
      </Typography.Paragraph>
      <Flex gap={8} align="center" wrap>
        <label htmlFor="match-state-filter">{t('state')}</label>
        <Select
          id="match-state-filter"
          style={{ minWidth: 160 }}
          value={state ?? ''}
          onChange={(value) => update({ state: value || undefined, page: undefined })}
          options={[
            { value: '', label: t('allStates') },
            ...STATES.map((s) => ({ value: s, label: label(MATCH_STATE_LABELS, s, locale) })),
          ]}
        />
        {query.data && (
          <Typography.Text type="secondary">
            {t('total', { total: query.data.total })}
          </Typography.Text>
        )}
      </Flex>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty description={t('empty')} />
      ) : (
        <>
          {query.data.items.map((match) => (
            <MatchCard key={match.id} match={match} />
          ))}
          <Pagination
            current={page}
            pageSize={query.data.limit}
            total={query.data.total}
            showSizeChanger={false}
            onChange={(next) => update({ page: String(next) })}
          />
        </>
      )}
    </Flex>
  );
}
