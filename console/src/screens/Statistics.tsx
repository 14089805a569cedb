import { Suspense, lazy, useId, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../client';
import { barOption, trendOption } from '../charts';
import { graphql } from '../gql';
import type { DepartmentPerformanceTableQuery, DepartmentPerformanceTrendQuery, DepartmentPerformanceTrendQueryVariables, ExportFormat, PerformanceRatesFragment } from '../gql/graphql';
import { RATES, TREND_MAX_MONTHS, answeredMonths, departmentTrend, describeBars, describeTrend, isoDay, lastTwelveMonths, percent, periodProblem, trendMonths, trendVariables, type TrendMonth } from '../statistics';

// ECharts comes in its own chunk, fetched when the statistics are opened
const Chart = lazy(() => import('./Chart'));

graphql(`
  fragment PerformanceRates on DepartmentPerformance {
    departmentCode
    timelySignOffRate
    responseRate
    resolutionRate
    resolvedOnTimeRate
    satisfactionRate
    referralRejectionRate
    reopenRate
  }
`);

const PerformanceQuery = graphql(`
  query DepartmentPerformanceTable($from: Date!, $to: Date!) {
    departmentPerformance(from: $from, to: $to) {
      ...PerformanceRates
      received
      openOverdue
      department {
        id
        nameZh
      }
    }
  }
`);

/**
 * The monthly trend in one request: departmentPerformance once per month of the period (at most
 * TREND_MAX_MONTHS), each under its own alias; the slots the period does not need are skipped
 * with @include (variables from trendVariables in statistics.ts).
 */
const TrendQuery = graphql(`
  query DepartmentPerformanceTrend(
    $f0: Date!, $t0: Date!, $i0: Boolean!, $f1: Date!, $t1: Date!, $i1: Boolean!, $f2: Date!, $t2: Date!, $i2: Boolean!,
    $f3: Date!, $t3: Date!, $i3: Boolean!, $f4: Date!, $t4: Date!, $i4: Boolean!, $f5: Date!, $t5: Date!, $i5: Boolean!,
    $f6: Date!, $t6: Date!, $i6: Boolean!, $f7: Date!, $t7: Date!, $i7: Boolean!, $f8: Date!, $t8: Date!, $i8: Boolean!,
    $f9: Date!, $t9: Date!, $i9: Boolean!, $f10: Date!, $t10: Date!, $i10: Boolean!, $f11: Date!, $t11: Date!, $i11: Boolean!
  ) {
    m0: departmentPerformance(from: $f0, to: $t0) @include(if: $i0) { ...PerformanceRates }
    m1: departmentPerformance(from: $f1, to: $t1) @include(if: $i1) { ...PerformanceRates }
    m2: departmentPerformance(from: $f2, to: $t2) @include(if: $i2) { ...PerformanceRates }
    m3: departmentPerformance(from: $f3, to: $t3) @include(if: $i3) { ...PerformanceRates }
    m4: departmentPerformance(from: $f4, to: $t4) @include(if: $i4) { ...PerformanceRates }
    m5: departmentPerformance(from: $f5, to: $t5) @include(if: $i5) { ...PerformanceRates }
    m6: departmentPerformance(from: $f6, to: $t6) @include(if: $i6) { ...PerformanceRates }
    m7: departmentPerformance(from: $f7, to: $t7) @include(if: $i7) { ...PerformanceRates }
    m8: departmentPerformance(from: $f8, to: $t8) @include(if: $i8) { ...PerformanceRates }
    m9: departmentPerformance(from: $f9, to: $t9) @include(if: $i9) { ...PerformanceRates }
    m10: departmentPerformance(from: $f10, to: $t10) @include(if: $i10) { ...PerformanceRates }
    m11: departmentPerformance(from: $f11, to: $t11) @include(if: $i11) { ...PerformanceRates }
  }
`);

const ExportPerformance = graphql(`
  mutation ExportDepartmentPerformance($input: CreateExportInput!) {
    createExport(input: $input) {
      url
      fileName
      expiresAt
      rowCount
    }
  }
`);

/**
 * The data a query result holds with the variables it answers: while the next variables are
 * fetched, urql keeps the previous data, and with it the operation that brought it, so what is
 * shown is always described by its own variables (a caption never names a period its rows are not of).
 */
function answered<D, V>(result: { data?: D; operation?: { variables?: V } }): { data: D; variables: V } | null {
  return result.data && result.operation?.variables ? { data: result.data, variables: result.operation.variables } : null;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Department performance (部门绩效) for a chosen period: the seven rates per department as a table
 * and as grouped bars, their trend month by month for a department, and the hub's exports (CSV and
 * XLSX, through createExport's signed link).
 */
export function Statistics() {
  const [period, setPeriod] = useState(() => lastTwelveMonths(isoDay(new Date())));
  const { from, to } = period;
  const ids = { from: useId(), to: useId() };
  const problem = periodProblem(from, to);
  const [result] = useQuery({ query: PerformanceQuery, variables: { from, to }, pause: !!problem });
  const { error, fetching } = result;
  const shown = answered(result);
  const rows = shown?.data.departmentPerformance ?? [];
  return (
    <section aria-labelledby="stats-heading">
      <h3 id="stats-heading">部门绩效</h3>
      <div className="filters" role="group" aria-label="统计期间">
        <label htmlFor={ids.from}>起始日期</label>
        <input id={ids.from} type="date" value={from} onChange={(e) => setPeriod({ from: e.target.value, to })} />
        <label htmlFor={ids.to}>截止日期</label>
        <input id={ids.to} type="date" value={to} onChange={(e) => setPeriod({ from, to: e.target.value })} />
      </div>
      {problem ? <p role="alert">{problem}</p> : <Exports from={from} to={to} disabled={rows.length === 0 || fetching} />}
      {error && <p role="alert">{errorText(error)}</p>}
      {fetching && <p role="status">正在加载…</p>}
      {shown && !problem && (
        <>
          <table className="list" data-testid="performance">
            <caption className="visually-hidden">
              {shown.variables.from} 至 {shown.variables.to} 各部门绩效
            </caption>
            <thead>
              <tr>
                <th scope="col">部门</th>
                <th scope="col">受理诉求</th>
                {RATES.map(([key, name]) => (
                  <th scope="col" key={key}>
                    {name}
                  </th>
                ))}
                <th scope="col">超期未办</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.departmentCode} data-department={r.departmentCode}>
                  <th scope="row">{r.department.nameZh}</th>
                  <td>{r.received}</td>
                  {RATES.map(([key]) => (
                    <td key={key} data-rate={key}>
                      {percent(r[key])}
                    </td>
                  ))}
                  <td>{r.openOverdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <RateBars rows={rows} {...shown.variables} />
          <Trend {...shown.variables} departments={rows.map((r) => ({ code: r.departmentCode, name: r.department.nameZh }))} />
        </>
      )}
    </section>
  );
}

type PerformanceRow = DepartmentPerformanceTableQuery['departmentPerformance'][number];

function RateBars({ rows, from, to }: { rows: readonly PerformanceRow[]; from: string; to: string }) {
  const named = useMemo(() => rows.map((r) => ({ ...r, name: r.department.nameZh })), [rows]);
  const option = useMemo(() => barOption(named, reducedMotion()), [named]);
  return (
    <figure className="chart-figure">
      <figcaption>各部门七项比率（{from} 至 {to}）：每组为一个部门，每根柱为一项比率，柱上花纹与图例对应，柱顶标有数值（无数据的比率不画柱）；各项数值亦见上表。</figcaption>
      <Suspense fallback={<p role="status">正在加载图表…</p>}>
        <Chart option={option} description={describeBars(named, from, to)} testId="rate-bars" />
      </Suspense>
    </figure>
  );
}

function Trend({ from, to, departments }: { from: string; to: string; departments: { code: string; name: string }[] }) {
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const department = departments.find((d) => d.code === chosen) ?? departments[0];
  const asked = useMemo(() => trendMonths(from, to), [from, to]);
  const variables = useMemo(() => trendVariables(asked.months) as DepartmentPerformanceTrendQueryVariables, [asked]);
  const [result] = useQuery({ query: TrendQuery, variables, pause: asked.months.length === 0 });
  const { error } = result;
  const shown = answered(result);
  const data = shown?.data;
  // the months of the data shown (those asked, once their answer is in)
  const months = useMemo(() => (shown ? answeredMonths(shown.variables) : []), [shown?.variables]);
  const clipped = months.length === TREND_MAX_MONTHS && asked.clipped;
  const perMonth = useMemo(() => months.map((_, i) => data?.[`m${i}` as keyof DepartmentPerformanceTrendQuery] as PerformanceRatesFragment[] | undefined), [data, months]);
  const code = department?.code ?? '';
  const trend = useMemo(() => departmentTrend(perMonth, code), [perMonth, code]);
  const option = useMemo(() => trendOption(months.map((m) => m.label), trend, reducedMotion()), [months, trend]);
  if (!department) return null;
  return (
    <figure className="chart-figure" data-testid="trend">
      <figcaption>
        {department.name}七项比率逐月趋势，共 {months.length} 个月
        {clipped ? `（期间超过 ${TREND_MAX_MONTHS} 个月，只显示最后 ${TREND_MAX_MONTHS} 个月）` : ''}：每条线为一项比率，线上符号和线型与图例对应；首尾月份只计期间内的日子。
      </figcaption>
      <div className="filters">
        <label htmlFor={selectId}>逐月趋势部门</label>
        <select id={selectId} value={department.code} onChange={(e) => setChosen(e.target.value)}>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      {error && <p role="alert">{errorText(error)}</p>}
      {data ? (
        <>
          <Suspense fallback={<p role="status">正在加载图表…</p>}>
            <Chart option={option} description={describeTrend(department.name, months, trend)} testId="trend-chart" />
          </Suspense>
          <TrendTable months={months} trend={trend} department={department.name} />
        </>
      ) : (
        !error && <p role="status">正在加载趋势…</p>
      )}
    </figure>
  );
}

function TrendTable({ months, trend, department }: { months: TrendMonth[]; trend: ReturnType<typeof departmentTrend>; department: string }) {
  return (
    <details>
      <summary>逐月数据表</summary>
      <table className="list" data-testid="trend-table">
        <caption className="visually-hidden">{department}各项比率逐月数据</caption>
        <thead>
          <tr>
            <th scope="col">月份</th>
            {RATES.map(([key, name]) => (
              <th scope="col" key={key}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m, i) => (
            <tr key={m.month} data-month={m.month}>
              <th scope="row">{m.longLabel}</th>
              {RATES.map(([key]) => (
                <td key={key} data-rate={key}>
                  {percent(trend[key][i])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The hub's exports of the period (createExport): a signed link, opened as a download. */
function Exports({ from, to, disabled }: { from: string; to: string; disabled: boolean }) {
  const [created, create] = useMutation(ExportPerformance);
  const [asked, setAsked] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setAsked(format);
    const res = await create({ input: { kind: 'DEPARTMENT_PERFORMANCE', format, from, to } });
    const link = res.data?.createExport;
    if (!link) return;
    const a = document.createElement('a');
    a.href = link.url;
    a.download = link.fileName;
    a.click();
  };
  const link = created.data?.createExport;
  const retryAfter = created.error?.graphQLErrors[0]?.extensions?.retryAfter;
  return (
    <div className="filters" role="group" aria-label="导出">
      <button type="button" onClick={() => run('CSV')} disabled={disabled || created.fetching}>
        导出逗号分隔文件
      </button>
      <button type="button" onClick={() => run('XLSX')} disabled={disabled || created.fetching}>
        导出电子表格
      </button>
      <span role="status">
        {created.fetching && `正在生成${asked === 'XLSX' ? '电子表格' : '逗号分隔文件'}…`}
        {!created.fetching && link && (
          <>
            已生成 {link.rowCount} 行，正在下载；如未开始，请<a href={link.url} download={link.fileName}>点此下载</a>
            （{new Date(link.expiresAt).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' })} 前有效）。
          </>
        )}
      </span>
      {created.error && (
        <span role="alert">{typeof retryAfter === 'number' ? `导出过于频繁，请 ${Math.ceil(retryAfter / 60)} 分钟后再试。` : errorText(created.error)}</span>
      )}
    </div>
  );
}
