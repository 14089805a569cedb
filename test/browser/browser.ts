import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../helpers/build';

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

/** A browser context (its own storage: one signed-in user) with the console open at `base`. */
export async function openConsole(browser: Browser, base: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err));
  page.on('response', async (res) => {
    if (res.url().endsWith('/graphql') && res.request().method() === 'POST') {
      const body = await res.text().catch(() => '');
      if (body.includes('"errors"')) console.error('graphql errors:', res.request().postData(), body);
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
