import { DEMO_USERS } from '../../../src/demo/district';
import { STATUS_ZH } from '../../../src/subgraphs/hub/export/export-columns';
import { createExport, download, parseCsv, readXlsx } from '../../helpers/exports';
import { act, codeOf, ok, submit } from '../../helpers/issues';
import { sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import type { HubRuntime } from '../../../src/subgraphs/hub/events/runtime';

/**
 * Exports (导出) through the gateway: createExport returns a signed link on the gateway, the
 * download needs no token and holds exactly what the API lists (same filter, same visibility, same
 * numbers), in CSV (BOM, quoting, formula injection defused) and XLSX (read back with exceljs).
 */
let hub: TestHub;
const PERIOD = { from: '2026-09-01', to: '2026-09-30' };
beforeAll(async () => {
  // the SLA scan (which urges overdue requests, changing their figures) runs once now, not between
  // a list read through the API and the export compared with it
  hub = await startTestHub({ env: { EXPORT_MAX_PER_HOUR: '8', SLA_SCAN_INTERVAL_MS: '3600000' } });
  await (hub.subgraphs.hub.runtime as HubRuntime).sla.scanNow();
  // requests the lists below hold: police ones with text a spreadsheet would misread, and a tax one
  const police = await submit(hub, 'police-officer', { uscc: DEMO_USERS.enterprise.uscc, title: '=HYPERLINK("http://evil.example","点击")', description: '夜间有人翻墙，"多次"报警,\n请加强巡逻。', category: 'public_security', channel: 'VISIT' });
  await act.accept(hub, 'police-officer', police.id);
  await submit(hub, 'police-officer', { uscc: DEMO_USERS.enterprise.uscc, title: '-2 号门禁故障', description: '@门卫 反映门禁失灵', category: 'public_security', channel: 'HOTLINE' });
  await submit(hub, 'tax-officer', { uscc: DEMO_USERS.enterprise.uscc, title: '仅税务可见的诉求', description: '发票问题，与公安无关。', category: 'tax_service', channel: 'HOTLINE' });
});
afterAll(async () => {
  await hub?.stop();
});

const ROWS_QUERY = `query($filter: IssueFilter, $orderBy: IssueOrder!, $after: String) {
  issues(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {
    edges { node { id number title status isOverdue urgeCount reopenCount replyDeadline enterprise { name uscc } leadDepartment { nameZh } } }
    pageInfo { hasNextPage endCursor } } }`;

/** Every row the API lists for `who`, in its order, all pages. */
async function apiList(who: string, filter: Record<string, unknown> | null, orderBy = 'NEWEST_FIRST') {
  const all: any[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = await ok(hub, ROWS_QUERY, { filter, orderBy, after }, who);
    all.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}

/** The cells the API's row should give, in the export's columns (headers are Chinese). */
const expected = (n: any) => ({
  诉求编号: n.number,
  标题: n.title,
  企业名称: n.enterprise.name,
  统一社会信用代码: n.enterprise.uscc,
  状态: STATUS_ZH[n.status],
  主办部门: n.leadDepartment?.nameZh ?? '',
  答复期限: n.replyDeadline ?? '',
  是否逾期: n.isOverdue ? '是' : '否',
  催办次数: String(n.urgeCount),
  重办次数: String(n.reopenCount),
});
const pick = (header: string[], row: unknown[]) => {
  const get = (h: string) => {
    const v = row[header.indexOf(h)];
    if (v instanceof Date) return v.toISOString().slice(0, 10); // XLSX dates: the day itself
    return v == null ? '' : String(v);
  };
  return Object.fromEntries(Object.keys(expected({ enterprise: {}, leadDepartment: null })).map((h) => [h, get(h)]));
};
/** A text cell as typed: CSV defuses formula-looking text with a leading apostrophe. */
const defused = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

test('a CSV export of an inbox filter holds exactly the rows of the API list, in its order, with its values', async () => {
  const filter = { status: ['SUBMITTED', 'ASSIGNED', 'ACCEPTED'] };
  const api = await apiList('police-officer', filter, 'OLDEST_FIRST');
  expect(api.length).toBeGreaterThanOrEqual(2);
  const created = await createExport(hub, 'police-officer', { kind: 'ISSUES', format: 'CSV', filter, orderBy: 'OLDEST_FIRST' });
  expect(created.rowCount).toBe(api.length);
  expect(created.url).toMatch(/^\/exports\/\d+\.\d+\.[\w-]{43}\/.+\.csv$/);
  expect(created.fileName).toMatch(/^诉求清单-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(new Date(created.expiresAt).getTime() - hub.clock.now().getTime()).toBe(300_000);

  const res = await download(hub, created.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(created.fileName)}`);
  expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
  const [header, ...rows] = parseCsv(res.body.toString('utf8'));
  expect(header.slice(0, 4)).toEqual(['诉求编号', '标题', '诉求内容', '企业名称']);
  expect(rows).toHaveLength(api.length);
  rows.forEach((row, i) => expect(pick(header, row)).toEqual({ ...expected(api[i]), 标题: defused(api[i].title) }));
  // the formula-looking title is text, quoting kept the description's quotes, comma and line break
  const evil = rows.find((r) => r[1].includes('HYPERLINK'))!;
  expect(evil[1]).toBe('\'=HYPERLINK("http://evil.example","点击")');
  expect(evil[2]).toBe('夜间有人翻墙，"多次"报警,\n请加强巡逻。');
  expect(rows.find((r) => r[1].includes('门禁'))![2]).toBe("'@门卫 反映门禁失灵");
});

test('an XLSX export of the same filter reads back (exceljs) with the same rows and values', async () => {
  const filter = { department: 'police' };
  const api = await apiList('police-officer', filter);
  const created = await createExport(hub, 'police-officer', { kind: 'ISSUES', format: 'XLSX', filter });
  const res = await download(hub, created.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const sheet = await readXlsx(res.body);
  expect(sheet.name).toBe('诉求清单');
  const [header, ...rows] = sheet.rows as string[][];
  expect(header[0]).toBe('诉求编号');
  expect(rows).toHaveLength(api.length);
  // XLSX cells hold the text as typed (a string cell is never a formula) and numbers as numbers
  rows.forEach((row, i) => expect(pick(header, row)).toEqual(expected(api[i])));
  expect(typeof rows[0][header.indexOf('催办次数')]).toBe('number');
  expect(rows.some((r) => r[1] === '=HYPERLINK("http://evil.example","点击")')).toBe(true);
});

test('another department\'s requests never appear: each officer\'s export is its own list', async () => {
  const taxOnly = (await apiList('tax-officer', null)).find((n) => n.title === '仅税务可见的诉求');
  expect(taxOnly).toBeDefined();
  for (const [who, format] of [['police-officer', 'CSV'], ['market-officer', 'XLSX'], ['enterprise', 'CSV']] as const) {
    const api = await apiList(who, null);
    const created = await createExport(hub, who, { kind: 'ISSUES', format });
    const res = await download(hub, created.url);
    const numbers = format === 'CSV' ? parseCsv(res.body.toString('utf8')).slice(1).map((r) => r[0]) : (await readXlsx(res.body)).rows.slice(1).map((r) => r[0]);
    expect(numbers).toEqual(api.map((n) => n.number));
    if (who !== 'enterprise') expect(numbers).not.toContain(taxOnly.number);
  }
  // the enterprise's export holds only its own requests
  const own = await createExport(hub, 'enterprise', { kind: 'ISSUES', format: 'CSV' });
  const rows = parseCsv((await download(hub, own.url)).body.toString('utf8')).slice(1);
  expect(rows.every((r) => r[4] === DEMO_USERS.enterprise.uscc)).toBe(true);
});

const PERFORMANCE_FIELDS = [
  'received', 'signedOnTime', 'signOffDeadlineUnknown', 'timelySignOffRate', 'respondedOnTime', 'replyDeadlineUnknown', 'responseRate', 'resolved', 'resolutionRate',
  'resolvedOnTime', 'resolvedOnTimeRate', 'rated', 'satisfied', 'satisfactionRate', 'referralsAnswered', 'referralsRejected', 'referralRejectionRate', 'reopened', 'reopenRate',
  'averageWorkingDaysToReply', 'openOverdue', 'extensionsRequested', 'extensionsApproved', 'urgings',
];

test('a departmentPerformance export has the API\'s numbers, in CSV and XLSX', async () => {
  // some figures that are not all zero: a request answered, resolved and rated
  const done = await submit(hub, 'tax-officer', { uscc: DEMO_USERS.enterprise.uscc, title: '绩效导出测试', description: '开票问题', category: 'tax_service', channel: 'HOTLINE' });
  await act.accept(hub, 'tax-officer', done.id);
  await act.respond(hub, 'tax-officer', done.id);
  await act.resolve(hub, 'tax-officer', done.id);
  await act.rate(hub, 'enterprise', { issueId: done.id, satisfaction: 'BASICALLY_SATISFIED' });
  const api: any[] = await ok(hub, `query($from: Date!, $to: Date!) { departmentPerformance(from: $from, to: $to) { departmentCode department { nameZh } ${PERFORMANCE_FIELDS.join(' ')} } }`, PERIOD, 'coordinator');
  expect(api.find((d) => d.departmentCode === 'tax').received).toBeGreaterThan(0);

  const csv = await createExport(hub, 'coordinator', { kind: 'DEPARTMENT_PERFORMANCE', format: 'CSV', ...PERIOD });
  expect(csv.fileName).toBe('部门绩效-2026-09-01_2026-09-30.csv');
  const [header, ...rows] = parseCsv((await download(hub, csv.url)).body.toString('utf8'));
  expect(header.slice(0, 3)).toEqual(['部门代码', '部门名称', '受理数']);
  expect(header).toHaveLength(2 + PERFORMANCE_FIELDS.length);
  expect(rows.map((r) => r[0])).toEqual(api.map((d) => d.departmentCode));
  rows.forEach((row, i) => {
    expect(row[1]).toBe(api[i].department.nameZh);
    expect(row.slice(2).map((c) => (c === '' ? null : Number(c)))).toEqual(PERFORMANCE_FIELDS.map((f) => api[i][f]));
  });

  const xlsx = await createExport(hub, 'tax-officer', { kind: 'DEPARTMENT_PERFORMANCE', format: 'XLSX', ...PERIOD });
  const sheet = await readXlsx((await download(hub, xlsx.url)).body);
  expect(sheet.name).toBe('部门绩效');
  const [xHeader, ...xRows] = sheet.rows;
  expect(xHeader).toEqual(header);
  xRows.forEach((row, i) => {
    const cells = Array.from({ length: header.length }, (_, k) => row[k] ?? null);
    expect(cells).toEqual([api[i].departmentCode, api[i].department.nameZh, ...PERFORMANCE_FIELDS.map((f) => api[i][f])]);
  });
});

test('createExport checks its input and access like the list and the query do', async () => {
  const bad = async (who: string, input: Record<string, unknown>) => {
    const res = await hub.gql(`mutation($input: CreateExportInput!) { createExport(input: $input) { url } }`, { input }, who);
    return [codeOf(res), res.errors?.[0]?.extensions?.field];
  };
  expect(await bad('police-officer', { kind: 'ISSUES', format: 'CSV', filter: { department: 'fire' } })).toEqual(['BAD_USER_INPUT', 'input.filter.department']);
  expect((await bad('police-officer', { kind: 'ISSUES', format: 'CSV', filter: { enterprise: '913201023100791999' } }))[0]).toBe('BAD_USER_INPUT');
  expect(await bad('police-officer', { kind: 'ISSUES', format: 'CSV', from: '2026-09-01' })).toEqual(['BAD_USER_INPUT', 'input.from']);
  expect(await bad('coordinator', { kind: 'DEPARTMENT_PERFORMANCE', format: 'CSV', from: '2026-09-01' })).toEqual(['BAD_USER_INPUT', 'input.to']);
  expect(await bad('coordinator', { kind: 'DEPARTMENT_PERFORMANCE', format: 'CSV', from: '2026-09-30', to: '2026-09-01' })).toEqual(['BAD_USER_INPUT', 'input.from']);
  expect((await bad('enterprise', { kind: 'DEPARTMENT_PERFORMANCE', format: 'CSV', ...PERIOD }))[0]).toBe('FORBIDDEN');
  expect((await bad('auditor', { kind: 'ISSUES', format: 'CSV' }))[0]).toBe('FORBIDDEN');
  const anonymous = await hub.gql(`mutation { createExport(input: { kind: ISSUES, format: CSV }) { url } }`);
  expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
});

test('a tampered, expired or used-up link is refused with a clear JSON body; the hub answers only the gateway', async () => {
  const created = await createExport(hub, 'judicial-officer', { kind: 'ISSUES', format: 'CSV' });
  const [, , token, file] = created.url.split('/');
  const [id, expires, signature] = token.split('.');
  const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
  for (const tampered of [
    `/exports/${id}.${expires}.${flip(signature)}/${file}`, // signature altered
    `/exports/${Number(id) + 1000}.${expires}.${signature}/${file}`, // another export (well-formed whatever the order tests ran in)
    `/exports/${id}.${Number(expires) + 3600}.${signature}/${file}`, // a later expiry
  ]) {
    const res = await download(hub, tampered);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body.toString())).toEqual({ errors: [{ message: expect.stringContaining('not valid'), extensions: { code: 'FORBIDDEN' } }] });
  }
  expect((await download(hub, '/exports/not-a-link/x.csv')).status).toBe(404);
  // straight to the hub subgraph, around the gateway: refused before the link is even looked at
  const direct = await fetch(new URL(created.url, hub.subgraphs.hub.url).toString());
  expect(direct.status).toBe(403);

  // three downloads per link (a retried download works), then it is used up
  for (let i = 0; i < 3; i++) expect((await download(hub, created.url)).status).toBe(200);
  const used = await download(hub, created.url);
  expect([used.status, JSON.parse(used.body.toString()).errors[0].extensions.code]).toEqual([410, 'LINK_USED']);

  // after EXPORT_LINK_TTL_SECONDS (300 s) on the hub's clock
  const fresh = await createExport(hub, 'judicial-officer', { kind: 'ISSUES', format: 'XLSX' });
  hub.clock.advance(300_000);
  try {
    const expired = await download(hub, fresh.url);
    expect(expired.status).toBe(410);
    expect(JSON.parse(expired.body.toString()).errors[0]).toEqual({ message: expect.stringContaining('expired'), extensions: { code: 'LINK_EXPIRED' } });
  } finally {
    hub.clock.advance(-300_000);
  }
});

test('each user may create EXPORT_MAX_PER_HOUR exports an hour (RATE_LIMITED with retryAfter), others are not affected', async () => {
  const token = await hub.token('market-officer', { sub: `u-export-quota-${process.pid}` });
  for (let i = 0; i < 8; i++) await createExport(hub, token, { kind: 'DEPARTMENT_PERFORMANCE', format: 'CSV', ...PERIOD });
  const refused = await hub.gql(`mutation { createExport(input: { kind: DEPARTMENT_PERFORMANCE, format: CSV, from: "2026-09-01", to: "2026-09-30" }) { url } }`, {}, token);
  expect(codeOf(refused)).toBe('RATE_LIMITED');
  expect(refused.errors![0].extensions!.retryAfter).toBeGreaterThan(3500);
  expect(refused.errors![0].message).toContain('EXPORT_MAX_PER_HOUR');
  await createExport(hub, 'market-officer', { kind: 'DEPARTMENT_PERFORMANCE', format: 'CSV', ...PERIOD });
  const [{ n }] = await sql(`select count(*)::int as n from hub.export_request where user_id = $1`, [`u-export-quota-${process.pid}`]);
  expect(n).toBe(8);
});
