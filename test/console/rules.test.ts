import { describeDeadline } from '../../console/src/deadline';
import { timelineNote } from '../../console/src/timeline';
import { percent, toCsv } from '../../console/src/statistics';
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
  test('CSV opens in spreadsheet programs: BOM, CRLF, quoted where needed', () => {
    expect(toCsv([['部门', '说明'], ['公安', '含,逗号与"引号"']])).toBe('\uFEFF部门,说明\r\n公安,"含,逗号与""引号"""\r\n');
  });
});
