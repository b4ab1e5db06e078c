import { Skeleton } from 'antd';

/** Shown while a page's code or first data loads. */
export function PageSkeleton() {
  return (
    <div aria-busy="true">
      <Skeleton active title paragraph={{ rows: 8 }} />
    </div>
  );
}
