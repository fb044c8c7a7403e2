// One ECharts canvas. Only this module imports ECharts (from echarts/core with what the dashboard
// uses registered), and it is loaded lazily, so ECharts never lands in the initial bundle.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartHandle, EChartProps } from './chartTypes.js';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export default function EChart({ option, label, height = 280, onItemClick, onReady, testId }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;
  const ready = useRef(onReady);
  ready.current = onReady;

  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption(option as echarts.EChartsCoreOption);
    chart.on('click', (p) => click.current?.({ name: String(p.name), dataIndex: p.dataIndex, seriesIndex: p.seriesIndex ?? 0 }));
    const handle: ChartHandle = {
      toPng: () => chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }),
    };
    ready.current?.(handle);
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      ready.current?.(null);
      chart.dispose();
    };
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}
