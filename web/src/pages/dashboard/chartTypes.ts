// Types shared by the lazily loaded chart and the pages (no ECharts import here).
export interface ChartHandle {
  /** The chart as a PNG data URL (white background, 2× pixels). */
  toPng: () => string;
}
export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesIndex: number;
}
export interface EChartProps {
  /** A plain ECharts option object; build it with useMemo (a new object re-renders the chart). */
  option: Record<string, unknown>;
  label: string;
  height?: number;
  onItemClick?: (c: ChartClick) => void;
  onReady?: (h: ChartHandle | null) => void;
  testId?: string;
}
