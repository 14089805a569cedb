import { useEffect, useRef } from 'react';
import { init, use, type EChartsType } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from '../charts';

// only what the statistics charts use (tree-shaken ECharts), drawn as SVG
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/**
 * An ECharts chart, as an image with a text alternative (`description`, which says what it shows
 * with the figures). Loaded on its own (React.lazy in Statistics.tsx), so that ECharts is fetched
 * only by those who open the statistics.
 */
export default function Chart({ option, description, testId }: { option: ChartOption; description: string; testId: string }) {
  const dom = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  useEffect(() => {
    const c = init(dom.current!, null, { renderer: 'svg', locale: 'ZH' });
    chart.current = c;
    const resized = new ResizeObserver(() => c.resize());
    resized.observe(dom.current!);
    return () => {
      resized.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={dom} className="chart" role="img" aria-label={description} data-testid={testId} />;
}
