import { Flex, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { useMessages } from '../i18n/messages';
import { MatchCard } from './MatchCard';
import { matchMessages } from './messages';
import { useMatch } from './use-matches';

/** One match (the inbox links here). */
export default function MatchDetailPage() {
  const t = useMessages(matchMessages);
  const { id = '' } = useParams();
  const query = useMatch(id);
  return (
    <Flex vertical gap={16}>
      <Link to="/matches">← {t('backToList')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('detailTitle')}
      </Typography.Title>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <MatchCard match={query.data} />
      )}
    </Flex>
  );
}
