import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { ChartSlice } from './StatusChart.js';

const StatusChart = lazy(() => import('./StatusChart.js'));

export function LazyStatusChart(props: { data: ChartSlice[]; label: string }) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 220 }} />}>
      <StatusChart {...props} />
    </Suspense>
  );
}
