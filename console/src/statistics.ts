/**
 * The seven rates of departmentPerformance (部门绩效), in the order the console shows them, named as
 * the hub's exports name their columns (test/console/rules.test.ts keeps the two in step).
 */
export const RATES = [
  ['timelySignOffRate', '及时签收率'],
  ['responseRate', '响应率'],
  ['resolutionRate', '解决率'],
  ['resolvedOnTimeRate', '按期办结率'],
  ['satisfactionRate', '满意率'],
  ['referralRejectionRate', '退回率'],
  ['reopenRate', '重办率'],
] as const;

export type RateKey = (typeof RATES)[number][0];
export type Rates = Partial<Record<RateKey, number | null>>;

/** A rate (0..1, or null when nothing was counted) as the console shows it. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** A rate as a chart plots it: percent with one decimal (as the table shows it), null for none. */
export function chartValue(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A day as YYYY-MM-DD in the browser's calendar. */
export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The default period: the last twelve months, from the first day of the month eleven months ago to today. */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  const [, y, m] = DATE.exec(today)!.map(Number);
  const start = (y * 12 + (m - 1) - 11);
  return { from: `${Math.floor(start / 12)}-${pad((start % 12) + 1)}-01`, to: today };
}

/** A valid period: two real days, the first not after the last. */
export function periodProblem(from: string, to: string): string | null {
  const real = (s: string) => {
    const d = DATE.exec(s);
    return !!d && Number(d[2]) >= 1 && Number(d[2]) <= 12 && Number(d[3]) >= 1 && Number(d[3]) <= daysIn(Number(d[1]), Number(d[2]));
  };
  if (!real(from) || !real(to)) return '请填写起始日期和截止日期。';
  if (from > to) return '起始日期不能晚于截止日期。';
  return null;
}

/** One month of the trend: the part of the month inside the period. */
export interface TrendMonth {
  /** YYYY-MM */
  month: string;
  from: string;
  to: string;
  /** 2026年3月, as the chart's axis shows it */
  label: string;
  /** the label, with the days when the period covers only part of the month: 2026年3月（10日至31日） */
  longLabel: string;
}

/** The trend shows at most this many months: the last ones of the period. */
export const TREND_MAX_MONTHS = 12;

/**
 * The months of the period for the monthly trend, each clipped to the period (the first and the last
 * may be partial), the last TREND_MAX_MONTHS of them when the period is longer (`clipped`).
 */
export function trendMonths(from: string, to: string, max = TREND_MAX_MONTHS): { months: TrendMonth[]; clipped: boolean } {
  if (periodProblem(from, to)) return { months: [], clipped: false };
  const [, fy, fm] = DATE.exec(from)!.map(Number);
  const [, ty, tm] = DATE.exec(to)!.map(Number);
  const first = fy * 12 + fm - 1;
  const last = ty * 12 + tm - 1;
  const start = Math.max(first, last - max + 1);
  const months: TrendMonth[] = [];
  for (let i = start; i <= last; i++) {
    const y = Math.floor(i / 12);
    const m = (i % 12) + 1;
    const month = `${y}-${pad(m)}`;
    const monthFrom = i === first ? from : `${month}-01`;
    const monthTo = i === last ? to : `${month}-${pad(daysIn(y, m))}`;
    const label = `${y}年${m}月`;
    const whole = monthFrom.endsWith('-01') && monthTo === `${month}-${pad(daysIn(y, m))}`;
    const longLabel = whole ? label : `${label}（${Number(monthFrom.slice(8))}日至${Number(monthTo.slice(8))}日）`;
    months.push({ month, from: monthFrom, to: monthTo, label, longLabel });
  }
  return { months, clipped: start > first };
}

/**
 * Variables of the trend query (console/src/screens/Statistics.tsx): one aliased
 * departmentPerformance per month slot, `f<i>`/`t<i>` its period and `i<i>` whether it is asked at
 * all (slots past the months are skipped with @include; their dates only need to be valid).
 */
export function trendVariables(months: TrendMonth[], slots = TREND_MAX_MONTHS): Record<string, string | boolean> {
  const vars: Record<string, string | boolean> = {};
  for (let i = 0; i < slots; i++) {
    const m = months[i] ?? months[0];
    vars[`f${i}`] = m.from;
    vars[`t${i}`] = m.to;
    vars[`i${i}`] = i < months.length;
  }
  return vars;
}

/** The months a trend query's variables ask for (the inverse of trendVariables). */
export function answeredMonths(vars: Record<string, string | boolean>): TrendMonth[] {
  const months: TrendMonth[] = [];
  for (let i = 0; vars[`i${i}`] === true; i++) months.push(...trendMonths(String(vars[`f${i}`]), String(vars[`t${i}`]), 1).months);
  return months;
}

/** The seven rates of one department month by month (null where nothing was counted). */
export function departmentTrend(perMonth: (readonly ({ departmentCode: string } & Rates)[] | null | undefined)[], departmentCode: string): Record<RateKey, (number | null)[]> {
  const row = (i: number) => perMonth[i]?.find((r) => r.departmentCode === departmentCode);
  return Object.fromEntries(RATES.map(([key]) => [key, perMonth.map((_, i) => row(i)?.[key] ?? null)])) as Record<RateKey, (number | null)[]>;
}

/** What the grouped bar chart shows, in words (its text alternative; the table has every figure). */
export function describeBars(rows: readonly ({ name: string } & Rates)[], from: string, to: string): string {
  if (rows.length === 0) return `分组柱状图：${from} 至 ${to} 没有部门数据。`;
  const parts = rows.map((r) => `${r.name}：${RATES.map(([key, name]) => `${name} ${percent(r[key])}`).join('，')}`);
  return `分组柱状图，${from} 至 ${to} 各部门七项比率。${parts.join('；')}。`;
}

/** What the monthly trend shows, in words: per rate, its value in each month. */
export function describeTrend(department: string, months: TrendMonth[], trend: Record<RateKey, (number | null)[]>): string {
  if (months.length === 0) return '折线图：没有可显示的月份。';
  const span = months.length === 1 ? months[0].label : `${months[0].label}至${months[months.length - 1].label}`;
  const parts = RATES.map(([key, name]) => `${name}：${months.map((m, i) => `${m.label} ${percent(trend[key][i])}`).join('，')}`);
  return `折线图，${department} ${span} 共 ${months.length} 个月的七项比率逐月趋势。${parts.join('；')}。`;
}
