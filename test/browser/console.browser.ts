import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { RATES, percent, trendMonths } from '../../console/src/statistics';
import { DEMO_USERS } from '../../src/demo/district';
import { addDays } from '../helpers/clock';
import { parseCsv, readXlsx } from '../helpers/exports';
import { act, escalated, ok, submit } from '../helpers/issues';
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

test("a coordinator runs a joint meeting while a market officer's page follows the agenda live and sees the action item land in its inbox", async () => {
  const stamp = Date.now();
  const licence = await escalated(hub, `园区商户无照经营 ${stamp}`, 'licence', 21); // led by market
  const fireLane = await escalated(hub, `园区消防通道被占用 ${stamp}`, 'safety_hazard', 22); // led by police
  const today = hub.clock.today();

  // the market officer: the meetings tab in one page, the action items (督办事项) in another
  const market = await openConsole(browser, base);
  await signInAs(market.page, 'market-officer');
  await market.page.getByRole('tab', { name: '联席会议', exact: true }).click();
  await market.page.getByText(/共 \d+ 次会议/).waitFor();
  const marketTasks = await market.context.newPage();
  await marketTasks.goto(`${base}?tab=actions`);
  await signInAs(marketTasks, 'market-officer');
  await marketTasks.getByText(/共 \d+ 项/).waitFor();
  await marketTasks.evaluate(() => ((window as any).__sameLoad = true));
  // both pages' subscriptions (inbox: issues, referrals, meetings; meeting list) are live
  await until(() => hub.subscriberCount() >= 7, 'the market pages subscribed');

  // the coordinator schedules the meeting, its agenda from the escalated requests
  const coordinator = await openConsole(browser, base);
  await signInAs(coordinator.page, 'coordinator');
  await coordinator.page.getByRole('tab', { name: '联席会议', exact: true }).click();
  const form = coordinator.page.getByRole('form', { name: '安排联席会议' });
  const title = `园区经营秩序专题联席会议 ${stamp}`;
  await form.getByLabel('会议名称').fill(title);
  await form.getByLabel('会议类型').selectOption({ label: '专题会' });
  await form.getByLabel('召集部门').selectOption('police');
  await form.getByLabel('会议时间（北京时间）').fill(`${today}T15:00`);
  await form.getByLabel('会议地点').fill('区政务服务中心二楼会议室');
  await form.getByRole('checkbox', { name: '市场监督管理局' }).check();
  await form.getByRole('checkbox', { name: licence.title }).check();
  await form.getByRole('checkbox', { name: fireLane.title }).check();
  await screenshot(coordinator.page, 'meeting-schedule');
  expect(await visibleEnglish(coordinator.page)).toEqual([]);
  await form.getByRole('button', { name: '安排会议' }).click();
  const room = coordinator.page;
  await expectText(room.getByRole('heading', { level: 2 }), title);
  await expectText(room.getByTestId('meeting-status'), '已安排');
  await expectText(room.getByTestId('meeting-role'), '主持会议');

  // it appears in the market officer's meeting list live; the officer opens it (no reload from here on)
  const listed = market.page.getByTestId('meeting-list').locator('tr', { hasText: title });
  await listed.waitFor({ timeout: 15_000 });
  await listed.getByRole('link', { name: title }).click();
  const follower = market.page;
  await expectText(follower.getByRole('heading', { level: 2 }), title);
  await follower.evaluate(() => ((window as any).__sameLoad = true));
  await expectText(follower.getByTestId('meeting-role'), '只读');
  const agenda = (page: typeof room) => page.getByTestId('agenda').locator(':scope > li');
  await expectText(agenda(follower).nth(0), licence.title);
  await expectText(agenda(follower).nth(0), '待议');
  await expectText(agenda(follower).nth(1), fireLane.title);
  // read-only for market: no control that runs the meeting
  expect(await follower.getByRole('button', { name: '开始会议' }).count()).toBe(0);

  // start: both screens say so
  await room.getByRole('button', { name: '开始会议' }).click();
  await expectText(follower.getByTestId('meeting-status'), '进行中');
  expect(await follower.getByRole('button', { name: /开始讨论/ }).count()).toBe(0);

  // attendance: the coordinator and the market officer sign in, each sees the other
  await room.getByRole('button', { name: '签到' }).click();
  await expectText(room.getByTestId('joined'), '您已签到');
  await expectText(follower.getByTestId('attendance'), '冯春梅');
  await follower.getByRole('button', { name: '签到' }).click();
  await expectText(follower.getByTestId('joined'), '您已签到');
  const marketRow = room.getByTestId('attendance').locator('tr[data-department="market"]', { hasText: '孙丽华' });
  await expectText(marketRow, '✔ 已到');

  // the item under discussion
  await room.getByRole('button', { name: '开始讨论第 1 项' }).click();
  await expectText(follower.getByTestId('current-item'), `正在讨论第 1 项：${licence.number} ${licence.title}`);
  await expectText(agenda(follower).nth(0), '▶ 讨论中');
  expect(await agenda(follower).nth(0).getAttribute('aria-current')).toBe('step');
  await expectText(follower.getByTestId('meeting-announcement'), '开始讨论');

  // a decision with an action item for market, due in twenty days
  const decisionForm = room.getByRole('form', { name: '记录决议' });
  const task = `逐户核查园区商户营业执照 ${stamp}`;
  const due = addDays(today, 20);
  await decisionForm.getByLabel('决议内容').fill('由市场监管局牵头开展园区商户证照专项核查，公安配合维护秩序。');
  await decisionForm.getByLabel('责任部门').selectOption('market');
  await decisionForm.getByLabel('任务').fill(task);
  await decisionForm.getByLabel('完成期限').fill(due);
  await screenshot(room, 'meeting-room');
  expect(await visibleEnglish(room)).toEqual([]);
  await decisionForm.getByRole('button', { name: '记录决议' }).click();

  await expectText(agenda(follower).nth(0), '✔ 已决议');
  await expectText(agenda(follower).nth(0), '决议：由市场监管局牵头');
  await expectText(follower.getByTestId('action-item'), task);
  await expectText(follower.getByTestId('action-item'), due);
  await expectText(follower.getByTestId('current-item'), '暂无正在讨论的议题');
  await expectText(follower.getByTestId('meeting-events'), `督办事项交市场监督管理局：${task}`);

  // …and lands in the market officer's action items, live
  const taskRow = marketTasks.getByTestId('action-item-list').locator('tr', { hasText: task });
  await taskRow.waitFor({ timeout: 15_000 });
  await expectText(taskRow, title);
  await expectText(taskRow, due);
  await expectText(taskRow, '办理中');
  await expectText(marketTasks.getByTestId('announcement'), `新的督办事项：${task}`);
  expect(await marketTasks.evaluate(() => (window as any).__sameLoad)).toBe(true);
  await screenshot(marketTasks, 'officer-action-items');
  expect(await visibleEnglish(marketTasks)).toEqual([]);
  const api = await ok(hub, `query { actionItems(filter: { ownerDepartment: "market", status: [OPEN] }, first: 100) { edges { node { task dueDate issue { id } } } } }`, {}, 'market-officer');
  expect(api.edges.map((e: any) => e.node)).toContainEqual({ task, dueDate: due, issue: { id: licence.id } });

  // adjourn; the second item stays on the request's agenda list
  const adjourn = room.getByRole('form', { name: '休会' });
  await adjourn.getByLabel('会议小结（可选）').fill('议定事项由各部门按期办结。');
  await adjourn.getByRole('button', { name: '休会' }).click();
  await expectText(follower.getByTestId('meeting-status'), '已休会');
  await expectText(follower.getByTestId('meeting-announcement'), '会议休会：议定事项由各部门按期办结。');
  await screenshot(follower, 'meeting-room-follower');
  expect(await visibleEnglish(follower)).toEqual([]);
  expect(await follower.evaluate(() => (window as any).__sameLoad)).toBe(true);

  // the minutes, printable: the print stylesheet leaves the document alone
  await room.getByRole('link', { name: '会议纪要（可打印）' }).click();
  const minutes = room.getByTestId('minutes');
  await expectText(minutes, `${title} 会议纪要`);
  await expectText(minutes, '决议：由市场监管局牵头');
  await expectText(minutes, `督办事项：市场监督管理局：${task}（完成期限 ${due}，办理中）`);
  await expectText(minutes, '孙丽华');
  expect(await visibleEnglish(room)).toEqual([]);
  await room.emulateMedia({ media: 'print' });
  expect(await room.locator('header.top').isVisible()).toBe(false);
  expect(await room.getByRole('button', { name: '打印会议纪要' }).isVisible()).toBe(false);
  expect(await minutes.isVisible()).toBe(true);
  await screenshot(room, 'meeting-minutes-print');
  await room.emulateMedia({ media: 'screen' });
  // the minutes have an address of their own: a reload opens them again
  await room.reload();
  await expectText(minutes, '决议：由市场监管局牵头');

  // market reports the task done: it leaves the open tasks, and the minutes left open say so
  const done = marketTasks.getByRole('form', { name: `报告办结：${task}` });
  await done.getByLabel('办结情况').fill('已完成园区全部商户证照核查，无照经营两户已责令整改。');
  await done.getByRole('button', { name: '报告办结' }).click();
  await taskRow.waitFor({ state: 'detached', timeout: 15_000 });
  await expectText(minutes, `督办事项：市场监督管理局：${task}（完成期限 ${due}，已办结）`);

  await coordinator.context.close();
  await market.context.close();
});

test('statistics: the seven rates per department match the API in the table and the bar chart; the monthly trend; CSV and XLSX exports hold the API\'s figures', async () => {
  const year = hub.clock.today().slice(0, 4);
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const performance = async (from: string, to: string) =>
    (await hub.gql(`query($from: Date!, $to: Date!) { departmentPerformance(from: $from, to: $to) { departmentCode received department { nameZh } ${RATES.map(([k]) => k).join(' ')} } }`, { from, to }, 'coordinator')).data.departmentPerformance as Record<string, any>[];
  const api = await performance(period.from, period.to);
  expect(api.length).toBeGreaterThan(0);
  // the department whose trend is checked: one with requests this year (the earlier tests submitted some)
  const police = api.find((d) => d.departmentCode === 'police')!;
  expect(police.received).toBeGreaterThan(0);
  const months = trendMonths(period.from, period.to).months;
  expect(months).toHaveLength(12);
  const perMonth = await Promise.all(months.map(async (m) => (await performance(m.from, m.to)).find((d) => d.departmentCode === 'police')!));

  const coordinator = await openConsole(browser, base);
  await coordinator.page.emulateMedia({ reducedMotion: 'reduce' });
  await signInAs(coordinator.page, 'coordinator');
  await coordinator.page.getByRole('tab', { name: '统计' }).click();
  await coordinator.page.getByLabel('起始日期').fill(period.from);
  await coordinator.page.getByLabel('截止日期').fill(period.to);
  const table = coordinator.page.getByTestId('performance');
  await table.locator('caption', { hasText: `${period.from} 至 ${period.to}` }).waitFor({ state: 'attached' });
  for (const dept of api) {
    const row = table.locator(`tr[data-department="${dept.departmentCode}"]`);
    await row.waitFor();
    for (const [key] of RATES) expect({ dept: dept.departmentCode, key, shown: await row.locator(`td[data-rate="${key}"]`).textContent() }).toEqual({ dept: dept.departmentCode, key, shown: percent(dept[key]) });
  }

  // the grouped bars: an SVG image whose text alternative has every department's seven rates, a legend naming them
  const bars = coordinator.page.getByTestId('rate-bars');
  await bars.locator('svg').first().waitFor();
  expect(await bars.getAttribute('role')).toBe('img');
  const barsText = (await bars.getAttribute('aria-label'))!;
  for (const dept of api) expect(barsText).toContain(`${dept.department.nameZh}：${RATES.map(([key, name]) => `${name} ${percent(dept[key])}`).join('，')}`);
  const barsSvgText = await bars.locator('svg text').allTextContents();
  for (const [, name] of RATES) expect(barsSvgText).toContain(name);
  for (const dept of api) expect(barsSvgText).toContain(dept.department.nameZh);
  // each bar is labelled with its figure, as the table shows it (the axis says 20%, a bar 20.0%)
  const barLabels = barsSvgText.filter((t) => /^\d+\.\d%$/.test(t)).sort();
  expect(barLabels).toEqual(api.flatMap((d) => RATES.filter(([key]) => d[key] !== null).map(([key]) => percent(d[key]))).sort());
  // bars carry a pattern besides their colour (ECharts' decals): one per rate drawn (a rate of 0% or none draws no bar)
  const drawn = RATES.filter(([key]) => api.some((d) => d[key] > 0)).length;
  expect(drawn).toBeGreaterThan(0);
  expect(await bars.locator('svg pattern').count()).toBeGreaterThanOrEqual(drawn);

  // the trend: police's seven rates over the twelve months, on the axis and in the table
  await coordinator.page.getByLabel('逐月趋势部门').selectOption('police');
  const trend = coordinator.page.getByTestId('trend-chart');
  await trend.locator('svg').first().waitFor();
  expect(await trend.getAttribute('aria-label')).toContain(`${police.department.nameZh} ${months[0].label}至${months[11].label} 共 12 个月`);
  const trendSvgText = await trend.locator('svg text').allTextContents();
  expect(months.filter((m) => trendSvgText.includes(m.label))).toHaveLength(12);
  for (const [, name] of RATES) expect(trendSvgText).toContain(name);
  const trendTable = coordinator.page.getByTestId('trend-table');
  await coordinator.page.getByText('逐月数据表').click();
  expect(await trendTable.locator('tbody tr').count()).toBe(12);
  for (const [i, m] of months.entries()) {
    const row = trendTable.locator(`tr[data-month="${m.month}"]`);
    for (const [key] of RATES) expect({ month: m.month, key, shown: await row.locator(`td[data-rate="${key}"]`).textContent() }).toEqual({ month: m.month, key, shown: percent(perMonth[i][key]) });
  }
  await screenshot(coordinator.page, 'statistics');
  expect(await visibleEnglish(coordinator.page)).toEqual([]);

  // the exports: createExport's signed link, downloaded by the browser
  const exported = async (button: string) => {
    const [download] = await Promise.all([coordinator.page.waitForEvent('download'), coordinator.page.getByRole('button', { name: button }).click()]);
    return { name: download.suggestedFilename(), body: fs.readFileSync((await download.path())!) };
  };
  const csv = await exported('导出逗号分隔文件');
  expect(csv.name).toBe(`部门绩效-${period.from}_${period.to}.csv`);
  const [csvHeader, ...csvRows] = parseCsv(csv.body.toString('utf8'));
  expect(csvRows.map((r) => r[0])).toEqual(api.map((d) => d.departmentCode));
  for (const [i, dept] of api.entries()) {
    for (const [key, name] of RATES) expect({ dept: dept.departmentCode, name, value: csvRows[i][csvHeader.indexOf(name)] }).toEqual({ dept: dept.departmentCode, name, value: dept[key] === null ? '' : String(dept[key]) });
  }

  const xlsx = await exported('导出电子表格');
  expect(xlsx.name).toBe(`部门绩效-${period.from}_${period.to}.xlsx`);
  expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
  const sheet = await readXlsx(xlsx.body);
  const [header, ...rows] = sheet.rows;
  expect(header).toEqual(csvHeader);
  expect(rows.map((r) => r[0])).toEqual(api.map((d) => d.departmentCode));
  for (const [i, dept] of api.entries()) {
    expect(rows[i][1]).toBe(dept.department.nameZh);
    expect(rows[i][header.indexOf('受理数')]).toBe(dept.received);
    for (const [key, name] of RATES) expect({ dept: dept.departmentCode, name, value: rows[i][header.indexOf(name)] ?? null }).toEqual({ dept: dept.departmentCode, name, value: dept[key] });
  }
  await coordinator.page.getByRole('link', { name: '点此下载' }).waitFor();

  // a shorter period: its three months (the first one partial), in one request
  // queries go as GET with the persisted document's hash (console/src/client.ts): the variables are in the URL
  const trendRequests: string[] = [];
  coordinator.page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname === '/graphql' && url.searchParams.get('operationName') === 'DepartmentPerformanceTrend') trendRequests.push(JSON.stringify({ variables: JSON.parse(url.searchParams.get('variables') ?? '{}') }));
  });
  await coordinator.page.getByLabel('起始日期').fill(`${year}-08-15`);
  await coordinator.page.getByLabel('截止日期').fill(`${year}-10-31`);
  await expectText(coordinator.page.getByTestId('trend'), '共 3 个月');
  await trendTable.locator('tbody tr').nth(2).waitFor();
  expect(await trendTable.locator('tbody th').allTextContents()).toEqual([`${year}年8月（15日至31日）`, `${year}年9月`, `${year}年10月`]);
  await until(async () => !(await trend.locator('svg text').allTextContents()).includes(`${year}年11月`), 'the trend redrawn');
  expect((await trend.locator('svg text').allTextContents()).filter((t) => /^\d{4}年\d+月$/.test(t))).toEqual([`${year}年8月`, `${year}年9月`, `${year}年10月`]);
  // one request per period shown (each of the two dates changed it), the months as aliases
  expect(trendRequests.length).toBeGreaterThanOrEqual(1);
  expect(trendRequests.length).toBeLessThanOrEqual(2);
  const { variables } = JSON.parse(trendRequests[trendRequests.length - 1]);
  expect([variables.f0, variables.t0, variables.f2, variables.t2, variables.i2, variables.i3]).toEqual([`${year}-08-15`, `${year}-08-31`, `${year}-10-01`, `${year}-10-31`, true, false]);
  await coordinator.context.close();
});
