import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startGateway, type RunningGateway } from '../../src/gateway/gateway';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../src/shared/config';
import { createLogger } from '../../src/shared/logger';
import { projectRoot } from '../helpers/build';
import { startTestHub, type TestHub } from '../helpers/test-hub';

/** Debian's chromium (`apt-get install -y chromium`); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots of each screen, kept as artefacts of the run (not committed). */
export const ARTIFACTS = path.join(projectRoot, 'artifacts', 'browser');

export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  // playwright gives each launch a fresh temporary profile (its own --user-data-dir)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { browser, close: () => browser.close() };
}

/**
 * The console's own gateway, in front of the test hub's subgraphs, running trusted documents only
 * (TRUSTED_DOCUMENTS_ONLY): every screen the browser tests open works with the console's operations
 * sent by hash alone. The tests' own set-up (submitting requests, checking the API's numbers) goes
 * through the hub's gateway, in the default mode, with query text.
 */
export async function startConsoleGateway(hub: TestHub): Promise<{ gateway: RunningGateway; base: string }> {
  const gateway = await startGateway({
    config: { ...hub.config, trustedDocuments: { only: true, files: [] } },
    log: createLogger(hub.config.logLevel, 'console-gateway'),
    host: '127.0.0.1',
    port: 0,
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, hub.subgraphs[n].url])) as Record<SubgraphName, string>,
  });
  return { gateway, base: gateway.url.replace(/\/graphql$/, '/') };
}

/**
 * What a browser test file runs on: the whole hub (test clock, the run's database), the console's
 * trusted-documents-only gateway in front of it, Chromium. `stop` closes all three and fails the file
 * if the console sent any query text.
 */
export async function startBrowserSuite(): Promise<{ hub: TestHub; browser: Browser; base: string; stop(): Promise<void> }> {
  const hub = await startTestHub();
  const { gateway, base } = await startConsoleGateway(hub);
  const { browser, close } = await launchChromium();
  return {
    hub,
    browser,
    base,
    async stop() {
      await close();
      await gateway.stop();
      await hub.stop();
      expect(textSent).toEqual([]);
    },
  };
}

/**
 * GraphQL the console sent as text rather than as a trusted document's hash: a query or mutation
 * over HTTP with `query` (body or URL), or an operation over graphql-ws with a non-empty `query`.
 * The browser tests expect none.
 */
export const textSent: string[] = [];

function watchForText(page: Page): void {
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname !== '/graphql') return;
    if (url.searchParams.get('query')) textSent.push(`GET ${url.searchParams.get('query')}`);
    const body = req.postData();
    if (body && body.startsWith('{') && (JSON.parse(body) as { query?: string }).query) textSent.push(`POST ${body}`);
  });
  page.on('websocket', (ws) =>
    ws.on('framesent', ({ payload }) => {
      const message = JSON.parse(String(payload)) as { type?: string; payload?: { query?: string } };
      if (message.type === 'subscribe' && message.payload?.query) textSent.push(`WS ${message.payload.query}`);
    }),
  );
}

/** A browser context (its own storage: one signed-in user) with the console open at `base`. */
export async function openConsole(browser: Browser, base: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err));
  watchForText(page);
  page.on('response', async (res) => {
    if (new URL(res.url()).pathname === '/graphql') {
      const body = await res.text().catch(() => '');
      if (body.includes('"errors"')) console.error('graphql errors:', res.request().postData() ?? res.url(), body);
    }
  });
  await page.goto(base);
  return { context, page };
}

/** Signs in through the development picker, as a person would. */
export async function signInAs(page: Page, user: string): Promise<void> {
  await page.locator(`button[data-user="${user}"]`).click();
  await page.getByTestId('viewer').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}


/** zh-CN throughout: no English word (three Latin letters in a row) anywhere a user sees. */
export async function visibleEnglish(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text.match(/[A-Za-z]{3,}/g) ?? [];
}
