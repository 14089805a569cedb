import 'reflect-metadata';
import os from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client as PgClient } from 'pg';
import { ISSUE_DEPARTMENT_BACKFILL } from '../migrations/hub/Migration20261125214500IssueDepartment';
import { PERFORMANCE_BACKFILL } from '../migrations/hub/Migration20261126001500PerformanceRollups';
import { DEMO_SEEDS } from '../src/demo/seeds';
import { SUBGRAPH_NAMES } from '../src/shared/config';
import { createLogger } from '../src/shared/logger';
import { openSubgraphDatabase } from '../src/shared/subgraph-server';
import { DEFAULT_TIME_ZONE, toHubDate } from '../src/shared/time-zone';
import { SUBGRAPHS } from '../src/subgraphs';
import { provisionalReason } from '../src/subgraphs/hub/calendar/calendar.service';
import { WorkdayCalendar } from '../src/subgraphs/hub/calendar/workday-calendar';
import { departmentPerformanceRowLevel } from '../src/subgraphs/hub/performance/performance.reference';
import { departmentPerformance } from '../src/subgraphs/hub/performance/performance.service';
import { freshDatabase } from './harness';

/**
 * Bench data (issue 17): a hub database at province scale, made in set-based SQL.
 *
 *   npm run bench:data -- --issues 1000000 [--events] [--db NAME] [--enterprises N] [--no-verify]
 *
 * Into BENCH_DB (default liaison_bench_<size>, e.g. liaison_bench_1m) on BENCH_PG (default
 * postgres://postgres@127.0.0.1:5432), dropped and recreated: every subgraph's migrations and the
 * demo data, then N requests over the three years up to now (`generate_series`, nothing row by
 * row from Node):
 *
 * - enterprises: N/20 new ones (50,000 at 1M) with valid codes, skewed like a real district (rank k
 *   submits ∝ k^-0.7: the largest about 1% of all requests, the median a handful), each with its
 *   records in the four departments (registration, taxpayer and ratings, police register and
 *   liaison officer for key enterprises, some arrears, abnormal listings, alerts, mediation cases);
 * - requests: category mix → lead department by the hub's own routing rules (the rule-less
 *   category routed by a coordinator), a life planned step by step (signed for, worked, answered,
 *   concluded, rated, followed up; 11% late, 8% of ratings dissatisfied and reopened, 2.5% stuck
 *   at some step, 1% merged into an earlier duplicate of the same enterprise) and cut at "now",
 *   so the newest are still open; deadlines in working days from the hub's calendar (the
 *   2023–2024 State Council arrangements are added when missing); 15% referred (transfers and
 *   assists, answered or pending), extensions asked before late replies, urgings where the SLA
 *   scan would have urged (and some by the enterprise); one timeline row per step;
 * - derived tables: inserted with triggers off, then hub.issue_department and
 *   hub.performance_day filled by the migrations' own backfill statements, and checked against
 *   the rules (`verifyBenchData`, also run by test/integration/bench/bench-data.test.ts);
 * - outbox events (`--events`): one per timeline step and referral step, as the hub writes them.
 *
 * Prints rows/s per step. The database is marked (COMMENT ON DATABASE) with what it holds, so that
 * `npm run bench` (bench/run.ts) reuses it.
 */

export interface BenchDataOptions {
  issues: number;
  /** New enterprises; default max(20, issues / 20). */
  enterprises?: number;
  /** Days of history up to `now`; default 1,095 (three years). */
  days?: number;
  /** The hub's "now": requests are cut at it. Default: the machine's clock. */
  now?: Date;
  /** Outbox events for every step (hub.event); default false. */
  events?: boolean;
  /** Records in the four department subgraphs for the new enterprises; default true. */
  departmentRecords?: boolean;
  timeZone?: string;
  log?: (msg: string) => void;
}

export interface BenchDataReport {
  steps: { step: string; rows: number; ms: number }[];
  ms: number;
  warnings: string[];
  /** The first generated request id and the number of requests. */
  firstIssueId: number;
  issues: number;
}

/** Triggers on the tables this fills, and how the generator stands in for them (it inserts with triggers off). */
export const COMPENSATED_TRIGGERS: Record<string, string> = {
  issue_department_insert: 'ISSUE_DEPARTMENT_BACKFILL after the load',
  issue_department_update: 'ISSUE_DEPARTMENT_BACKFILL after the load',
  issue_department_referral: 'ISSUE_DEPARTMENT_BACKFILL after the load',
  performance_issue_insert: 'PERFORMANCE_BACKFILL after the load',
  performance_issue_update: 'PERFORMANCE_BACKFILL after the load',
  performance_issue_delete: 'nothing is deleted',
  performance_issue_truncate: 'nothing is truncated',
  performance_referral: 'PERFORMANCE_BACKFILL after the load',
  performance_referral_truncate: 'nothing is truncated',
  performance_issue_extension: 'PERFORMANCE_BACKFILL after the load',
  performance_issue_extension_truncate: 'nothing is truncated',
  performance_issue_urging: 'PERFORMANCE_BACKFILL after the load',
  performance_issue_urging_truncate: 'nothing is truncated',
  issue_risk_notify: 'a NOTIFY only: the risk watcher sweeps every enterprise when the hub starts',
  issue_risk_notify_update: 'a NOTIFY only (as above)',
  event_notify: 'a NOTIFY only: nobody listens while the data is made',
};
/** The tables the generator writes with triggers off. */
export const FILLED_TABLES = ['hub.enterprise', 'hub.issue', 'hub.issue_timeline', 'hub.referral', 'hub.issue_extension', 'hub.issue_urging', 'hub.event'];

/** "10k", "100k", "1m": the size in a database name. */
export function sizeLabel(issues: number): string {
  if (issues >= 1_000_000 && issues % 1_000_000 === 0) return `${issues / 1_000_000}m`;
  if (issues >= 1_000 && issues % 1_000 === 0) return `${issues / 1_000}k`;
  return String(issues);
}
export const benchDatabaseName = (issues: number) => `liaison_bench_${sizeLabel(issues)}`;
/** Bumped when the generator's output changes: `npm run bench` regenerates databases of another version. */
export const BENCH_DATA_VERSION = 1;

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The State Council arrangements of 2023 and 2024 (国办发明电〔2022〕16号, 〔2023〕7号), loaded into a
 * bench database that lacks them, as a hub running for three years would have loaded them.
 */
const PAST_CALENDAR_YEARS: Record<number, { holidays: string[]; makeupWorkdays: string[] }> = {
  2023: {
    holidays: ['01-01', '01-02', '01-21', '01-22', '01-23', '01-24', '01-25', '01-26', '01-27', '04-05', '04-29', '04-30', '05-01', '05-02', '05-03', '06-22', '06-23', '06-24',
      '09-29', '09-30', '10-01', '10-02', '10-03', '10-04', '10-05', '10-06'].map((d) => `2023-${d}`),
    makeupWorkdays: ['01-28', '01-29', '04-23', '05-06', '06-25', '10-07', '10-08'].map((d) => `2023-${d}`),
  },
  2024: {
    holidays: ['01-01', '02-10', '02-11', '02-12', '02-13', '02-14', '02-15', '02-16', '02-17', '04-04', '04-05', '04-06', '05-01', '05-02', '05-03', '05-04', '05-05',
      '06-08', '06-09', '06-10', '09-15', '09-16', '09-17', '10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07'].map((d) => `2024-${d}`),
    makeupWorkdays: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'].map((d) => `2024-${d}`),
  },
};

/** Category mix (share of requests) and the texts of each category's requests. */
const CATEGORIES: Record<string, { weight: number; texts: [string, string][] }> = {
  public_security: { weight: 10, texts: [
    ['厂区周边夜间治安隐患', '厂区周边路段夜间照明不足，近期有可疑人员徘徊，请求加强巡逻。'],
    ['员工电动车多次丢失', '厂区停车棚员工电动车近一个月多次丢失，请求协助调查。'],
    ['门店遭遇寻衅滋事', '有人多次到门店无理取闹，影响正常经营，请求依法处理。'],
  ] },
  fraud: { weight: 5, texts: [
    ['财务人员遭遇电信诈骗', '财务人员接到冒充领导的电话被骗转账，请求立案侦查并协助追款。'],
    ['冒用公司名义骗取货款', '有人冒用我公司名义与客户签约收款，请求核查处理。'],
  ] },
  safety_hazard: { weight: 6, texts: [
    ['消防通道被长期占用', '相邻单位长期在消防通道堆放货物，存在较大安全隐患，请求督促整改。'],
    ['危化品仓库安全隐患', '园区内一处仓库违规存放危险化学品，请求检查。'],
  ] },
  licence: { weight: 12, texts: [
    ['营业执照变更登记', '公司迁址后需变更营业执照登记信息，请指导办理流程。'],
    ['食品经营许可证延续', '食品经营许可证即将到期，申请延续办理，请告知所需材料。'],
    ['年报填报问题咨询', '企业年报系统填报出错无法提交，请求协助。'],
  ] },
  product_quality: { weight: 8, texts: [
    ['原材料质量不合格', '供应商提供的原材料抽检不合格，协商无果，请求监管部门介入。'],
    ['仿冒商标产品流入市场', '市场上出现仿冒我公司商标的产品，请求查处。'],
  ] },
  tax_service: { weight: 22, texts: [
    ['增值税发票开具异常', '开票系统提示异常，无法正常开具增值税专用发票，影响业务结算。'],
    ['出口退税进度查询', '上季度出口退税申请已提交两个月，尚未到账，请求协助查询。'],
    ['纳税信用等级复评', '因申报逾期被降级，现已补正，申请纳税信用复评。'],
  ] },
  labour_dispute: { weight: 12, texts: [
    ['员工反映拖欠工资', '十余名员工反映公司拖欠三个月工资，请求协调处理。'],
    ['劳动合同解除争议', '员工对解除劳动合同的补偿有异议，请求协助化解。'],
  ] },
  contract_dispute: { weight: 9, texts: [
    ['货款长期未结', '客户拖欠货款逾期一年未付，多次催收无果，请求协调。'],
    ['租赁合同争议', '厂房出租方单方面提高租金并要求提前解约，请求协助。'],
  ] },
  other: { weight: 16, texts: [
    ['园区道路破损影响通行', '园区主干道路面破损严重，货车通行困难，请求协调修复。'],
    ['技术工人招聘对接', '企业扩大生产需要招聘技术工人，希望获得招聘对接支持。'],
    ['扶持政策咨询', '咨询高新技术企业认定及相关扶持政策的申报条件。'],
  ] },
};
const RESPONSES = ['经核查，已与企业负责人沟通，相关问题正依规处理，并将及时反馈进展。', '已安排专人对接，现场了解情况后提出处理意见，已告知企业。', '已会同相关单位研究，明确了处理方案和时限，已答复企业。'];
const RESOLUTIONS = ['问题已依规处理完毕，企业表示认可。', '已协调解决，企业反映情况属实且已得到处理。', '已办结并回访，企业对处理结果表示满意。'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '敏', '静', '强', '磊', '洋', '艳', '勇', '军'];

/**
 * Working-day arrays for the SQL helpers, one entry per day from `first` (or per working day):
 * the hub's calendar rule (WorkdayCalendar) for the years it knows, Monday–Friday for the others
 * (a provisional deadline, as the hub reckons it).
 */
function workingDays(rows: { year: number; holidays: string[]; makeup_workdays: string[] }[], first: string, last: string) {
  const calendar = new WorkdayCalendar({ years: Object.fromEntries(rows.map((r) => [String(r.year), { holidays: r.holidays, makeupWorkdays: r.makeup_workdays }])) });
  const known = new Set(rows.map((r) => r.year));
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  const working = days.map((day) => (known.has(Number(day.slice(0, 4))) ? calendar.isWorkingDay(day) : ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())));
  const cumulative: number[] = []; // working days ≤ day
  const workdays: number[] = []; // day offsets of the 1st, 2nd, … working day
  working.forEach((w, i) => {
    if (w) workdays.push(i);
    cumulative.push(workdays.length);
  });
  // offset of the first working day on or after each day
  const next: number[] = new Array(days.length).fill(days.length + 100);
  for (let i = days.length - 1, n = days.length + 100; i >= 0; i--) next[i] = n = working[i] ? i : n;
  const unknownYears = [...new Set(days.map((d) => Number(d.slice(0, 4))).filter((y) => !known.has(y)))].sort((a, b) => a - b);
  const unknownIndex = days.map((d) => unknownYears.indexOf(Number(d.slice(0, 4))) + 1); // 0: a known year
  return {
    cumulative, workdays, working, next, unknownYears, unknownIndex,
    known: [...known].sort((a, b) => a - b),
    // working days ≤ day, only where a count from the day (from) or to it (to) is firm
    countFrom: days.map((d, i) => (known.has(Number(addDays(d, 1).slice(0, 4))) ? cumulative[i] : null)),
    countTo: days.map((d, i) => (known.has(Number(d.slice(0, 4))) ? cumulative[i] : null)),
  };
}

/** Runs `sql`, logging how long it took and how many rows it wrote. */
async function step(pg: PgClient, report: BenchDataReport, log: (m: string) => void, name: string, sql: string): Promise<number> {
  const t = performance.now();
  if (process.env.BENCH_EXPLAIN && name.includes(process.env.BENCH_EXPLAIN)) {
    const plan = await pg.query(`explain (analyze, costs off, timing on) ${sql}`);
    log(plan.rows.map((r) => r['QUERY PLAN']).join('\n').slice(0, 20000));
    throw new Error('explained');
  }
  const res = await pg.query(sql);
  const ms = performance.now() - t;
  const rows = res.rowCount ?? 0;
  report.steps.push({ step: name, rows, ms });
  log(`${name}: ${rows.toLocaleString('en')} rows in ${(ms / 1000).toFixed(1)} s${rows && ms > 50 ? ` (${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s)` : ''}`);
  return rows;
}

/** Refuses to insert into a table with required columns the generator does not know (a migration added one). */
async function assertColumns(pg: PgClient, table: string, columns: string[]): Promise<void> {
  const [schema, name] = table.split('.');
  const { rows } = await pg.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = $1 and table_name = $2 and is_nullable = 'NO' and column_default is null and is_generated = 'NEVER' and identity_generation is null`,
    [schema, name],
  );
  const missing = rows.map((r) => r.column_name).filter((c) => !columns.includes(c));
  if (missing.length) throw new Error(`bench data: ${table} has required column(s) ${missing.join(', ')} without a default that bench/data.ts does not fill: add them to its insert.`);
}

/** SQL: the status of plan row `p` at instant `t` (the latest step taken by then). */
function statusAt(p: string, t: string, withMerge = true): string {
  return `(case${withMerge ? ` when ${p}.t_merge <= ${t} then 'MERGED'` : ''}
    when ${p}.t_close <= ${t} then 'CLOSED' when ${p}.t_rate2 <= ${t} then 'RESOLVED' when ${p}.t_res2 <= ${t} then 'RESOLVED'
    when ${p}.t_start2 <= ${t} then 'IN_PROGRESS' when ${p}.t_acc2 <= ${t} then 'ACCEPTED'
    when ${p}.t_rate <= ${t} then case when ${p}.dissat then 'REOPENED' else 'RESOLVED' end
    when ${p}.t_res <= ${t} then 'RESOLVED' when ${p}.t_reply <= ${t} then 'RESPONDED' when ${p}.t_start <= ${t} then 'IN_PROGRESS'
    when ${p}.t_acc <= ${t} then 'ACCEPTED' when ${p}.t_route <= ${t} then 'ASSIGNED' else 'SUBMITTED' end)`;
}
/** SQL: the lead department of plan row `p` at instant `t` (a transfer accepted moves it). */
const leadAt = (p: string, t: string) =>
  `(case when ${p}.t_route <= ${t} then case when ${p}.ref_kind = 'TRANSFER' and ${p}.ref_out = 'ACCEPTED' and ${p}.t_ans <= ${t} then ${p}.to_dept else ${p}.lead0 end end)`;
/** SQL: an officer of department `dept` (id and name), chosen by `k` (0..49). */
const officer = (dept: string, k: string) => ({
  id: `('bench-' || ${dept} || '-' || lpad(((${k}) % 50)::text, 2, '0'))`,
  name: `((array[${SURNAMES.map(lit).join(',')}])[1 + (${k}) % 10] || (array[${GIVEN.map(lit).join(',')}])[1 + ((${k}) / 10 + length(${dept})) % 10])`,
});
const coordinator = (k: string) => ({ id: `('bench-coordinator-' || ((${k}) % 8))`, name: `((array[${SURNAMES.map(lit).join(',')}])[1 + (${k}) % 8] || '主任')` });

/**
 * Fills the hub (and the department subgraphs' records of the new enterprises) with `issues`
 * requests; see the file's comment. `pg` must be connected to a migrated database; it is left in
 * its normal state (triggers on). Run once per database: the new enterprises' codes are fixed.
 */
export async function generateBenchData(pg: PgClient, opts: BenchDataOptions): Promise<BenchDataReport> {
  const log = opts.log ?? (() => undefined);
  const N = opts.issues;
  const E = opts.enterprises ?? Math.max(20, Math.round(N / 20));
  const days = opts.days ?? 1095;
  const nowDate = opts.now ?? new Date();
  const tz = opts.timeZone ?? DEFAULT_TIME_ZONE;
  const today = toHubDate(nowDate, tz);
  const first = addDays(today, -(days - 1));
  const NOW = `timestamptz '${nowDate.toISOString()}'`;
  const report: BenchDataReport = { steps: [], ms: 0, warnings: [], firstIssueId: 0, issues: N };
  const run = (name: string, sql: string) => step(pg, report, log, name, sql);
  const started = performance.now();

  // JIT off: compiling these long expressions costs seconds per statement and gains nothing
  await pg.query(`set jit = off; set work_mem = '256MB'; set maintenance_work_mem = '512MB'; set synchronous_commit = off; set temp_buffers = '1GB'`).catch(() => pg.query(`set jit = off; set work_mem = '256MB'; set synchronous_commit = off`));

  // the State Council arrangements of past years the window needs, as a hub running then had loaded them
  for (const [year, data] of Object.entries(PAST_CALENDAR_YEARS)) {
    if (Number(year) < Number(first.slice(0, 4)) || Number(year) > Number(today.slice(0, 4))) continue;
    new WorkdayCalendar({ years: { [year]: data } }); // validated as the hub validates it
    await pg.query(`insert into hub.calendar_year (year, holidays, makeup_workdays) values ($1, $2, $3) on conflict (year) do nothing`, [Number(year), data.holidays, data.makeupWorkdays]);
  }
  const calendarRows = (await pg.query(`select year, holidays, makeup_workdays from hub.calendar_year`)).rows;
  const base = addDays(first, -15);
  const wdays = workingDays(calendarRows, base, addDays(today, 400));
  const ints = (xs: (number | null)[]) => `'{${xs.map((x) => (x === null ? 'NULL' : x)).join(',')}}'::int[]`;
  const bools = (xs: boolean[]) => `'{${xs.map((x) => (x ? 't' : 'f')).join(',')}}'::boolean[]`;
  const at0 = (d: string) => `(${d} - date '${base}' + 1)`;

  // helpers: SQL functions the planner inlines (each argument used once), over constant arrays — no per-row lookups
  const fn = (sig: string, ret: string, body: string) => pg.query(`create or replace function pg_temp.${sig} returns ${ret} language sql immutable parallel safe as $f$ select ${body} $f$`);
  await fn('u(bigint, int)', 'float8', `((hashint8extended($1, $2::bigint) >> 11) & 4503599627370495)::float8 / 4503599627370496`);
  await fn('wn(date)', 'int', `(${ints(wdays.cumulative)})[${at0('$1')}]`); // working days up to the day
  await fn('wd(int)', 'date', `date '${base}' + (${ints(wdays.workdays)})[$1]`); // the n-th working day
  await fn('w0(date)', 'date', `date '${base}' + (${ints(wdays.next)})[${at0('$1')}]`); // the day if working, else the next working day
  await fn('isw(date)', 'boolean', `(${bools(wdays.working)})[${at0('$1')}]`);
  await fn('dl(date, int)', 'date', `pg_temp.wd(pg_temp.wn($1) + $2)`); // the n-th working day after (a deadline)
  await fn('known(date)', 'boolean', `extract(year from $1)::int = any('{${wdays.known.join(',') || '0'}}'::int[])`);
  // the app's own wording of a provisional deadline (calendar.service.ts), for the first year the count guessed
  const reasons = `array[${wdays.unknownYears.map((y) => lit(provisionalReason([y], wdays.known))).join(',')}]::text[]`;
  await fn('prov(date, date)', 'text', `(${reasons})[greatest((${ints(wdays.unknownIndex)})[${at0('$1')} + 1], (${ints(wdays.unknownIndex)})[${at0('$2')}])]`);
  await fn('ld(timestamptz)', 'date', `($1 at time zone ${lit(tz)})::date`);
  await fn('at(date, float8)', 'timestamptz', `($1::timestamp + $2 * interval '1 minute') at time zone ${lit(tz)}`);
  await fn('judged(date, date, text)', 'boolean', `case when $3 is null then $1 <= $2 end`);
  await fn('wdays(date, date)', 'int', `(${ints(wdays.countTo)})[${at0('$2')}] - (${ints(wdays.countFrom)})[${at0('$1')}]`);
  /** SQL: the k-th working day from day d (k = 0: d itself if working, else the next). */
  const wday = (d: string, k: string) => `(case when (${k}) = 0 then pg_temp.w0(${d}) else pg_temp.dl(${d}, ${k}) end)`;

  const depts: string[] = (await pg.query(`select code from hub.department order by code`)).rows.map((r) => r.code);
  if (!depts.length) throw new Error('bench data: hub.department is empty (run the migrations first)');
  const DEPTS = `'{${depts.join(',')}}'::text[]`;
  const D = depts.length;
  const stations: { code: string; jurisdiction: string }[] = await pg
    .query(`select code, jurisdiction from police.station order by code`)
    .then((r) => r.rows)
    .catch(() => []);
  const jurisdictions = stations.length ? stations.map((s) => s.jurisdiction) : ['城东派出所辖区', '城西派出所辖区', '高新区派出所辖区'];

  // ---- enterprises: valid codes (GB 32100 check character over a GB 11714 organisation code)
  const ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const places = '清河 金陵 秦淮 紫金 玄武 鼓楼 石城 栖霞 江宁 雨花 浦口 六合 溧水 高淳 建邺 白下 下关 仙林 麒麟 龙蟠 青龙 燕矶 莫愁 中山 长干 夫子 明城 梅花 钟山 乌衣'.split(' ');
  const trades = '精密 新材 食品 电子 建筑 医药 物流 纺织 汽配 软件 新能 农业 文旅 水产 金融 餐饮 商贸 教育 生物 化工'.split(' ');
  const kinds = '科技 实业 制造 发展 服务 工程 贸易 信息 技术 投资 管理 集团'.split(' ');
  const industries = ['制造业', '信息技术', '批发零售', '建筑业', '住宿餐饮', '交通物流', '科技服务', '居民服务'];
  const parks = ['清河经济开发区', '高新技术产业园', '城东商贸集聚区'];
  const arr = (xs: string[]) => `array[${xs.map(lit).join(',')}]`;
  await pg.query(`drop table if exists pg_temp.bd_ent`);
  await run('enterprises (plan)', `create temp table bd_ent as
    select k, b.body || substr(${lit(ALPHA)}, (1 + (31 - c.s % 31) % 31)::int, 1) as uscc,
      '南京' || (${arr(places)})[1 + k % 30] || (${arr(trades)})[1 + (k / 30) % 20] || (${arr(kinds)})[1 + (k / 600) % 12] || case when k > 7200 then (k / 7200)::text || '号' else '' end || '有限公司' as name,
      (${arr(SURNAMES)})[1 + k % 10] || (${arr(GIVEN)})[1 + (k / 10) % 10] || (${arr(GIVEN)})[1 + (k / 100) % 10] as rep,
      '清河区' || (array['中山路', '龙蟠路', '江东路', '汉中路', '虎踞路', '珠江路', '北京东路'])[1 + k % 7] || (1 + k % 997)::text || '号' as address,
      case when pg_temp.u(k, 102) < 0.75 then (${arr(parks)})[1 + k % 3] end as park,
      k % ${jurisdictions.length} as station_idx, (${arr(jurisdictions)})[1 + k % ${jurisdictions.length}] as jurisdiction,
      (${arr(industries)})[1 + (k * 7) % 8] as industry,
      (k <= greatest(1, ${E} / 20) or pg_temp.u(k, 101) < 0.25) as is_key,
      timestamptz '${first}T00:00:00Z' - (pg_temp.u(k, 103) * 2000) * interval '1 day' as created_at
    from generate_series(1, ${E}) k,
      lateral (select lpad((40000000 + (k::bigint * 7919) % 9999991)::text, 8, '0') as org8) o,
      lateral (select 11 - sum(substr(o.org8, i, 1)::int * (array[3, 7, 9, 10, 5, 8, 4, 2])[i]) % 11 as oc from generate_series(1, 8) i) x,
      lateral (select '91320102' || o.org8 || case x.oc when 10 then 'X' when 11 then '0' else x.oc::text end as body) b,
      lateral (select sum((strpos(${lit(ALPHA)}, substr(b.body, i, 1)) - 1) * (array[${W.join(',')}])[i]) as s from generate_series(1, 17) i) c`);
  await assertColumns(pg, 'hub.enterprise', ['uscc', 'name', 'legal_representative', 'address', 'park', 'police_jurisdiction', 'industry', 'is_key_enterprise', 'created_at']);
  await run('hub.enterprise', `insert into hub.enterprise (uscc, name, legal_representative, address, park, police_jurisdiction, industry, is_key_enterprise, created_at)
    select uscc, name, rep, address, park, jurisdiction, industry, is_key, created_at from bd_ent order by k on conflict do nothing`);
  if (opts.departmentRecords !== false) await departmentRecords(pg, report, log, { E, today, stations });

  // ---- requests: categories and their texts, routed by the hub's own rules
  const categories = (await pg.query<{ code: string; reply_working_days: number }>(`select code, reply_working_days from hub.issue_category order by code`)).rows.filter((c) => CATEGORIES[c.code]);
  if (!categories.length) throw new Error('bench data: none of the known issue categories exists');
  const total = categories.reduce((s, c) => s + CATEGORIES[c.code].weight, 0);
  let lo = 0;
  const catRows = categories.map((c) => {
    const hi = lo + CATEGORIES[c.code].weight / total;
    const row = `(${lit(c.code)}, ${lo}, ${c === categories.at(-1) ? 1.01 : hi}, ${c.reply_working_days}, ${CATEGORIES[c.code].texts.length})`;
    lo = hi;
    return row;
  });
  const tplRows = categories.flatMap((c) => CATEGORIES[c.code].texts.map(([title, description], t) => `(${lit(c.code)}, ${t}, ${lit(title)}, ${lit(description)})`));
  await pg.query(`drop table if exists pg_temp.bd_cat, pg_temp.bd_tpl, pg_temp.bd_a, pg_temp.bd_b, pg_temp.bd_p`);
  await pg.query(`create temp table bd_cat (code text, lo float8, hi float8, reply_days int, ntexts int); insert into bd_cat values ${catRows.join(', ')}`);
  // the first enabled rule by priority whose category and keywords match, as routeByRules does
  await pg.query(`create temp table bd_tpl as
    select t.*, r.id as rule_id, r.department_code as lead_rule,
      'Rule #' || r.id || ' (' || r.description || ') matched ' || coalesce('keyword "' || r.keyword || '"', 'category ' || t.code) || ' → ' || r.department_code || '.' as explanation
    from (values ${tplRows.join(', ')}) t (code, t, title, description)
    left join lateral (
      select r.id, r.department_code, r.description, (select kw from unnest(r.keywords) with ordinality k (kw, o) where strpos(t.title || E'\\n' || t.description, kw) > 0 order by o limit 1) as keyword
      from hub.routing_rule r
      where r.enabled and (r.category_code is null or r.category_code = t.code)
        and (cardinality(r.keywords) = 0 or exists (select 1 from unnest(r.keywords) kw where strpos(t.title || E'\\n' || t.description, kw) > 0))
      order by r.priority, r.id limit 1) r on true`);

  const m = `interval '1 minute'`;
  const u = (salt: number) => `pg_temp.u(g, ${salt})`;
  // submission instants: three years, slowly growing (density ∝ 1 + x/2), office hours for offline channels
  await run('requests (plan: when, who, what)', `create temp table bd_a as
    select s.g, c.code as cat, c.reply_days, least(c.ntexts - 1, floor(${u(3)} * c.ntexts)::int) as t, s.channel, s.priority,
      least(${E}, greatest(1, floor(power(1 + ${u(2)} * (power(${E} + 1, 0.3) - 1), 1 / 0.3))::int)) as ent_k,
      least(pg_temp.at(d.day, case when s.channel = 'ONLINE' then 420 + ${u(5)} * 900 else 510 + ${u(5)} * 540 end), ${NOW} - (1 + ${u(6)} * 120) * ${m}) as sub_at
    from (select g, ${u(1)} as uc,
            case when ${u(4)} < 0.45 then 'ONLINE' when ${u(4)} < 0.70 then 'HOTLINE' when ${u(4)} < 0.80 then 'VISIT' when ${u(4)} < 0.90 then 'LIAISON_OFFICER' when ${u(4)} < 0.95 then 'SYMPOSIUM' else 'WECHAT_GROUP' end as channel,
            case when ${u(7)} < 0.03 then 'LOW' when ${u(7)} < 0.88 then 'NORMAL' when ${u(7)} < 0.98 then 'HIGH' else 'URGENT' end as priority,
            date '${first}' + least(${days - 1}, floor((sqrt(1 + ${u(8)} * 1.25) - 1) / 0.5 * ${days})::int) as day0
          from generate_series(1, ${N}) g) s
    join bd_cat c on s.uc >= c.lo and s.uc < c.hi
    cross join lateral (select case when s.channel <> 'ONLINE' and not pg_temp.isw(s.day0) then pg_temp.w0(s.day0) else s.day0 end as day) d`);

  // ids in submission order after the hub's own; numbers per year after those already given
  const idBase = Number((await pg.query(`select coalesce(max(id), 0) as m from hub.issue`)).rows[0].m);
  report.firstIssueId = idBase + 1;
  const taken = (await pg.query(`select split_part(number, '-', 2)::int as y, max(split_part(number, '-', 3)::int) as n from hub.issue where number ~ '^SQ-[0-9]{4}-[0-9]+$' group by 1`)).rows;
  const offset = taken.length ? `case yr ${taken.map((r) => `when ${r.y} then ${r.n}`).join(' ')} else 0 end` : '0';
  await run('requests (ids, numbers, duplicates)', `create temp table bd_b as
    select x.*, 'SQ-' || yr || '-' || lpad((${offset} + row_number() over (partition by yr order by sub_at, g))::text, 6, '0') as number
    from (select a.*, ${idBase} + row_number() over (order by a.sub_at, a.g) as id, extract(year from pg_temp.ld(a.sub_at))::int as yr,
            lag(a.g) over w as prev_g, coalesce(a.sub_at - lag(a.sub_at) over w < interval '3 days' and ${u(80)} < 0.08, false) as cand
          from bd_a a window w as (partition by a.ent_k order by a.sub_at, a.g)) x`);

  // ---- each request's life, step by step; a step after NOW has not happened (yet)
  const pick = (salt: number, branches: [number, string][], otherwise: string) => `case ${branches.map(([p, v]) => `when ${u(salt)} < ${p} then ${v}`).join(' ')} else ${otherwise} end`;
  await run('requests (plan: life)', `create temp table bd_p as
    select b.g, b.id, b.number, b.cat, b.reply_days, b.channel, b.priority, b.ent_k, e.uscc, e.rep as ent_rep, b.sub_at, s.sub_on, b.prev_g, b.cand,
      tp.title, tp.description, tp.explanation, r.lead0, r.by_rule, r.t_route, a1.t_acc, a2.t_start, a3.t_reply,
      d0.dl0, d0.prov0, coalesce(xe.has_ext, false) as has_ext, xd.x_day, x1.t_xr, x2.t_xd, x1.x_ok, x1.x_days,
      case when xe.has_ext and x1.x_ok then dx.dl1 else d0.dl0 end as dl_r,
      case when xe.has_ext and x1.x_ok then coalesce(pg_temp.prov(d0.dl0, dx.dl1), d0.prov0) else d0.prov0 end as prov_r,
      a4.t_res, rt.sat1, a5.t_rate, coalesce(a5.t_rate is not null and rt.sat1 = 'DISSATISFIED', false) as dissat,
      a6.t_acc2, a6.t_start2, a6.t_res2, a6.t_rate2, a6.sat2, a7.t_close,
      rf.has_ref, rf.ref_kind, rf.to_dept, rf.ref_out, rf.t_ref, rf.t_ans, rf.t_done,
      null::timestamptz as t_us, null::date as u_day, um.t_um, um.m_day, null::timestamptz as t_merge, null::bigint as survivor_id, null::text as survivor_num,
      null::timestamptz[] as dm_at, null::text[] as dm_num
    from bd_b b
    join bd_ent e on e.k = b.ent_k
    join bd_tpl tp on tp.code = b.cat and tp.t = b.t
    cross join lateral (select pg_temp.ld(b.sub_at) as sub_on,
      case when ${u(20)} < 0.025 then 1 + least(4, floor(${u(21)} * 5)::int) else 0 end as stuck offset 0) s
    cross join lateral (select coalesce(tp.lead_rule, (${DEPTS})[1 + least(${D - 1}, floor(${u(10)} * ${D})::int)]) as lead0, tp.lead_rule is not null as by_rule,
      case when tp.lead_rule is not null then b.sub_at
           else greatest(b.sub_at + (20 + ${u(11)} * 100) * ${m}, pg_temp.at(pg_temp.w0(s.sub_on), 540 + ${u(12)} * 420)) end as t_route offset 0) r
    cross join lateral (select case when s.stuck = 1 then null else greatest(r.t_route + (5 + ${u(13)} * 55) * ${m},
      pg_temp.at(${wday('pg_temp.ld(r.t_route)', pick(14, [[0.55, '0'], [0.93, '1'], [0.98, '2']], '3'))}, 510 + ${u(15)} * 480)) end as t_acc offset 0) a1
    cross join lateral (select case when a1.t_acc is null or s.stuck = 2 then null else a1.t_acc + (10 + ${u(16)} * 170) * ${m} end as t_start offset 0) a2
    cross join lateral (select case when a2.t_start is null or s.stuck = 3 then null else greatest(a2.t_start + (20 + ${u(17)} * 100) * ${m},
      pg_temp.at(greatest(pg_temp.dl(s.sub_on, case when ${u(30)} < 0.11 then b.reply_days + 1 + floor(${u(18)} * 4)::int else 1 + least(b.reply_days - 1, floor(${u(18)} * b.reply_days)::int) end),
                          pg_temp.ld(a2.t_start)), 540 + ${u(19)} * 480)) end as t_reply offset 0) a3
    cross join lateral (select pg_temp.dl(s.sub_on, b.reply_days) as dl0, pg_temp.prov(s.sub_on, pg_temp.dl(s.sub_on, b.reply_days)) as prov0 offset 0) d0
    -- an extension asked for the working day before a deadline the reply will miss; approved (3 or 5 days) or refused the next
    cross join lateral (select pg_temp.wd(pg_temp.wn(d0.dl0) - 1) as x_day offset 0) xd
    cross join lateral (select (a3.t_reply is not null and pg_temp.ld(a3.t_reply) > d0.dl0 and ${u(31)} < 0.55 and xd.x_day >= pg_temp.ld(a1.t_acc)) as has_ext offset 0) xe
    cross join lateral (select case when xe.has_ext then greatest(a1.t_acc + (30 + ${u(33)} * 60) * ${m}, pg_temp.at(xd.x_day, 600 + ${u(34)} * 300)) end as t_xr,
      ${u(32)} < 0.75 as x_ok, case when ${u(35)} < 0.5 then 3 else 5 end as x_days offset 0) x1
    cross join lateral (select case when xe.has_ext then least(greatest(x1.t_xr + interval '1 hour', pg_temp.at(pg_temp.wd(pg_temp.wn(xd.x_day) + 1), 540 + ${u(36)} * 420)), a3.t_reply - interval '5 minutes') end as t_xd,
      pg_temp.dl(d0.dl0, x1.x_days) as dl1 offset 0) x2
    cross join lateral (select x2.dl1 offset 0) dx
    cross join lateral (select case when a3.t_reply is null or s.stuck = 4 then null else greatest(a3.t_reply + (30 + ${u(40)} * 200) * ${m},
      pg_temp.at(${wday('pg_temp.ld(a3.t_reply)', pick(41, [[0.4, '0'], [0.65, '1'], [0.8, '2']], `3 + floor(${u(42)} * 3)::int`))}, 540 + ${u(43)} * 480)) end as t_res offset 0) a4
    cross join lateral (select ${pick(45, [[0.7, `'SATISFIED'`], [0.92, `'BASICALLY_SATISFIED'`]], `'DISSATISFIED'`)} as sat1 offset 0) rt
    cross join lateral (select case when a4.t_res is not null and s.stuck <> 5 and ${u(44)} < 0.75 then a4.t_res + (60 + ${u(46)} * 2800) * ${m} end as t_rate offset 0) a5
    -- dissatisfied: reopened, signed for again, concluded again, rated again (or not)
    cross join lateral (select t_acc2, t_start2, t_res2, case when t_res2 is not null and ${u(51)} < 0.8 then t_res2 + (60 + ${u(52)} * 2800) * ${m} end as t_rate2,
        case when ${u(53)} < 0.75 then 'SATISFIED' else 'BASICALLY_SATISFIED' end as sat2
      from (select t_acc2, t_start2, greatest(t_start2 + interval '2 hours', pg_temp.at(pg_temp.dl(pg_temp.ld(t_start2), 1 + floor(${u(49)} * 3)::int), 540 + ${u(50)} * 480)) as t_res2
            from (select t_acc2, t_acc2 + (10 + ${u(48)} * 100) * ${m} as t_start2
                  from (select case when a5.t_rate is not null and rt.sat1 = 'DISSATISFIED' then a5.t_rate + (60 + ${u(47)} * 1400) * ${m} end as t_acc2) q1) q2) q3 offset 0) a6
    -- the follow-up visit (回访) closes it 1–5 working days after the last conclusion or rating
    cross join lateral (select case when l.t_last is null or s.stuck = 5 then null else greatest(l.t_last + interval '1 hour',
      pg_temp.at(pg_temp.dl(pg_temp.ld(l.t_last), 1 + floor(${u(54)} * 5)::int), 540 + ${u(55)} * 480)) end as t_close
      from (select case when a5.t_rate is not null and rt.sat1 = 'DISSATISFIED' then coalesce(a6.t_rate2, a6.t_res2) else coalesce(a5.t_rate, a4.t_res) end as t_last) l offset 0) a7
    -- referrals (15%): proposed, answered and (assists) completed while the lead works on it
    cross join lateral (select a2.t_start is not null and ${u(60)} < 0.15 as has_ref, k.ref_kind, k.to_dept,
        case when k.ref_kind = 'TRANSFER' then ${pick(63, [[0.65, `'ACCEPTED'`], [0.95, `'REJECTED'`]], `'CANCELLED'`)}
             else ${pick(63, [[0.75, `'ACCEPTED'`], [0.95, `'REJECTED'`]], `'CANCELLED'`)} end as ref_out,
        case when a2.t_start is not null and ${u(60)} < 0.15 then a2.t_start + 0.15 * sp.span end as t_ref,
        case when a2.t_start is not null and ${u(60)} < 0.15 then a2.t_start + 0.45 * sp.span end as t_ans,
        case when a2.t_start is not null and ${u(60)} < 0.15 and k.ref_kind = 'ASSIST' and ${u(64)} < 0.85 then a2.t_start + 0.75 * sp.span end as t_done
      from (select case when ${u(61)} < 0.4 then 'TRANSFER' else 'ASSIST' end as ref_kind,
                   (array_remove(${DEPTS}, r.lead0))[1 + least(${Math.max(0, D - 2)}, floor(${u(62)} * ${Math.max(1, D - 1)})::int)] as to_dept offset 0) k,
           (select coalesce(a3.t_reply, a2.t_start + interval '10 days') - a2.t_start as span) sp offset 0) rf
    -- the enterprise urges (催办) 4% of those not answered two working days after submission
    cross join lateral (select case when ${u(71)} < 0.04 and (a3.t_reply is null or pg_temp.ld(a3.t_reply) > mm.m_day) then pg_temp.at(mm.m_day, 600 + ${u(72)} * 360) end as t_um, mm.m_day
      from (select pg_temp.dl(s.sub_on, 2) as m_day) mm offset 0) um
    order by b.id`);
  await pg.query(`update bd_p set ref_out = null, ref_kind = null, to_dept = null where not has_ref`);
  // the SLA scan's urging: on the first working day after a missed firm deadline, before the reply
  await run('requests (plan: urgings the SLA scan made)', `update bd_p p set u_day = x.u_day, t_us = pg_temp.at(x.u_day, 480 + pg_temp.u(p.g, 70) * 30)
    from (select g, pg_temp.wd(pg_temp.wn(dl_r) + 1) as u_day from bd_p) x
    where x.g = p.g and p.prov_r is null and pg_temp.known(x.u_day) and (p.t_reply is null or pg_temp.ld(p.t_reply) >= x.u_day)`);
  // duplicates: merged by a coordinator a few hours after routing into the enterprise's previous
  // request (submitted less than 3 days before, still open then), before anything else happened
  const tm = `(d.t_route + (30 + pg_temp.u(d.g, 81) * 240) * interval '1 minute')`;
  await run('requests (plan: merged duplicates)', `update bd_p d set t_merge = ${tm}, survivor_id = s.id, survivor_num = s.number,
      t_acc = case when d.t_acc < ${tm} then d.t_acc end, t_start = case when d.t_start < ${tm} then d.t_start end,
      t_reply = null, t_res = null, t_rate = null, dissat = false, t_acc2 = null, t_start2 = null, t_res2 = null, t_rate2 = null, t_close = null,
      has_ref = false, ref_kind = null, ref_out = null, to_dept = null, t_ref = null, t_ans = null, t_done = null,
      has_ext = false, t_xr = null, t_xd = null, dl_r = d.dl0, prov_r = d.prov0, t_us = null, u_day = null, t_um = null
    from bd_p s
    where d.cand and s.g = d.prev_g and not s.cand and (s.t_close is null or s.t_close > ${tm})
      and ${tm} < coalesce(d.t_reply, 'infinity') and ${tm} < coalesce(d.t_ref, 'infinity') and ${tm} < coalesce(d.t_xr, 'infinity') and ${tm} < coalesce(d.t_um, 'infinity')`);
  await pg.query(`update bd_p s set dm_at = x.ats, dm_num = x.nums
    from (select survivor_id, array_agg(t_merge order by t_merge) as ats, array_agg(number order by t_merge) as nums from bd_p where t_merge is not null group by survivor_id) x
    where s.id = x.survivor_id`);
  await pg.query(`analyze bd_p`);

  // ---- the hub's rows, as the requests stand at NOW (triggers off: the derived tables are filled after)
  const N_ = NOW;
  const p = 'p';
  const happened = (t: string) => `${t} <= ${N_}`;
  const sub = {
    id: `case p.channel when 'ONLINE' then 'bench-enterprise-' || p.ent_k when 'LIAISON_OFFICER' then ${officer(`'police'`, 'p.g').id} else ${coordinator('p.g').id} end`,
    name: `case p.channel when 'ONLINE' then p.ent_rep when 'LIAISON_OFFICER' then ${officer(`'police'`, 'p.g').name} else ${coordinator('p.g').name} end`,
    dept: `case p.channel when 'LIAISON_OFFICER' then 'police' end`,
  };
  const lead = officer('p.lead0', 'p.g');
  const taker = officer('p.to_dept', 'p.g * 7 + 3');
  const leadNow = (t: string) => officer(leadAt(p, t), 'p.g');
  const coord = coordinator('p.g + 1');
  const resolvedAt = `case when ${happened('p.t_res2')} then p.t_res2 when ${happened('p.t_res')} then p.t_res end`;
  const extended = `(p.has_ext and p.x_ok and ${happened('p.t_xd')})`;
  const issueColumns = ['id', 'number', 'enterprise_uscc', 'title', 'description', 'category_code', 'channel', 'priority', 'status', 'lead_department_code', 'assisting_department_codes',
    'submitted_by', 'submitted_by_name', 'submitted_by_department', 'submitted_at', 'submitted_on', 'reply_deadline', 'reply_deadline_problem', 'original_reply_deadline',
    'assigned_at', 'sign_off_deadline', 'sign_off_deadline_problem', 'routing_explanation', 'accepted_at', 'signed_on_time', 'responded_at', 'response', 'responded_on_time',
    'reply_working_days', 'resolved_at', 'resolution', 'resolved_on_time', 'satisfaction', 'rating_recorded_in_person', 'closed_at', 'follow_up_note', 'reopen_count', 'urge_count',
    'merged_into_id', 'merged_at'];
  await assertColumns(pg, 'hub.issue', issueColumns);
  await pg.query(`set session_replication_role = replica`); // triggers (and foreign-key checks) off for the bulk load
  try {
    await run('hub.issue', `insert into hub.issue (${issueColumns.join(', ')})
      select p.id, p.number, p.uscc, p.title, p.description, p.cat, p.channel::hub.issue_channel, p.priority::hub.issue_priority, ${statusAt(p, N_)}::hub.issue_status,
        ${leadAt(p, N_)}, case when p.ref_kind = 'ASSIST' and p.ref_out = 'ACCEPTED' and ${happened('p.t_ans')} then array[p.to_dept] else '{}' end,
        ${sub.id}, ${sub.name}, ${sub.dept}, p.sub_at, p.sub_on,
        case when ${extended} then p.dl_r else p.dl0 end, case when ${extended} then p.prov_r else p.prov0 end, case when ${extended} then p.dl0 end,
        case when ${happened('p.t_route')} then p.t_route end, case when ${happened('p.t_route')} then pg_temp.dl(pg_temp.ld(p.t_route), 1) end,
        case when ${happened('p.t_route')} then pg_temp.prov(pg_temp.ld(p.t_route), pg_temp.dl(pg_temp.ld(p.t_route), 1)) end,
        case when not ${happened('p.t_route')} then 'No routing rule matched: a coordinator must route this request.' when p.by_rule then p.explanation
             else 'Routed by coordinator ' || ${coordinator('p.g').name} || ' to ' || p.lead0 || '.' end,
        case when ${happened('p.t_acc')} then p.t_acc end,
        case when ${happened('p.t_acc')} then pg_temp.judged(pg_temp.ld(p.t_acc), pg_temp.dl(pg_temp.ld(p.t_route), 1), pg_temp.prov(pg_temp.ld(p.t_route), pg_temp.dl(pg_temp.ld(p.t_route), 1))) end,
        case when ${happened('p.t_reply')} then p.t_reply end, case when ${happened('p.t_reply')} then (${arr(RESPONSES)})[1 + p.g % 3] end,
        case when ${happened('p.t_reply')} then pg_temp.judged(pg_temp.ld(p.t_reply), p.dl_r, p.prov_r) end,
        case when ${happened('p.t_reply')} then pg_temp.wdays(p.sub_on, pg_temp.ld(p.t_reply)) end,
        ${resolvedAt}, case when ${resolvedAt} is not null then (${arr(RESOLUTIONS)})[1 + p.g % 3] end,
        pg_temp.judged(pg_temp.ld(${resolvedAt}), p.dl_r, p.prov_r),
        (case when ${happened('p.t_rate2')} then p.sat2 when ${happened('p.t_res2')} then null when ${happened('p.t_rate')} then p.sat1 end)::hub.satisfaction,
        coalesce(${happened('p.t_rate')} and p.channel <> 'ONLINE', false),
        case when ${happened('p.t_close')} then p.t_close end, case when ${happened('p.t_close')} then '回访：企业确认问题已解决。' end,
        coalesce(p.dissat and ${happened('p.t_rate')}, false)::int, coalesce(${happened('p.t_us')}, false)::int + coalesce(${happened('p.t_um')}, false)::int,
        case when ${happened('p.t_merge')} then p.survivor_id end, case when ${happened('p.t_merge')} then p.t_merge end
      from bd_p p order by p.id`);
    await pg.query(`select setval(pg_get_serial_sequence('hub.issue', 'id'), (select max(id) from hub.issue))`);

    const referralColumns = ['issue_id', 'from_department_code', 'to_department_code', 'kind', 'reason', 'status', 'idempotency_key', 'created_by', 'created_by_name', 'created_by_department', 'created_at',
      'sign_off_deadline', 'sign_off_deadline_problem', 'answered_at', 'answered_by', 'answered_by_name', 'answered_by_department', 'answer_note', 'completed_at', 'completion_note'];
    await assertColumns(pg, 'hub.referral', referralColumns);
    const answerer = `case when p.ref_out = 'CANCELLED' then`;
    await run('hub.referral', `insert into hub.referral (${referralColumns.join(', ')})
      select p.id, p.lead0, p.to_dept, p.ref_kind::hub.referral_kind, case when p.ref_kind = 'TRANSFER' then '职责归属于贵单位，请接办。' else '请协助核查相关情况。' end,
        (case when not ${happened('p.t_ans')} then 'PENDING' when p.t_done is not null and ${happened('p.t_done')} and p.ref_out = 'ACCEPTED' then 'COMPLETED' else p.ref_out end)::hub.referral_status,
        'bench-' || p.id, ${lead.id}, ${lead.name}, p.lead0, p.t_ref,
        pg_temp.dl(pg_temp.ld(p.t_ref), 1), pg_temp.prov(pg_temp.ld(p.t_ref), pg_temp.dl(pg_temp.ld(p.t_ref), 1)),
        case when ${happened('p.t_ans')} then p.t_ans end,
        case when ${happened('p.t_ans')} then ${answerer} ${lead.id} else ${taker.id} end end,
        case when ${happened('p.t_ans')} then ${answerer} ${lead.name} else ${taker.name} end end,
        case when ${happened('p.t_ans')} then ${answerer} p.lead0 else p.to_dept end end,
        case when ${happened('p.t_ans')} then case p.ref_out when 'ACCEPTED' then '已签收。' when 'REJECTED' then '不属于本单位职责，退回。' else '已另行处理，撤回。' end end,
        case when p.ref_out = 'ACCEPTED' and ${happened('p.t_done')} then p.t_done end, case when p.ref_out = 'ACCEPTED' and ${happened('p.t_done')} then '协办事项已完成。' end
      from bd_p p where p.has_ref and ${happened('p.t_ref')} order by p.id`);

    const extensionColumns = ['issue_id', 'working_days', 'reason', 'status', 'department_code', 'requested_by', 'requested_by_name', 'requested_at', 'deadline_before', 'deadline_after', 'decided_at', 'decided_by', 'decided_by_name', 'decision_note'];
    await assertColumns(pg, 'hub.issue_extension', extensionColumns);
    await run('hub.issue_extension', `insert into hub.issue_extension (${extensionColumns.join(', ')})
      select p.id, p.x_days, '情况复杂，需进一步调查核实。', (case when not ${happened('p.t_xd')} then 'PENDING' when p.x_ok then 'APPROVED' else 'REFUSED' end)::hub.issue_extension_status,
        ${leadAt(p, 'p.t_xr')}, ${leadNow('p.t_xr').id}, ${leadNow('p.t_xr').name}, p.t_xr, p.dl0,
        case when ${happened('p.t_xd')} and p.x_ok then p.dl_r end, case when ${happened('p.t_xd')} then p.t_xd end,
        case when ${happened('p.t_xd')} then ${coord.id} end, case when ${happened('p.t_xd')} then ${coord.name} end,
        case when ${happened('p.t_xd')} and not p.x_ok then '理由不充分，请按期答复。' end
      from bd_p p where p.has_ext and ${happened('p.t_xr')} order by p.id`);

    const urgingColumns = ['issue_id', 'urged_on', 'at', 'department_code', 'actor_id', 'note', 'for_deadline'];
    await assertColumns(pg, 'hub.issue_urging', urgingColumns);
    await run('hub.issue_urging', `insert into hub.issue_urging (${urgingColumns.join(', ')})
      select * from (
        select p.id, p.m_day, p.t_um, ${leadAt(p, 'p.t_um')}, 'bench-enterprise-' || p.ent_k, '请尽快办理。', null::date from bd_p p where ${happened('p.t_um')}
        union all
        select p.id, p.u_day, p.t_us, ${leadAt(p, 'p.t_us')}, 'system', 'reply deadline ' || p.dl_r || ' missed', p.dl_r from bd_p p where ${happened('p.t_us')}) x
      order by 1, 3`);

    // the timeline: one row per step, in order, with the status before and after
    const same = (t: string) => `${statusAt(p, t)}, ${statusAt(p, t)}`;
    const rows: string[] = [
      `(1, p.sub_at, 'SUBMITTED', ${sub.id}, ${sub.name}, ${sub.dept}, null, 'SUBMITTED', 'channel ' || p.channel)`,
      `(2, p.t_route, 'ROUTED', case when p.by_rule then 'system' else ${coordinator('p.g').id} end, case when p.by_rule then '系统' else ${coordinator('p.g').name} end, null, 'SUBMITTED', 'ASSIGNED',
        case when p.by_rule then p.explanation else 'Routed by coordinator ' || ${coordinator('p.g').name} || ' to ' || p.lead0 || '.' end)`,
      `(3, p.t_acc, 'ACCEPTED', ${lead.id}, ${lead.name}, p.lead0, 'ASSIGNED', 'ACCEPTED', null)`,
      `(4, p.t_start, 'WORK_STARTED', ${lead.id}, ${lead.name}, p.lead0, 'ACCEPTED', 'IN_PROGRESS', null)`,
      `(5, p.t_ref, case when p.ref_kind = 'TRANSFER' then 'REFERRED' else 'ASSIST_REQUESTED' end, ${lead.id}, ${lead.name}, p.lead0, ${same('p.t_ref')}, 'to ' || p.to_dept)`,
      `(6, case when p.has_ref then p.t_ans end, case p.ref_out when 'ACCEPTED' then 'REFERRAL_ACCEPTED' when 'REJECTED' then 'REFERRAL_REJECTED' else 'REFERRAL_CANCELLED' end,
        case when p.ref_out = 'CANCELLED' then ${lead.id} else ${taker.id} end, case when p.ref_out = 'CANCELLED' then ${lead.name} else ${taker.name} end,
        case when p.ref_out = 'CANCELLED' then p.lead0 else p.to_dept end, ${same('p.t_ans')}, lower(p.ref_kind) || ' ' || p.lead0 || ' → ' || p.to_dept)`,
      `(7, case when p.ref_out = 'ACCEPTED' then p.t_done end, 'ASSIST_COMPLETED', ${taker.id}, ${taker.name}, p.to_dept, ${same('p.t_done')}, 'assist ' || p.lead0 || ' → ' || p.to_dept || ': 协办事项已完成。')`,
      `(8, p.t_um, 'URGED', 'bench-enterprise-' || p.ent_k, p.ent_rep, null, ${same('p.t_um')}, '请尽快办理。')`,
      `(9, p.t_xr, 'EXTENSION_REQUESTED', ${leadNow('p.t_xr').id}, ${leadNow('p.t_xr').name}, ${leadAt(p, 'p.t_xr')}, ${same('p.t_xr')}, '+' || p.x_days || ' working days: 情况复杂，需进一步调查核实。')`,
      `(10, p.t_xd, case when p.x_ok then 'EXTENSION_APPROVED' else 'EXTENSION_REFUSED' end, ${coord.id}, ${coord.name}, null, ${same('p.t_xd')},
        case when p.x_ok then 'reply deadline ' || p.dl0 || ' → ' || p.dl_r else '理由不充分，请按期答复。' end)`,
      `(11, p.t_us, 'URGED', 'system', '系统', null, ${same('p.t_us')}, 'reply deadline ' || p.dl_r || ' missed')`,
      `(12, p.t_reply, 'RESPONDED', ${leadNow('p.t_reply').id}, ${leadNow('p.t_reply').name}, ${leadAt(p, 'p.t_reply')}, 'IN_PROGRESS', 'RESPONDED', (${arr(RESPONSES)})[1 + p.g % 3])`,
      `(13, p.t_res, 'RESOLVED', ${leadNow('p.t_res').id}, ${leadNow('p.t_res').name}, ${leadAt(p, 'p.t_res')}, 'RESPONDED', 'RESOLVED', (${arr(RESOLUTIONS)})[1 + p.g % 3])`,
      `(14, p.t_rate, 'RATED', case when p.channel = 'ONLINE' then 'bench-enterprise-' || p.ent_k else ${leadNow('p.t_rate').id} end,
        case when p.channel = 'ONLINE' then p.ent_rep else ${leadNow('p.t_rate').name} end, case when p.channel <> 'ONLINE' then ${leadAt(p, 'p.t_rate')} end,
        'RESOLVED', case when p.dissat then 'REOPENED' else 'RESOLVED' end, p.sat1 || case when p.channel <> 'ONLINE' then ' (recorded in person)' else '' end)`,
      `(15, p.t_acc2, 'ACCEPTED', ${leadNow('p.t_acc2').id}, ${leadNow('p.t_acc2').name}, ${leadAt(p, 'p.t_acc2')}, 'REOPENED', 'ACCEPTED', null)`,
      `(16, p.t_start2, 'WORK_STARTED', ${leadNow('p.t_start2').id}, ${leadNow('p.t_start2').name}, ${leadAt(p, 'p.t_start2')}, 'ACCEPTED', 'IN_PROGRESS', null)`,
      `(17, p.t_res2, 'RESOLVED', ${leadNow('p.t_res2').id}, ${leadNow('p.t_res2').name}, ${leadAt(p, 'p.t_res2')}, 'IN_PROGRESS', 'RESOLVED', (${arr(RESOLUTIONS)})[1 + (p.g + 1) % 3])`,
      `(18, p.t_rate2, 'RATED', case when p.channel = 'ONLINE' then 'bench-enterprise-' || p.ent_k else ${leadNow('p.t_rate2').id} end,
        case when p.channel = 'ONLINE' then p.ent_rep else ${leadNow('p.t_rate2').name} end, case when p.channel <> 'ONLINE' then ${leadAt(p, 'p.t_rate2')} end,
        'RESOLVED', 'RESOLVED', p.sat2 || case when p.channel <> 'ONLINE' then ' (recorded in person)' else '' end)`,
      `(19, p.t_close, 'CLOSED', ${coord.id}, ${coord.name}, null, 'RESOLVED', 'CLOSED', '回访：企业确认问题已解决。')`,
      `(20, p.t_merge, 'MERGED', ${coord.id}, ${coord.name}, null, ${statusAt(p, 'p.t_merge', false)}, 'MERGED', 'merged into ' || p.survivor_num)`,
    ];
    const timelineColumns = ['issue_id', 'at', 'action', 'actor_id', 'actor_name', 'department_code', 'from_status', 'to_status', 'note'];
    await assertColumns(pg, 'hub.issue_timeline', timelineColumns);
    await run('hub.issue_timeline', `insert into hub.issue_timeline (${timelineColumns.join(', ')})
      select p.id, s.at, s.action, s.actor_id, s.actor_name, s.dept, s.from_s::hub.issue_status, s.to_s::hub.issue_status, s.note
      from bd_p p cross join lateral (
        select * from (
          ${rows.map((r) => `select ${r.trim().slice(1, -1)}`).map((r) => `${r} where ${r.split(',')[1]} <= ${N_}`).join('\n          union all ')}
          union all
          select 21, x.at, 'DUPLICATE_MERGED', ${coord.id}, ${coord.name}, null, ${same('x.at')}, 'merged ' || x.num || ' into this request'
          from unnest(p.dm_at, p.dm_num) x (at, num) where x.at <= ${N_}) w (ord, at, action, actor_id, actor_name, dept, from_s, to_s, note)
        order by w.at, w.ord) s`);

    if (opts.events) await outboxEvents(pg, report, log, run, N_);
  } finally {
    await pg.query(`set session_replication_role = origin`);
  }
  await advanceNumbering(pg, report, log);

  // ---- derived tables, by the migrations' own backfill statements (the triggers' rule, set-based)
  await pg.query(`delete from hub.issue_department`);
  await run('hub.issue_department (backfill)', ISSUE_DEPARTMENT_BACKFILL);
  await pg.query(`delete from hub.performance_delta`);
  await pg.query(`delete from hub.performance_day`);
  await run('hub.performance_day (backfill)', PERFORMANCE_BACKFILL);
  await pg.query(`drop table if exists pg_temp.bd_p, pg_temp.bd_b, pg_temp.bd_a, pg_temp.bd_tpl, pg_temp.bd_cat, pg_temp.bd_ent`);
  report.ms = performance.now() - started;
  log(`generated ${N.toLocaleString('en')} requests in ${(report.ms / 1000).toFixed(1)} s (${Math.round(N / (report.ms / 1000)).toLocaleString('en')} requests/s, ${Math.round(report.steps.reduce((s, x) => s + x.rows, 0) / (report.ms / 1000)).toLocaleString('en')} rows/s overall)`);
  return report;
}

/** Outbox events (hub.event) for every timeline step and referral step, in time order (`--events`). */
async function outboxEvents(pg: PgClient, report: BenchDataReport, log: (m: string) => void, run: (name: string, sql: string) => Promise<number>, NOW: string): Promise<void> {
  const columns = ['occurred_at', 'stream', 'type', 'issue_id', 'referral_id', 'enterprise_uscc', 'departments', 'payload'];
  const referral = (type: string, at: string, note: string) => `select ${at}, 'REFERRAL', ${type}, r.issue_id, r.id, p.uscc, array[r.from_department_code, r.to_department_code]::text[],
      jsonb_build_object('kind', r.kind, 'status', r.status, 'fromDepartment', r.from_department_code, 'toDepartment', r.to_department_code, 'note', ${note})
    from hub.referral r join bd_p p on p.id = r.issue_id`;
  try {
    await assertColumns(pg, 'hub.event', columns);
    // an outbox partitioned by month: its partitions made first (the hub's function, where it exists)
    if ((await pg.query(`select to_regprocedure('hub.create_event_partition(timestamptz)') as f`)).rows[0].f) {
      await run('hub.event partitions', `select hub.create_event_partition(m) from generate_series(date_trunc('month', (select min(sub_at) from bd_p)), ${NOW}, interval '1 month') m`);
    }
    await run('hub.event (outbox)', `insert into hub.event (${columns.join(', ')})
      select * from (
        select t.at, 'ISSUE', t.action, t.issue_id, null::int, p.uscc, array_remove(array[p.lead0, p.to_dept], null)::text[],
          jsonb_build_object('timelineEntryId', t.id, 'fromStatus', t.from_status, 'toStatus', t.to_status, 'note', t.note, 'actorId', t.actor_id, 'actorName', t.actor_name, 'departmentCode', t.department_code)
        from hub.issue_timeline t join bd_p p on p.id = t.issue_id
        union all ${referral(`'PROPOSED'`, 'r.created_at', 'r.reason')}
        union all ${referral(`case when r.status = 'COMPLETED' then 'ACCEPTED' else r.status::text end`, 'r.answered_at', 'r.answer_note')} where r.answered_at is not null
        union all ${referral(`'COMPLETED'`, 'r.completed_at', 'r.completion_note')} where r.completed_at is not null) e
      where e.at <= ${NOW}
      order by 1`);
  } catch (err) {
    // the outbox changes shape (partitions by month, ordering columns): say what to adjust rather than fail the whole run
    const msg = `outbox events skipped: ${(err as Error).message} — adjust outboxEvents() in bench/data.ts to hub.event`;
    report.warnings.push(msg);
    log(msg);
  }
}

/**
 * New submissions must not take a number the generator gave: advances the hub's request numbering
 * past the highest SQ-<year>-<n> of each year, wherever it is kept — a sequence per year (any
 * sequence of the hub schema named with "number" and the year, e.g. hub.issue_number_2026) and/or
 * the counter rows of hub.issue_number_counter.
 */
async function advanceNumbering(pg: PgClient, report: BenchDataReport, log: (m: string) => void): Promise<void> {
  const years: { y: number; n: number }[] = (
    await pg.query(`select split_part(number, '-', 2)::int as y, max(split_part(number, '-', 3)::int) as n from hub.issue where number ~ '^SQ-[0-9]{4}-[0-9]+$' group by 1 order by 1`)
  ).rows;
  const counter = !!(await pg.query(`select to_regclass('hub.issue_number_counter') as t`)).rows[0].t;
  const sequences: string[] = (
    await pg.query(`select c.relname from pg_class c join pg_namespace s on s.oid = c.relnamespace where s.nspname = 'hub' and c.relkind = 'S' and c.relname ~ 'number'`)
  ).rows.map((r) => r.relname);
  for (const { y, n } of years) {
    const seq = sequences.find((name) => new RegExp(`(^|_)${y}($|_)`).test(name));
    if (seq) await pg.query(`select setval('hub."${seq}"', greatest($1::bigint, (select last_value from hub."${seq}")))`, [n]);
    if (counter) await pg.query(`insert into hub.issue_number_counter (year, last) values ($1, $2) on conflict (year) do update set last = greatest(hub.issue_number_counter.last, excluded.last)`, [y, n]);
    if (!seq && !counter) {
      const msg = `request numbers: neither hub.issue_number_counter nor a hub sequence named for ${y}: a new submission may take a generated number (up to SQ-${y}-${String(n).padStart(6, '0')}); adjust advanceNumbering() in bench/data.ts`;
      report.warnings.push(msg);
      log(msg);
    }
  }
}

/** The four departments' records of the new enterprises (bd_ent); a department whose tables changed is skipped with a warning. */
async function departmentRecords(pg: PgClient, report: BenchDataReport, log: (m: string) => void, o: { E: number; today: string; stations: { code: string }[] }): Promise<void> {
  const run = (name: string, sql: string) => step(pg, report, log, name, sql);
  const u = (salt: number) => `pg_temp.u(k, ${salt})`;
  const year = Number(o.today.slice(0, 4));
  const attempt = async (department: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (err) {
      const msg = `${department} records skipped: ${(err as Error).message}`;
      report.warnings.push(msg);
      log(msg);
    }
  };
  await attempt('market', async () => {
    await assertColumns(pg, 'market.registration', ['uscc', 'status', 'registered_on', 'registered_capital_wan', 'business_scope']);
    await run('market.registration', `insert into market.registration (uscc, status, registered_on, registered_capital_wan, business_scope)
      select uscc, (case when ${u(201)} < 0.97 then 'ACTIVE' when ${u(201)} < 0.99 then 'REVOKED' else 'DEREGISTERED' end)::market.registration_status,
        created_at::date - (30 + ${u(202)} * 4000)::int, round((50 + ${u(203)} * 5000)::numeric, 2), industry || '相关经营活动'
      from bd_ent order by k on conflict do nothing`);
    await assertColumns(pg, 'market.abnormal_listing', ['uscc', 'listed_on', 'reason']);
    await run('market.abnormal_listing', `insert into market.abnormal_listing (uscc, listed_on, reason)
      select uscc, date '${o.today}' - (10 + ${u(204)} * 700)::int, '未按规定报送年度报告' from bd_ent where ${u(205)} < 0.04 order by k`);
  });
  await attempt('tax', async () => {
    await assertColumns(pg, 'tax.taxpayer', ['uscc', 'registered_on']);
    await run('tax.taxpayer', `insert into tax.taxpayer (uscc, registered_on) select uscc, created_at::date - (20 + ${u(211)} * 4000)::int from bd_ent order by k on conflict do nothing`);
    await assertColumns(pg, 'tax.credit_rating', ['uscc', 'year', 'rating', 'rated_on']);
    await run('tax.credit_rating', `insert into tax.credit_rating (uscc, year, rating, rated_on)
      select uscc, y, (array['A', 'B', 'A', 'M', 'B', 'C', 'A', 'B', 'M', 'D'])[1 + floor(pg_temp.u(k * 10 + y, 212) * 10)::int]::tax.credit_rating_grade, make_date(y + 1, 4, 20)
      from bd_ent, generate_series(${year - 3}, ${year - 1}) y where make_date(y + 1, 4, 20) <= date '${o.today}' order by k, y on conflict do nothing`);
    await assertColumns(pg, 'tax.arrears', ['uscc', 'tax_type', 'amount_yuan', 'since']);
    await run('tax.arrears', `insert into tax.arrears (uscc, tax_type, amount_yuan, since)
      select uscc, (array['增值税', '企业所得税', '个人所得税', '城镇土地使用税'])[1 + k % 4], round((2000 + ${u(213)} * 200000)::numeric, 2), date '${o.today}' - (15 + ${u(214)} * 600)::int
      from bd_ent where ${u(215)} < 0.08 order by k`);
  });
  await attempt('police', async () => {
    if (!o.stations.length) throw new Error('police.station is empty (no demo data)');
    const perStation = Math.max(2, Math.ceil(o.E / 4 / o.stations.length / 80));
    const stations = `(select code, row_number() over (order by code) - 1 as si from police.station)`;
    const badge = (si: string, j: string) => `'32010291' || (${si})::text || lpad((${j})::text, 4, '0')`;
    await assertColumns(pg, 'police.officer', ['badge', 'name', 'phone', 'station_code']);
    await run('police.officer', `insert into police.officer (badge, name, phone, station_code)
      select ${badge('s.si', 'j')}, (array[${SURNAMES.map(lit).join(',')}])[1 + j % 10] || (array[${GIVEN.map(lit).join(',')}])[1 + (j / 10 + s.si::int) % 10] || (array[${GIVEN.map(lit).join(',')}])[1 + j % 7],
        '025-8661-' || lpad((s.si * 1000 + j)::text, 4, '0'), s.code
      from ${stations} s, generate_series(0, ${perStation - 1}) j on conflict do nothing`);
    await assertColumns(pg, 'police.key_enterprise', ['uscc', 'station_code', 'registered_on', 'next_visit_due']);
    await run('police.key_enterprise', `insert into police.key_enterprise (uscc, station_code, registered_on, last_visited_on, next_visit_due)
      select e.uscc, s.code, greatest(e.created_at::date, date '${o.today}' - 1500), v.last, coalesce(v.last, greatest(e.created_at::date, date '${o.today}' - 1500)) + 90
      from bd_ent e join ${stations} s on s.si = e.station_idx
      cross join lateral (select case when pg_temp.u(e.k, 221) < 0.8 then date '${o.today}' - (pg_temp.u(e.k, 222) * 120)::int end as last) v
      where e.is_key order by e.k on conflict do nothing`);
    await assertColumns(pg, 'police.officer_assignment', ['uscc', 'officer_badge', 'assigned_on']);
    await run('police.officer_assignment', `insert into police.officer_assignment (uscc, officer_badge, assigned_on, reason)
      select e.uscc, ${badge('e.station_idx', `e.k % ${perStation}`)}, greatest(e.created_at::date, date '${o.today}' - 1500), '确定一企一警联络官'
      from bd_ent e where e.is_key and pg_temp.u(e.k, 223) < 0.95 order by e.k`);
    await assertColumns(pg, 'police.alert', ['uscc', 'occurred_at', 'category', 'summary']);
    await run('police.alert', `insert into police.alert (uscc, occurred_at, category, summary, severity, recorded_by_name)
      select uscc, timestamptz '${o.today}T00:00:00Z' - (1 + ${u(224)} * 360) * interval '1 day', (array['THEFT', 'FRAUD', 'DISPUTE', 'FIRE', 'PUBLIC_ORDER', 'TRAFFIC', 'OTHER'])[1 + k % 7],
        '接报警情，民警到场处置。', (array['LOW', 'MEDIUM', 'MEDIUM', 'HIGH'])[1 + (k / 7) % 4], '值班民警'
      from bd_ent where ${u(225)} < 0.06 order by k`);
  });
  await attempt('judicial', async () => {
    await assertColumns(pg, 'judicial.mediation_case', ['uscc', 'case_no', 'grade', 'status', 'subject', 'opened_on', 'grade_since']);
    await run('judicial.mediation_case', `insert into judicial.mediation_case (uscc, case_no, grade, status, subject, opened_on, closed_on, category, grade_since, closing_note)
      select uscc, '清司调〔' || extract(year from o.opened)::int || '〕B' || lpad(k::text, 6, '0') || '号', (array['COMMUNITY', 'STREET', 'DISTRICT'])[1 + k % 3]::judicial.mediation_grade,
        st::judicial.mediation_status, '劳资纠纷调解', o.opened, case when st <> 'OPEN' then o.opened + 20 end,
        (array['WAGE_ARREARS', 'LABOUR', 'CONTRACT', 'LEASE', 'OTHER'])[1 + k % 5]::judicial.dispute_category, o.opened,
        case st when 'SETTLED' then '双方达成调解协议。' when 'FAILED' then '调解不成，告知诉讼途径。' end
      from bd_ent, lateral (select date '${o.today}' - (30 + ${u(231)} * 700)::int as opened,
        case when ${u(232)} < 0.4 then 'OPEN' when ${u(232)} < 0.85 then 'SETTLED' else 'FAILED' end as st) o
      where ${u(233)} < 0.03 order by k`);
    await run('judicial.mediation_step', `insert into judicial.mediation_step (mediation_case_id, action, grade, status, note, at, actor_id, actor_name)
      select c.id, 'OPENED', c.grade, 'OPEN', '受理调解申请。', c.opened_on::timestamp + interval '10 hours', 'bench-judicial-00', '调解员'
      from judicial.mediation_case c where c.case_no like '%〕B%' and not exists (select 1 from judicial.mediation_step s where s.mediation_case_id = c.id) order by c.id`);
  });
}

/**
 * Checks a database against the hub's rules: what the generator compensates for (triggers off)
 * and what it plans (statuses, timelines, judgements). Returns the problems found (none: []).
 * Rules about a request's own rows apply from `firstIssueId` (the generated ones); the derived
 * tables are checked whole.
 */
export async function verifyBenchData(pg: PgClient, em: EntityManager, o: { now: Date; firstIssueId?: number; days?: number; timeZone?: string; sample?: number }): Promise<string[]> {
  const problems: string[] = [];
  const tz = o.timeZone ?? DEFAULT_TIME_ZONE;
  const from = o.firstIssueId ?? 0;
  const one = async (sql: string, params: unknown[] = []) => (await pg.query(sql, params)).rows[0];

  // 1. every trigger on the tables filled with triggers off is one the generator stands in for
  const triggers = (
    await pg.query(`select s.nspname || '.' || c.relname as tbl, t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace s on s.oid = c.relnamespace
      where not t.tgisinternal and s.nspname || '.' || c.relname = any($1)`, [FILLED_TABLES])
  ).rows;
  for (const t of triggers) if (!COMPENSATED_TRIGGERS[t.tgname]) problems.push(`trigger ${t.tgname} on ${t.tbl} is not compensated by bench/data.ts (it loads with triggers off): fill what it maintains and list it in COMPENSATED_TRIGGERS`);

  // 2. hub.issue_department = the visibility rule (lead, assisting, both sides of every referral)
  const v = await one(`with rule as (
      select lead_department_code as d, id from hub.issue where lead_department_code is not null
      union select unnest(assisting_department_codes), id from hub.issue
      union select from_department_code, issue_id from hub.referral
      union select to_department_code, issue_id from hub.referral)
    select (select count(*) from (select d, id from rule except select department_code, issue_id from hub.issue_department) x)::int as missing,
           (select count(*) from (select department_code, issue_id from hub.issue_department except select d, id from rule) x)::int as extra,
           (select count(*) from hub.issue_department v join hub.issue i on i.id = v.issue_id where v.deadline_key <> coalesce(i.reply_deadline, '9999-12-31'::date))::int as wrong_key`);
  if (v.missing || v.extra || v.wrong_key) problems.push(`hub.issue_department differs from the visibility rule: ${v.missing} missing, ${v.extra} extra, ${v.wrong_key} with a wrong deadline_key`);

  // 3. departmentPerformance from the rollups = the row-level reference SQL, every field
  const today = toHubDate(o.now, tz);
  const days = o.days ?? 1095;
  const periods: [string, string][] = [
    [addDays(today, -days - 400), addDays(today, 400)],
    [addDays(today, -364), today],
    [addDays(today, -29), today],
    [addDays(today, -Math.floor(days / 2)), addDays(today, -Math.floor(days / 2) + 90)],
  ];
  for (const [f, t] of periods) {
    const rollups = JSON.stringify(await departmentPerformance(em.fork(), f, t, o.now));
    const reference = JSON.stringify(await departmentPerformanceRowLevel(em.fork(), f, t, o.now));
    if (rollups !== reference) problems.push(`departmentPerformance ${f}..${t}: the rollups differ from the row-level reference:\n  rollups   ${rollups.slice(0, 600)}\n  reference ${reference.slice(0, 600)}`);
  }

  // 4. foreign keys (the load skipped their checks)
  const fks = (
    await pg.query(`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent, a.attname as col, af.attname as pcol, c.conname
      from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1] join pg_attribute af on af.attrelid = c.confrelid and af.attnum = c.confkey[1]
      join pg_class k on k.oid = c.conrelid join pg_namespace s on s.oid = k.relnamespace
      where c.contype = 'f' and cardinality(c.conkey) = 1 and s.nspname || '.' || k.relname = any($1)`, [FILLED_TABLES])
  ).rows;
  for (const fk of fks) {
    const { n } = await one(`select count(*)::int as n from ${fk.child} x where x.${fk.col} is not null and not exists (select 1 from ${fk.parent} y where y.${fk.pcol} = x.${fk.col})`);
    if (n) problems.push(`${n} rows of ${fk.child} break ${fk.conname} (${fk.col} → ${fk.parent})`);
  }

  // 5. each generated request: fields agree with its status, judgements with its deadlines, counters with their rows
  const day = (t: string) => `(${t} at time zone ${lit(tz)})::date`;
  const judged = (d: string, deadline: string, problem: string) => `case when ${deadline} is not null and ${problem} is null then ${d} <= ${deadline} end`;
  const rules: [string, string][] = [
    ['SUBMITTED without a lead, routed with one', `(i.status = 'SUBMITTED') <> (i.lead_department_code is null) and i.status <> 'MERGED'`],
    ['signed for ⇒ accepted_at', `i.status in ('ACCEPTED', 'IN_PROGRESS', 'RESPONDED', 'RESOLVED', 'CLOSED', 'REOPENED') and i.accepted_at is null`],
    ['answered ⇒ responded_at', `i.status in ('RESPONDED', 'RESOLVED', 'CLOSED') and i.responded_at is null`],
    ['concluded ⇒ resolved_at', `i.status in ('RESOLVED', 'CLOSED') and i.resolved_at is null`],
    ['CLOSED ⇔ closed_at', `(i.status = 'CLOSED') <> (i.closed_at is not null)`],
    ['MERGED ⇔ merged_into', `(i.status = 'MERGED') <> (i.merged_into_id is not null)`],
    ['steps in order', `i.accepted_at < i.submitted_at or i.responded_at < i.accepted_at or i.resolved_at < i.responded_at or i.closed_at < i.resolved_at`],
    ['submitted_on is the hub day of submitted_at', `i.submitted_on <> ${day('i.submitted_at')}`],
    ['signed_on_time judged by the sign-off deadline', `i.accepted_at is not null and i.signed_on_time is distinct from ${judged(day('i.accepted_at'), 'i.sign_off_deadline', 'i.sign_off_deadline_problem')}`],
    ['responded_on_time judged by the reply deadline', `i.responded_at is not null and i.responded_on_time is distinct from ${judged(day('i.responded_at'), 'i.reply_deadline', 'i.reply_deadline_problem')}`],
    ['resolved_on_time judged by the reply deadline', `i.resolved_at is not null and i.resolved_on_time is distinct from ${judged(day('i.resolved_at'), 'i.reply_deadline', 'i.reply_deadline_problem')}`],
    ['nothing in the future', `i.submitted_at > $2 or i.closed_at > $2 or i.resolved_at > $2`],
    ['urge_count = urgings', `i.urge_count <> (select count(*) from hub.issue_urging u where u.issue_id = i.id)`],
    ['a reopened request counts its reopening', `i.status = 'REOPENED' and i.reopen_count = 0`],
  ];
  const counts = await one(`select ${rules.map(([, cond], k) => `count(*) filter (where ${cond})::int as r${k}`).join(', ')} from hub.issue i where i.id >= $1`, [from, o.now]);
  rules.forEach(([name], k) => {
    if (counts[`r${k}`]) problems.push(`${counts[`r${k}`]} generated requests break "${name}"`);
  });

  // 6. timelines (a sample at scale): a chain from SUBMITTED, each step from the status the previous left, ending at the request's status
  const { n: generated } = await one(`select count(*)::int as n from hub.issue where id >= $1`, [from]);
  const every = Math.max(1, Math.floor(generated / (o.sample ?? 100_000)));
  const chain = await one(`select count(*) filter (where n = 1 and (action <> 'SUBMITTED' or from_status is not null))::int as bad_start,
      count(*) filter (where n > 1 and from_status is distinct from prev_to)::int as broken, count(*) filter (where at < prev_at)::int as backwards
    from (select t.*, row_number() over w as n, lag(t.to_status) over w as prev_to, lag(t.at) over w as prev_at
          from hub.issue_timeline t where t.issue_id >= $1 and t.issue_id % $2 = 0 window w as (partition by t.issue_id order by t.id)) x`, [from, every]);
  const last = await one(`select count(*)::int as n from hub.issue i cross join lateral (select t.to_status from hub.issue_timeline t where t.issue_id = i.id order by t.id desc limit 1) l
    where i.id >= $1 and i.id % $2 = 0 and l.to_status is distinct from i.status`, [from, every]);
  const none = await one(`select count(*)::int as n from hub.issue i where i.id >= $1 and not exists (select 1 from hub.issue_timeline t where t.issue_id = i.id)`, [from]);
  if (chain.bad_start || chain.broken || chain.backwards || last.n || none.n) {
    problems.push(`timelines (every ${every}th request): ${chain.bad_start} not starting with SUBMITTED, ${chain.broken} steps not from the previous status, ${chain.backwards} going back in time, ${last.n} not ending at the request's status, ${none.n} requests without one`);
  }
  return problems;
}

/** What a bench database holds (COMMENT ON DATABASE), so that `npm run bench` can reuse it. */
export interface BenchDataMark {
  version: number;
  issues: number;
  events: boolean;
  now: string;
  firstIssueId: number;
  seconds: number;
}
const MARK = 'liaison-hub bench data ';

export async function readBenchDataMark(serverUrl: string, db: string): Promise<BenchDataMark | null> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new PgClient({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rows } = await client.query(`select shobj_description(oid, 'pg_database') as note from pg_database where datname = $1`, [db]);
    const note: string | null = rows[0]?.note ?? null;
    return note?.startsWith(MARK) ? (JSON.parse(note.slice(MARK.length)) as BenchDataMark) : null;
  } finally {
    await client.end();
  }
}

export interface PreparedBenchDatabase {
  databaseUrl: string;
  mark: BenchDataMark;
  report: BenchDataReport;
  problems: string[];
  counts: Record<string, string | number>;
}

/**
 * `npm run bench:data`: drops and recreates `db`, migrates every subgraph, loads the demo data,
 * generates, verifies, vacuums and marks it.
 */
export async function prepareBenchDatabase(o: BenchDataOptions & { serverUrl: string; db: string; verify?: boolean }): Promise<PreparedBenchDatabase> {
  const log = o.log ?? ((m: string) => process.stderr.write(`[bench:data ${new Date().toISOString().slice(11, 19)}] ${m}\n`));
  const now = o.now ?? new Date();
  const databaseUrl = await freshDatabase(o.serverUrl, o.db);
  const appLog = createLogger('warn', 'bench-data');
  let t = performance.now();
  const orms = [];
  for (const name of SUBGRAPH_NAMES) {
    orms.push((await openSubgraphDatabase(SUBGRAPHS[name], { databaseUrl, poolMax: 2, seed: DEMO_SEEDS[name], log: appLog.child(name), clock: () => now })).orm);
  }
  log(`${o.db}: migrated and demo data loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const report = await generateBenchData(pg, { ...o, now, log });
    let problems: string[] = [];
    if (o.verify !== false) {
      t = performance.now();
      problems = await verifyBenchData(pg, orms[SUBGRAPH_NAMES.indexOf('hub')].em as EntityManager, { now, firstIssueId: report.firstIssueId, days: o.days, timeZone: o.timeZone });
      log(`verified in ${((performance.now() - t) / 1000).toFixed(1)} s: ${problems.length ? `${problems.length} PROBLEMS` : 'consistent with the rules'}`);
      for (const p of problems) log(`PROBLEM: ${p}`);
    }
    t = performance.now();
    await pg.query(`vacuum (analyze)`);
    log(`vacuum analyze: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const counts = (
      await pg.query(`select (select count(*) from hub.issue)::int as issues, (select count(*) from hub.enterprise)::int as enterprises, (select count(*) from hub.referral)::int as referrals,
        (select count(*) from hub.issue_timeline)::int as timeline, (select count(*) from hub.issue_urging)::int as urgings, (select count(*) from hub.issue_extension)::int as extensions,
        (select count(*) from hub.event)::int as events, (select count(*) from hub.issue_department)::int as issue_department, (select count(*) from hub.performance_day)::int as performance_day,
        pg_size_pretty(pg_database_size(current_database())) as database, pg_size_pretty(pg_total_relation_size('hub.issue')) as issue_table`)
    ).rows[0];
    const mark: BenchDataMark = { version: BENCH_DATA_VERSION, issues: o.issues, events: !!o.events, now: now.toISOString(), firstIssueId: report.firstIssueId, seconds: Math.round(report.ms / 1000) };
    await pg.query(`comment on database "${o.db.replace(/"/g, '""')}" is ${lit(MARK + JSON.stringify(mark))}`);
    return { databaseUrl, mark, report, problems, counts };
  } finally {
    await pg.end();
    await Promise.all(orms.map((orm) => orm.close()));
  }
}

export function parseArgs(argv: string[]) {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, v] = a.slice(2).split('=', 2);
    if (v !== undefined) args.set(k, v);
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) args.set(k, argv[++i]);
    else args.set(k, true);
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const num = (k: string) => (typeof args.get(k) === 'string' ? Number(String(args.get(k)).replace(/_/g, '')) : undefined);
  const issues = num('issues') ?? 10_000;
  const serverUrl = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
  const db = (args.get('db') as string | undefined) ?? process.env.BENCH_DB ?? benchDatabaseName(issues);
  const loadBefore = os.loadavg()[0];
  const r = await prepareBenchDatabase({
    serverUrl, db, issues, enterprises: num('enterprises'), days: num('days'), events: args.has('events'), departmentRecords: !args.has('no-departments'), verify: !args.has('no-verify'),
  });
  const total = r.report.steps.reduce((s, x) => s + x.rows, 0);
  const lines = [
    `bench data in ${db}: ${issues.toLocaleString('en')} requests over ${num('days') ?? 1095} days to ${r.mark.now.slice(0, 10)}; generated in ${(r.report.ms / 1000).toFixed(1)} s, ${Math.round(total / (r.report.ms / 1000)).toLocaleString('en')} rows/s (load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after, ${os.cpus().length} cores)`,
    '',
    '| step | rows | seconds | rows/s |',
    '|---|---:|---:|---:|',
    ...r.report.steps.map((s) => `| ${s.step} | ${s.rows.toLocaleString('en')} | ${(s.ms / 1000).toFixed(1)} | ${s.rows && s.ms > 50 ? Math.round(s.rows / (s.ms / 1000)).toLocaleString('en') : ''} |`),
    '',
    `Totals: ${Object.entries(r.counts).map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en') : v}`).join(', ')}.`,
    r.problems.length ? `\nPROBLEMS:\n${r.problems.map((p) => `- ${p}`).join('\n')}` : 'Checked: issue_department = the visibility rule, departmentPerformance rollups = the row-level reference, foreign keys, statuses, judgements and timelines.',
    ...(r.report.warnings.length ? ['', 'Warnings:', ...r.report.warnings.map((w) => `- ${w}`)] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exit(r.problems.length ? 1 : 0);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

