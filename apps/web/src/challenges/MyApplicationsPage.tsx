import { Empty, List, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { useMessages } from '../i18n/messages';
import { challengeMessages } from './messages';
import { useMyApplications } from './use-challenges';

/** The caller's organisations' applications, with their stage. */
export default function MyApplicationsPage() {
  const t = useMessages(challengeMessages);
  const mine = useMyApplications();
  if (mine.error) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data) return <Skeleton active />;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('myApplications')}
      </Typography.Title>
      {mine.data.length === 0 ? (
        <Empty />
      ) : (
        <List
          dataSource={mine.data}
          renderItem={(a) => (
            <List.Item>
              <Link to={`/applications/${a.id}`}>{a.challengeTitle}</Link>
              <Tag>{a.stageLabel}</Tag>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
