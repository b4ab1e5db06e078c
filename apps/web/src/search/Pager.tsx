import { Pagination } from 'antd';

/**
 * antd's Pagination, in its own chunk: it brings Select (for its size changer) with it, and the
 * results show before the pager below them.
 */
export default function Pager(props: {
  current: number;
  pageSize: number;
  total: number;
  onChange(page: number): void;
}) {
  return <Pagination align="center" showSizeChanger={false} {...props} />;
}
