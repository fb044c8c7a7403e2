// A card with one lazily loaded chart and its PNG export (the chart instance's getDataURL).
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton } from 'antd';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import type { ChartHandle, EChartProps } from './chartTypes.js';
import { useDt } from './i18n.js';

const EChart = lazy(() => import('./EChart.js'));

export function downloadDataUrl(url: string, fileName: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

interface Props extends Omit<EChartProps, 'onReady' | 'label'> {
  title: string;
  /** File name without extension for the PNG export. */
  fileName: string;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
  extra?: ReactNode;
  /** Below the chart (a note on what it leaves out). */
  footer?: ReactNode;
}

export function ChartCard({ title, fileName, empty, extra, footer, height = 280, ...chart }: Props) {
  const dt = useDt();
  const handle = useRef<ChartHandle | null>(null);
  const [ready, setReady] = useState(false);
  return (
    <Card
      size="small"
      title={title}
      extra={
        <>
          {extra}
          {!empty && (
            <Button
              size="small"
              type="text"
              icon={<DownloadOutlined />}
              disabled={!ready}
              aria-label={`${dt('dash.exportPng')} ${title}`}
              onClick={() => handle.current && downloadDataUrl(handle.current.toPng(), `${fileName}.png`)}
            >
              PNG
            </Button>
          )}
        </>
      }
    >
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ height: height - 40 }} />
      ) : (
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>
          <EChart
            {...chart}
            height={height}
            label={title}
            onReady={(h) => {
              handle.current = h;
              setReady(h !== null);
            }}
          />
        </Suspense>
      )}
      {footer}
    </Card>
  );
}
