import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { RATES, chartValue, type RateKey, type Rates } from './statistics';

/** The options of the statistics charts: only the chart types and components console/src/screens/Chart.tsx registers. */
export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | AriaComponentOption>;

/**
 * One colour per rate, from the Okabe–Ito palette (told apart with the common colour-vision
 * deficiencies); colour is never the only cue: bars carry a pattern (ECharts' aria decals), lines a
 * symbol and a dash of their own, and the legend names each.
 */
export const RATE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#4D4D4D'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect'];
const DASHES = ['solid', 'dashed', 'dotted'] as const;

const percentAxis = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } } as const;
const valueFormatter = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '—');
const common = (reducedMotion: boolean) =>
  ({
    animation: !reducedMotion,
    color: RATE_COLOURS,
    legend: { top: 0, itemGap: 16 },
    tooltip: { trigger: 'axis', valueFormatter },
    grid: { left: 48, right: 40, top: 56, bottom: 32 },
  }) satisfies ChartOption;

/**
 * Grouped bars: a group per department, a bar per rate (percent), patterned, each labelled with its
 * figure (so a rate of 0% shows "0.0%" where a rate with nothing counted shows nothing).
 */
export function barOption(rows: readonly ({ name: string } & Rates)[], reducedMotion = false): ChartOption {
  return {
    ...common(reducedMotion),
    grid: { left: 48, right: 40, top: 84, bottom: 32 },
    // ECharts' own description is off: the figure carries ours (describeBars)
    aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0 } },
    yAxis: percentAxis,
    series: RATES.map(([key, name]) => ({
      type: 'bar',
      name,
      data: rows.map((r) => chartValue(r[key])),
      barMaxWidth: 18,
      label: { show: true, position: 'top', rotate: 90, align: 'left', verticalAlign: 'middle', distance: 4, fontSize: 10, formatter: ({ value }) => valueFormatter(value) },
    })),
  };
}

/** Lines: a line per rate across the months (percent), each with its own symbol and dash; gaps where nothing was counted. */
export function trendOption(monthLabels: string[], trend: Record<RateKey, (number | null)[]>, reducedMotion = false): ChartOption {
  return {
    ...common(reducedMotion),
    aria: { enabled: true, label: { enabled: false }, decal: { show: false } },
    xAxis: { type: 'category', data: monthLabels, boundaryGap: false, axisLabel: { interval: 0 } },
    yAxis: percentAxis,
    series: RATES.map(([key, name], i) => ({
      type: 'line',
      name,
      data: trend[key].map(chartValue),
      symbol: SYMBOLS[i],
      symbolSize: 9,
      showAllSymbol: true,
      connectNulls: false,
      lineStyle: { type: DASHES[i % DASHES.length], width: 2 },
    })),
  };
}
