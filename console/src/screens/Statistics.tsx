import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { errorText } from '../client';
import { graphql } from '../gql';
import { RATES, percent, toCsv } from '../statistics';

const PerformanceQuery = graphql(`
  query DepartmentPerformanceTable($from: Date!, $to: Date!) {
    departmentPerformance(from: $from, to: $to) {
      departmentCode
      received
      timelySignOffRate
      responseRate
      resolutionRate
      resolvedOnTimeRate
      satisfactionRate
      referralRejectionRate
      reopenRate
      openOverdue
      department {
        id
        nameZh
      }
    }
  }
`);

/**
 * Department performance (部门绩效) for a chosen period: the seven rates per department as a table,
 * exportable as CSV. Charts and XLSX come later.
 */
export function Statistics() {
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const ids = { from: useId(), to: useId() };
  const [{ data, error, fetching }] = useQuery({ query: PerformanceQuery, variables: { from, to }, pause: !from || !to });
  const rows = data?.departmentPerformance ?? [];
  const exportCsv = () => {
    const header = ['部门', '受理诉求', ...RATES.map(([, name]) => name), '超期未办'];
    const body = rows.map((r) => [r.department.nameZh, r.received, ...RATES.map(([key]) => percent(r[key])), r.openOverdue]);
    const url = URL.createObjectURL(new Blob([toCsv([header, ...body])], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `部门绩效_${from}_${to}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <section aria-labelledby="stats-heading">
      <h3 id="stats-heading">部门绩效</h3>
      <div className="filters" role="group" aria-label="统计期间">
        <label htmlFor={ids.from}>起始日期</label>
        <input id={ids.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor={ids.to}>截止日期</label>
        <input id={ids.to} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        <button type="button" onClick={exportCsv} disabled={rows.length === 0}>
          导出表格文件
        </button>
      </div>
      {error && <p role="alert">{errorText(error)}</p>}
      {fetching && !data && <p role="status">正在加载…</p>}
      {data && (
        <table className="list" data-testid="performance">
          <caption className="visually-hidden">
            {from} 至 {to} 各部门绩效
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
      )}
    </section>
  );
}
