import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

// ECharts (~150 KB gzip even tree-shaken) loads with the first chart, not with the page.
const EChart = lazy(() => import('./EChart'));

/** A chart; `ariaLabel` says in words what it shows (the canvas itself is not readable). */
export function Chart(props: { option: EChartsCoreOption; height?: number; ariaLabel: string }) {
  return (
    <Suspense
      fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 280 }} />}
    >
      <EChart {...props} />
    </Suspense>
  );
}
