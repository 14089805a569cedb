import type { Browser, Locator } from 'playwright-core';
import { DEMO_ENTERPRISES, DEMO_USERS } from '../../src/demo/district';
import { ok, submit } from '../helpers/issues';
import type { TestHub } from '../helpers/test-hub';
import { openConsole, screenshot, signInAs, startBrowserSuite, visibleEnglish } from './browser';

/**
 * The risk assessment (维稳风险评估) on the request page: its own panel beside the departments',
 * the level in words (a coloured edge only beside them), each signal's department and category in
 * Chinese; the enterprise itself sees no risk panel. The console runs against a gateway that
 * accepts trusted documents only.
 */
let hub: TestHub;
let browser: Browser;
let base: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ hub, browser, base, stop } = await startBrowserSuite());
});

afterAll(() => stop?.());

async function expectText(locator: Locator, text: string) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
}

const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

test("an officer sees the enterprise's risk level in words on a request page, with the tax bureau's signal", async () => {
  // an enterprise that is not the demo enterprise user's; tax arrears from 100,000 yuan are a HIGH signal
  const enterprise = DEMO_ENTERPRISES.find((e) => e.uscc !== DEMO_USERS.enterprise.uscc && e.name)!;
  await ok(hub, `mutation($i: RecordTaxArrearsInput!) { recordTaxArrears(input: $i) { arrears { id } } }`, { i: { uscc: enterprise.uscc, taxType: '增值税', amount: '150000.00', since: daysBefore(hub.clock.today(), 60) } }, 'tax-officer');
  const assessed = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { riskAssessment { level signals { department category level } } } }`, { u: enterprise.uscc }, 'police-officer');
  expect(assessed.data.enterprise.riskAssessment.level).toBe('HIGH');
  expect(assessed.data.enterprise.riskAssessment.signals).toContainEqual({ department: 'tax', category: 'ARREARS_OUTSTANDING', level: 'HIGH' });

  const title = `厂区门口车辆乱停 ${Date.now()}`;
  const issue = await submit(hub, 'police-officer', { uscc: enterprise.uscc, title, description: '企业反映厂区门口车辆乱停影响通行。', category: 'public_security', channel: 'VISIT' });
  const police = await openConsole(browser, `${base}requests/${encodeURIComponent(issue.id)}`);
  await signInAs(police.page, 'police-officer');
  await expectText(police.page.getByRole('heading', { level: 2 }), title);

  const risk = police.page.getByRole('region', { name: '维稳风险评估' });
  await expectText(risk, '风险等级');
  const row = (name: string) => risk.locator('dl > div', { has: police.page.locator('dt', { hasText: name }) }).locator('dd');
  expect(await row('风险等级').innerText()).toBe('高（重点管控）');
  expect(await row('税务：欠税未清').innerText()).toMatch(/^高（重点管控），\d{4}\/\d{1,2}\/\d{1,2}$/);
  // the colour is only beside the words
  expect(await risk.getAttribute('class')).toContain('risk-high');
  // the departments' panels are still there, each its own
  await expectText(police.page.getByRole('region', { name: '税务' }), '有欠税');
  await screenshot(police.page, 'request-page-risk');
  expect(await visibleEnglish(police.page)).toEqual([]);
  await police.context.close();
});

test('the enterprise, on its own request, sees no risk panel', async () => {
  const title = `咨询消防验收流程 ${Date.now()}`;
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title, description: '新建仓库需要办理消防验收，请告知流程。', category: 'public_security' });
  const own = await openConsole(browser, `${base}requests/${encodeURIComponent(issue.id)}`);
  await signInAs(own.page, 'enterprise');
  await expectText(own.page.getByRole('heading', { level: 2 }), title);
  expect(await own.page.getByRole('region', { name: '维稳风险评估' }).count()).toBe(0);
  expect(await own.page.locator('body').innerText()).not.toContain('风险');
  await own.context.close();
});
