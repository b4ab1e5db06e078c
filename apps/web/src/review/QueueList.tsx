import { Empty, Flex, Pagination, Skeleton } from 'antd';
import { Fragment, useState, type ReactNode } from 'react';
import { ErrorState } from '../components/ErrorState';
import {
  PAGE_SIZE,
  useReviewQueue,
  type CertificationStatus,
  type QueueItems,
  type ReviewItemType,
} from './use-review';

interface Props<T extends ReviewItemType> {
  type: T;
  status?: CertificationStatus;
  emptyText: string;
  itemKey: (item: QueueItems[T]) => string;
  renderItem: (item: QueueItems[T]) => ReactNode;
}

/**
 * A review queue page by page, with its loading, error and empty states and the pager (give it
 * a `key` per filter so a new filter starts on page 1).
 */
export function QueueList<T extends ReviewItemType>({
  type,
  status,
  emptyText,
  itemKey,
  renderItem,
}: Props<T>) {
  const [page, setPage] = useState(1);
  const query = useReviewQueue(type, page, status);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <Empty description={emptyText} />;
  return (
    <Flex vertical gap={12}>
      {query.data.items.map((item) => (
        <Fragment key={itemKey(item)}>{renderItem(item)}</Fragment>
      ))}
      {query.data.total > PAGE_SIZE && (
        <Pagination
          current={page}
          pageSize={PAGE_SIZE}
          total={query.data.total}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
    </Flex>
  );
}
