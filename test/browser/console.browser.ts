import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { RATES, percent } from '../../console/src/statistics';
import { DEMO_USERS } from '../../src/demo/district';
import { act, submit } from '../helpers/issues';
import type { TestHub } from '../helpers/test-hub';
import { until } from '../helpers/wait';
import { openConsole, screenshot, signInAs, startBrowserSuite, visibleEnglish } from './browser';

/**
 * The console end to end in Chromium, one whole hub for the file (the tests run in this order and
 * share its data; the countdown test moves the hub's clock). Several browser contexts are several
 * signed-in people; "live" means the page that was open shows the change without a reload.
 */
let hub: TestHub;
let browser: Browser;
let base: string;
let stop: () => Promise<void>;

// the console's own gateway runs trusted documents only: the console sends nothing else
beforeAll(async () => {
  ({ hub, browser, base, stop } = await startBrowserSuite());
});

afterAll(() => stop?.());

test('enterprise submits; the police inbox shows it live; the enterprise follows its status live', async () => {
  const police = await openConsole(browser, base);
  await police.page.locator('button[data-user="police-officer"]').waitFor();
  await screenshot(police.page, 'sign-in');
  expect(await visibleEnglish(police.page)).toEqual([]);
  await signInAs(police.page, 'police-officer');
  const viewer = police.page.getByTestId('viewer');
  await expectText(viewer, '李伟');
  await expectText(viewer, '部门经办人');
  await police.page.getByRole('tab', { name: '主办' }).waitFor();
  await police.page.getByText(/共 \d+ 件/).waitFor();
  // marks this page load: a reload would lose it
  await police.page.evaluate(() => ((window as any).__sameLoad = true));
  const subscribers = hub.subscriberCount();

  const enterprise = await openConsole(browser, base);
  await signInAs(enterprise.page, 'enterprise');
  await expectText(enterprise.page.getByTestId('viewer'), '赵建国');
  // both police subscriptions (issue and referral events) are live before anything is submitted
  await until(() => hub.subscriberCount() >= subscribers + 1, 'the enterprise subscription');

  const form = enterprise.page.getByRole('form', { name: '提交诉求' });
  const usccInput = form.getByLabel('统一社会信用代码');
  expect(await usccInput.inputValue()).toBe(DEMO_USERS.enterprise.uscc);
  // a mistyped check character is caught before anything is sent
  const own = DEMO_USERS.enterprise.uscc;
  await usccInput.fill(own.slice(0, 17) + (own[17] === '0' ? '1' : '0'));
  await form.getByLabel('诉求类别').selectOption({ label: '治安问题' });
  const title = `夜间厂区周边有可疑人员徘徊 ${Date.now()}`;
  await form.getByLabel('标题').fill(title);
  await form.getByLabel('诉求内容').fill('连续三晚发现可疑人员在厂区围墙外徘徊，请求加强巡逻。');
  await form.getByRole('button', { name: '提交' }).click();
  await expectText(form.getByRole('alert'), '校验位');
  expect(await usccInput.evaluate((el) => el === document.activeElement)).toBe(true);
  await usccInput.fill(own);
  await form.getByRole('button', { name: '提交' }).click();
  await expectText(enterprise.page.getByTestId('submitted'), '已提交，诉求编号').catch(async (err) => {
    throw new Error(`${err}\n${await enterprise.page.locator('main').innerText()}`);
  });
  await screenshot(enterprise.page, 'enterprise-window');
  expect(await visibleEnglish(enterprise.page)).toEqual([]);

  // the police inbox, untouched since it opened, now lists the request
  const row = police.page.getByTestId('issue-list').locator('tr', { hasText: title });
  await row.waitFor({ timeout: 15_000 });
  expect(await police.page.evaluate(() => (window as any).__sameLoad)).toBe(true);
  await expectText(police.page.getByTestId('announcement'), '新到诉求');
  const deadline = await row.locator('.deadline').textContent();
  expect(deadline).toMatch(/剩余 \d+ 个工作日|今天到期/);
  await screenshot(police.page, 'officer-inbox');
  expect(await visibleEnglish(police.page)).toEqual([]);

  // keyboard: the tabs move with the arrow keys
  await police.page.getByRole('tab', { name: '主办' }).focus();
  await police.page.keyboard.press('ArrowRight');
  expect(await police.page.getByRole('tab', { name: '协办' }).getAttribute('aria-selected')).toBe('true');
  await police.page.keyboard.press('ArrowRight');
  await police.page.getByText('暂无待签收的移交。').or(police.page.getByTestId('referral-list')).waitFor();

  // the enterprise's list follows the status as police accept it
  const mine = enterprise.page.getByTestId('my-requests').locator('tr', { hasText: title });
  await expectText(mine.getByTestId('status'), '已分派');
  const id = await mine.getAttribute('data-issue');
  await act.accept(hub, 'police-officer', id!);
  await expectText(mine.getByTestId('status'), '已受理');

  await police.context.close();
  await enterprise.context.close();
});

async function expectText(locator: import('playwright-core').Locator, text: string) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
}

test('police transfer a request to tax from its page; tax signs for it in another context; it leaves the police inbox live', async () => {
  const title = `仓库夜间被撬 ${Date.now()}`;
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title, description: '仓库门锁被撬，丢失一批账册。', category: 'public_security' });

  const police = await openConsole(browser, base);
  await signInAs(police.page, 'police-officer');
  const inboxRow = police.page.getByTestId('issue-list').locator('tr', { hasText: title });
  await inboxRow.getByRole('link', { name: title }).click();
  await expectText(police.page.getByRole('heading', { level: 2 }), title);
  await expectText(police.page.getByTestId('timeline'), '提交');
  const refer = police.page.getByRole('form', { name: '移交或请求协办' });
  await refer.getByLabel('方式').selectOption('TRANSFER');
  await refer.getByLabel('接收部门').selectOption('tax');
  await refer.getByLabel('理由').fill('丢失账册涉及纳税申报，请税务部门主办。');
  await refer.getByRole('button', { name: '提交' }).click();
  await expectText(police.page.locator('.actions [role="status"]'), '已发起移交');
  await expectText(police.page.getByTestId('timeline'), '移交');
  await screenshot(police.page, 'request-page');
  expect(await visibleEnglish(police.page)).toEqual([]);
  await police.page.getByRole('link', { name: '← 返回待办' }).click();
  await inboxRow.waitFor();
  await police.page.evaluate(() => ((window as any).__sameLoad = true));

  const tax = await openConsole(browser, base);
  await signInAs(tax.page, 'tax-officer');
  await tax.page.getByRole('tab', { name: '待签收移交' }).click();
  const pending = tax.page.getByTestId('referral-list').locator('tr', { hasText: title });
  await expectText(pending, '移交');
  await screenshot(tax.page, 'referrals-to-sign');
  expect(await visibleEnglish(tax.page)).toEqual([]);
  await pending.getByRole('button', { name: '签收' }).click();
  await pending.waitFor({ state: 'detached', timeout: 15_000 });

  // the police inbox, left open, drops the request without a reload
  await inboxRow.waitFor({ state: 'detached', timeout: 15_000 });
  expect(await police.page.evaluate(() => (window as any).__sameLoad)).toBe(true);
  expect((await act.getIssue(hub, 'coordinator', issue.id)).leadDepartment.code).toBe('tax');

  await police.context.close();
  await tax.context.close();
});

test('an assist request sent back with a reason: the requesting officer sees it returned on the open page, live', async () => {
  const title = `厂区周边治安巡逻协助 ${Date.now()}`;
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title, description: '希望联合开展安全宣传。', category: 'public_security' });
  await act.refer(hub, 'police-officer', { issueId: issue.id, toDepartment: 'judicial', kind: 'ASSIST', reason: '请司法所协助开展法治宣传。', idempotencyKey: `assist-${Date.now()}` });

  const police = await openConsole(browser, `${base}requests/${encodeURIComponent(issue.id)}`);
  await signInAs(police.page, 'police-officer');
  const referrals = police.page.getByRole('region', { name: '移交与协办' });
  await expectText(referrals, '待签收');

  const judicial = await openConsole(browser, base);
  await signInAs(judicial.page, 'judicial-officer');
  await judicial.page.getByRole('tab', { name: '待签收移交' }).click();
  const row = judicial.page.getByTestId('referral-list').locator('tr', { hasText: title });
  await expectText(row, '协办');
  expect(await row.getByRole('button', { name: '退回' }).isDisabled()).toBe(true);
  await row.getByLabel('退回理由').fill('法治宣传已排期至下月，请届时再申请。');
  await row.getByRole('button', { name: '退回' }).click();
  await row.waitFor({ state: 'detached', timeout: 15_000 });

  await expectText(referrals, '已退回');
  await expectText(police.page.getByTestId('timeline'), '退回移交');
  await police.context.close();
  await judicial.context.close();
});

test('the countdown says the last day in amber and overdue in red, in words first', async () => {
  const title = `厂区消防通道被占用 ${Date.now()}`;
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title, description: '消防通道长期被外来车辆占用。', category: 'public_security' });
  const police = await openConsole(browser, base);
  await signInAs(police.page, 'police-officer');
  const deadline = police.page.getByTestId('issue-list').locator('tr', { hasText: title }).locator('.deadline');

  hub.clock.set(`${issue.replyDeadline}T10:00:00+08:00`);
  await police.page.reload();
  await expectText(deadline, '今天到期，最后一天');
  expect(await deadline.getAttribute('data-tone')).toBe('last-day');
  expect(await deadline.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(138, 83, 0)');

  // two weeks on: overdue by several working days
  hub.clock.set(new Date(Date.parse(`${issue.replyDeadline}T10:00:00+08:00`) + 14 * 86_400_000));
  await police.page.reload();
  await expectText(deadline, '已超期');
  expect(await deadline.textContent()).toMatch(/^⚠ 已超期 \d+ 个工作日/);
  expect(await deadline.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(176, 0, 32)');
  await screenshot(police.page, 'officer-inbox-overdue');
  await police.context.close();
});

test('request page: the enterprise picture has a panel per department; one department down leaves the others', async () => {
  const title = `厂区外墙被涂写 ${Date.now()}`;
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title, description: '外墙被涂写广告，请协助处理。', category: 'public_security' });
  await hub.stopSubgraph('judicial');
  try {
    const police = await openConsole(browser, `${base}requests/${encodeURIComponent(issue.id)}`);
    await signInAs(police.page, 'police-officer');
    const panel = (name: string) => police.page.getByRole('region', { name });
    await expectText(police.page.getByRole('heading', { level: 2 }), title);
    await expectText(panel('司法'), '该部门数据暂不可用');
    await expectText(panel('公安（一企一警）'), '联络警官');
    await expectText(panel('市场监管'), '登记状态');
    expect(await panel('公安（一企一警）').innerText()).not.toContain('暂不可用');
    await screenshot(police.page, 'request-page-judicial-down');
    expect(await visibleEnglish(police.page)).toEqual([]);
    await police.context.close();
  } finally {
    await hub.restartSubgraph('judicial');
  }
});

test('cursor paging through the inbox, a category filter, and a request taken from accepted to rated', async () => {
  const batch = `批量诉求 ${Date.now()}`;
  const issues = [];
  for (let i = 1; i <= 21; i++) {
    issues.push(await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: `${batch} 第${i}件`, description: `园区第${i}号路段夜间照明损坏。`, category: 'public_security' }));
  }
  const police = await openConsole(browser, base);
  await signInAs(police.page, 'police-officer');
  const list = police.page.getByTestId('issue-list');
  await list.waitFor();
  const idsOnPage = () => list.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-issue')));
  const first = await idsOnPage();
  expect(first).toHaveLength(20);
  await police.page.getByRole('button', { name: '下一页' }).click();
  await police.page.getByText('第 2 页').waitFor();
  await until(async () => JSON.stringify(await idsOnPage()) !== JSON.stringify(first), 'page 2');
  const second = await idsOnPage();
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((id) => first.includes(id))).toEqual([]);
  await police.page.getByRole('button', { name: '上一页' }).click();
  await until(async () => JSON.stringify(await idsOnPage()) === JSON.stringify(first), 'back on page 1');

  await police.page.getByLabel('诉求类别').selectOption({ label: '涉税服务' });
  await police.page.getByText('暂无待办诉求。').waitFor();
  await police.page.getByLabel('诉求类别').selectOption({ label: '全部' });
  await list.waitFor();

  // one request through to the enterprise's rating
  const issue = issues[0];
  await police.page.goto(`${base}requests/${encodeURIComponent(issue.id)}`);
  const status = police.page.getByTestId('request-status');
  await police.page.getByRole('button', { name: '受理' }).click();
  await expectText(status, '已受理');
  await police.page.getByLabel('答复内容').fill('已安排维修，三日内恢复照明。');
  await police.page.getByRole('button', { name: '答复', exact: true }).click();
  await expectText(status, '已答复');
  await police.page.getByLabel('办结说明').fill('照明已恢复，企业确认。');
  await police.page.getByRole('button', { name: '办结', exact: true }).click();
  await expectText(status, '已办结');

  const enterprise = await openConsole(browser, `${base}requests/${encodeURIComponent(issue.id)}`);
  await signInAs(enterprise.page, 'enterprise');
  const rating = enterprise.page.getByRole('form', { name: '评价答复' });
  await rating.getByLabel('满意', { exact: true }).check();
  await rating.getByRole('button', { name: '提交评价' }).click();
  await rating.waitFor({ state: 'detached' });
  expect((await act.getIssue(hub, 'coordinator', issue.id)).satisfaction).toBe('SATISFIED');
  // police's page of the same request follows live
  await expectText(police.page.getByTestId('timeline'), '评价');
  await police.context.close();
  await enterprise.context.close();
});

test('coordinator: an unrouted request arrives live in the routing queue, is routed to market with an explanation, and lands in the market inbox live', async () => {
  const coordinator = await openConsole(browser, base);
  await signInAs(coordinator.page, 'coordinator');
  await expectText(coordinator.page.getByTestId('viewer'), '联席会议协调人');
  await coordinator.page.getByRole('tab', { name: '待分派' }).waitFor();
  await coordinator.page.getByText(/共 \d+ 件/).waitFor();
  const market = await openConsole(browser, base);
  await signInAs(market.page, 'market-officer');
  await market.page.getByText(/共 \d+ 件/).waitFor();

  const title = `园区内流动摊贩占道经营 ${Date.now()}`;
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title, description: '门口长期有摊贩占道。', category: 'other' });
  expect(issue.status).toBe('SUBMITTED');

  const row = coordinator.page.getByTestId('queue').locator('tr', { hasText: title });
  await row.waitFor({ timeout: 15_000 });
  await screenshot(coordinator.page, 'coordinator-routing-queue');
  expect(await visibleEnglish(coordinator.page)).toEqual([]);
  await row.getByLabel('主办部门', { exact: true }).selectOption('market');
  await row.getByLabel('分派说明').fill('占道经营属市场监管职责。');
  await row.getByRole('button', { name: '分派' }).click();
  await row.waitFor({ state: 'detached', timeout: 15_000 });
  expect((await act.getIssue(hub, 'coordinator', issue.id)).leadDepartment.code).toBe('market');

  await market.page.getByTestId('issue-list').locator('tr', { hasText: title }).waitFor({ timeout: 15_000 });
  await coordinator.context.close();
  await market.context.close();
});

test('statistics: the seven rates per department match the API, and the table exports as CSV', async () => {
  const year = hub.clock.today().slice(0, 4);
  const api = (await hub.gql(`query($from: Date!, $to: Date!) { departmentPerformance(from: $from, to: $to) { departmentCode received ${RATES.map(([k]) => k).join(' ')} } }`, { from: `${year}-01-01`, to: `${year}-12-31` }, 'coordinator')).data.departmentPerformance as Record<string, any>[];
  expect(api.length).toBeGreaterThan(0);

  const coordinator = await openConsole(browser, base);
  await signInAs(coordinator.page, 'coordinator');
  await coordinator.page.getByRole('tab', { name: '统计' }).click();
  await coordinator.page.getByLabel('起始日期').fill(`${year}-01-01`);
  await coordinator.page.getByLabel('截止日期').fill(`${year}-12-31`);
  const table = coordinator.page.getByTestId('performance');
  for (const dept of api) {
    const row = table.locator(`tr[data-department="${dept.departmentCode}"]`);
    await row.waitFor();
    for (const [key] of RATES) expect({ dept: dept.departmentCode, key, shown: await row.locator(`td[data-rate="${key}"]`).textContent() }).toEqual({ dept: dept.departmentCode, key, shown: percent(dept[key]) });
  }
  await screenshot(coordinator.page, 'statistics');
  expect(await visibleEnglish(coordinator.page)).toEqual([]);

  const [download] = await Promise.all([coordinator.page.waitForEvent('download'), coordinator.page.getByRole('button', { name: '导出表格文件' }).click()]);
  expect(download.suggestedFilename()).toBe(`部门绩效_${year}-01-01_${year}-12-31.csv`);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF部门,受理诉求,按时签收率')).toBe(true);
  expect(csv.trim().split('\r\n')).toHaveLength(api.length + 1);
  await coordinator.context.close();
});
