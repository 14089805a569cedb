import { describeDeadline } from '../../console/src/deadline';
import { timelineNote } from '../../console/src/timeline';
import { RATES, answeredMonths, departmentTrend, describeBars, describeTrend, lastTwelveMonths, percent, periodProblem, trendMonths, trendVariables } from '../../console/src/statistics';
import { barOption, trendOption } from '../../console/src/charts';
import { PERFORMANCE_COLUMNS } from '../../src/subgraphs/hub/export/export-columns';
import { normalizeUscc, usccCheckCharacter, usccProblem } from '../../console/src/uscc';
import { usccCheckCharacter as serverCheckCharacter } from '../../src/subgraphs/hub/enterprise/uscc';
import { DEMO_ENTERPRISES } from '../../src/demo/district';

describe('console USCC check (统一社会信用代码), before submitting', () => {
  test('accepts the demo enterprises, also typed in lower case with spaces around', () => {
    for (const e of DEMO_ENTERPRISES) expect(usccProblem(` ${e.uscc.toLowerCase()} `)).toBeNull();
    expect(normalizeUscc(' 91320102310079199x ')).toBe('91320102310079199X');
  });

  test('agrees with the server on the check character', () => {
    const samples = ['91320102310079199', '12100000400000770', '9111010871093622X'.slice(0, 17), '31310000MA1FL1234'];
    for (const s of samples) expect(usccCheckCharacter(s)).toBe(serverCheckCharacter(s));
  });

  test('names the problem in Chinese: length, character, division, check character', () => {
    const valid = DEMO_ENTERPRISES[0].uscc;
    expect(usccProblem(valid.slice(0, 17))).toContain('18 位');
    expect(usccProblem(`${valid.slice(0, 5)}I${valid.slice(6)}`)).toContain('第 6 位');
    expect(usccProblem(`91A${valid.slice(3)}`)).toContain('行政区划');
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(usccProblem(wrongCheck)).toContain(`应为“${valid[17]}”`);
  });
});

describe('deadline countdown in working days', () => {
  test('overdue, last day, days left and none each say so in words', () => {
    expect(describeDeadline(-2, '2026-11-20')).toEqual({ text: '已超期 2 个工作日（2026-11-20）', tone: 'overdue' });
    expect(describeDeadline(0, '2026-11-26')).toEqual({ text: '今天到期，最后一天（2026-11-26）', tone: 'last-day' });
    expect(describeDeadline(3, '2026-12-01')).toEqual({ text: '剩余 3 个工作日（2026-12-01）', tone: 'ok' });
    expect(describeDeadline(null, '2026-12-01')).toEqual({ text: '期限 2026-12-01', tone: 'none' });
    expect(describeDeadline(null, null)).toEqual({ text: '无期限', tone: 'none' });
  });
});

describe('timeline notes on screen', () => {
  const names = (code: string) => ({ tax: '税务局', police: '公安分局' })[code] ?? '其他部门';
  test('notes the hub writes in English become Chinese or are left out; typed notes stay as written', () => {
    expect(timelineNote('SUBMITTED', 'channel ONLINE', names)).toBe('渠道：网上提交');
    expect(timelineNote('REFERRED', 'to tax: 丢失账册涉及纳税申报', names)).toBe('至税务局：丢失账册涉及纳税申报');
    expect(timelineNote('ROUTED', 'Rule #5 (治安问题 → 公安) matched category public_security → police.', names)).toBeNull();
    expect(timelineNote('RESPONDED', '已答复企业，问题已解决。', names)).toBe('已答复企业，问题已解决。');
    expect(timelineNote('ACCEPTED', null, names)).toBeNull();
  });
});

describe('statistics', () => {
  test('rates as percentages, none counted as a dash', () => {
    expect([percent(0.8567), percent(1), percent(0), percent(null)]).toEqual(['85.7%', '100.0%', '0.0%', '—']);
  });

  test('the seven rates are named as the hub\'s exports name their columns', () => {
    // which field each export column reads, by handing it a row that answers with the field's name
    const row = new Proxy({}, { get: (_t, key) => `field:${String(key)}` });
    const headerOf = new Map(PERFORMANCE_COLUMNS.map((c) => [c.value({ row, departmentName: '' } as never), c.header]));
    expect(RATES.map(([key, name]) => [key, name])).toEqual(RATES.map(([key]) => [key, headerOf.get(`field:${key}`)]));
  });

  test('the default period is the last twelve months; a period is two real days in order', () => {
    expect(lastTwelveMonths('2026-11-26')).toEqual({ from: '2025-12-01', to: '2026-11-26' });
    expect(lastTwelveMonths('2026-01-15')).toEqual({ from: '2025-02-01', to: '2026-01-15' });
    expect(lastTwelveMonths('2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodProblem('2026-01-01', '2026-12-31')).toBeNull();
    expect(periodProblem('2026-02-01', '2026-01-31')).toContain('不能晚于');
    expect(periodProblem('', '2026-01-31')).toContain('请填写');
    expect(periodProblem('2026-02-30', '2026-03-31')).toContain('请填写');
  });

  test('the trend has a month per month of the period, the first and last clipped to it, at most twelve', () => {
    const { months, clipped } = trendMonths('2025-11-10', '2026-02-15');
    expect(clipped).toBe(false);
    expect(months).toEqual([
      { month: '2025-11', from: '2025-11-10', to: '2025-11-30', label: '2025年11月', longLabel: '2025年11月（10日至30日）' },
      { month: '2025-12', from: '2025-12-01', to: '2025-12-31', label: '2025年12月', longLabel: '2025年12月' },
      { month: '2026-01', from: '2026-01-01', to: '2026-01-31', label: '2026年1月', longLabel: '2026年1月' },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-15', label: '2026年2月', longLabel: '2026年2月（1日至15日）' },
    ]);
    expect(trendMonths('2024-02-01', '2024-02-29').months.map((m) => m.longLabel)).toEqual(['2024年2月']);
    const long = trendMonths('2024-03-05', '2026-06-30');
    expect(long.clipped).toBe(true);
    expect(long.months.map((m) => m.month)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(long.months[0].from).toBe('2025-07-01');
    expect(trendMonths('2026-03-01', '2026-02-01').months).toEqual([]);
  });

  test('trend variables ask the months of the period and skip the other slots', () => {
    const vars = trendVariables(trendMonths('2026-01-01', '2026-02-10').months);
    expect(Object.keys(vars)).toHaveLength(36);
    expect([vars.f0, vars.t0, vars.i0, vars.f1, vars.t1, vars.i1, vars.i2, vars.i11]).toEqual(['2026-01-01', '2026-01-31', true, '2026-02-01', '2026-02-10', true, false, false]);
    expect([vars.f11, vars.t11]).toEqual(['2026-01-01', '2026-01-31']);
    for (const [from, to] of [['2025-11-10', '2026-02-15'], ['2024-03-05', '2026-06-30'], ['2026-05-31', '2026-05-31']]) {
      const { months } = trendMonths(from, to);
      expect(answeredMonths(trendVariables(months))).toEqual(months);
    }
  });

  test('a department\'s trend per rate, null where a month has no figure; described in words', () => {
    const months = trendMonths('2026-01-01', '2026-02-28').months;
    const trend = departmentTrend([[{ departmentCode: 'tax', responseRate: 0.5 }, { departmentCode: 'police', responseRate: 1 }], undefined], 'tax');
    expect(trend.responseRate).toEqual([0.5, null]);
    expect(trend.satisfactionRate).toEqual([null, null]);
    const text = describeTrend('税务局', months, trend);
    expect(text).toContain('税务局 2026年1月至2026年2月 共 2 个月');
    expect(text).toContain('响应率：2026年1月 50.0%，2026年2月 —');
    const bars = describeBars([{ name: '公安分局', timelySignOffRate: 0.8567, reopenRate: null }], '2026-01-01', '2026-12-31');
    expect(bars).toContain('公安分局：及时签收率 85.7%，响应率 —');
    expect(bars).toContain('重办率 —');
  });

  test('charts tell the rates apart by more than colour: bar patterns, line symbols and dashes, legend names', () => {
    const bars = barOption([{ name: '公安分局', responseRate: 0.8567 }]) as any;
    expect(bars.aria.decal.show).toBe(true);
    expect(bars.series.map((s: any) => s.name)).toEqual(RATES.map(([, name]) => name));
    expect(bars.series[1].data).toEqual([85.7]);
    expect(bars.series[0].data).toEqual([null]);
    expect([bars.series[1].label.formatter({ value: 85.7 }), bars.series[1].label.formatter({ value: 0 }), bars.series[1].label.formatter({ value: null })]).toEqual(['85.7%', '0.0%', '—']);
    const months = trendMonths('2026-01-01', '2026-03-31').months;
    const lines = trendOption(months.map((m) => m.label), departmentTrend([[], [], []], 'tax'), true) as any;
    expect(lines.animation).toBe(false);
    expect(lines.xAxis.data).toEqual(['2026年1月', '2026年2月', '2026年3月']);
    const looks = lines.series.map((s: any) => `${s.symbol}/${s.lineStyle.type}`);
    expect(new Set(looks).size).toBe(RATES.length);
    expect(new Set(lines.series.map((s: any) => s.symbol)).size).toBe(RATES.length);
  });
});
