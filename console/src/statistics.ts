/** The seven rates of departmentPerformance (部门绩效), in the order the console shows them. */
export const RATES = [
  ['timelySignOffRate', '按时签收率'],
  ['responseRate', '按时答复率'],
  ['resolutionRate', '办结率'],
  ['resolvedOnTimeRate', '按时办结率'],
  ['satisfactionRate', '满意率'],
  ['referralRejectionRate', '退回率'],
  ['reopenRate', '重新打开率'],
] as const;

export type RateKey = (typeof RATES)[number][0];

/** A rate (0..1, or null when nothing was counted) as the console shows it. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** CSV for spreadsheet programs: a BOM so Chinese opens correctly, fields quoted where needed. */
export function toCsv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
