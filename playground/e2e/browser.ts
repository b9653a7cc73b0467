import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serve } from './serve.js';

/** Debian's chromium (apt-get install chromium); CHROMIUM_PATH for another. No browser is downloaded. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** The founding case's plan: patellofemoral pain from 1 December 2026, back to 30 miles. */
export const FOUNDING_FRAGMENT = '#protocol=patellofemoral-pain&start=2026-12-01&goal=30&unit=mi';

/** The symptom path for the founding case's dates and goal. */
export const SYMPTOMS = '#mode=symptoms&start=2026-12-01&goal=30&unit=mi';

/** Opens "Answer more at once", where side, onset and the checkbox groups are. */
export async function openMore(page: Page): Promise<void> {
  if ((await page.locator('details.more[open]').count()) === 0) await page.click('details.more > summary');
}

/** The day `days` before the founding case's start date, 1 December 2026. */
export const daysBefore = (days: number): string => new Date(Date.parse('2026-12-01T00:00:00Z') - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The founding runner's history as SEED-CASE.md tells it, as CSV: ten weeks of about 66 mi on 6 days a week, then
 * rest, then the 30-mile run 6 days before the plan.
 */
export const FOUNDING_HISTORY = [
  'date,distance',
  ...Array.from({ length: 70 }, (_, index) => 84 - index).flatMap((day) => (day % 7 === 0 ? [] : [`${daysBefore(day)},11mi`])),
  `${daysBefore(6)},30mi`,
].join('\n');

/** The browser's time zone in every test: Auckland, far from UTC, so that a day counted in UTC would show. */
export const TIME_ZONE = 'Pacific/Auckland';

/** Waits until the page has read the history it was given (it reads 300 ms after the last key, then asynchronously). */
export async function historyRead(page: Page): Promise<void> {
  await page.locator('#history-status:not([aria-busy])').waitFor({ state: 'attached' });
}

/** Pastes a training history into the page's training section, as a visitor would (no blur), and waits for the read. */
export async function pasteHistory(page: Page, history: string = FOUNDING_HISTORY): Promise<void> {
  if (!(await page.locator('.training').evaluate((details) => (details as HTMLDetailsElement).open))) await page.locator('.training summary').click();
  await page.fill('#history', history);
  await historyRead(page);
}

/** Uploads a file to the training section and waits for the read. */
export async function uploadHistory(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.setInputFiles('#history-file', file);
  await historyRead(page);
}

export interface Session {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh page in its own context, recording console errors, page errors and every request it makes. */
  open(fragment: string, options?: { viewport?: { width: number; height: number } }): Promise<OpenPage>;
  close(): Promise<void>;
}

export interface OpenPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly errors: string[];
  readonly requests: string[];
}

export async function start(): Promise<Session> {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`No ${DIST}index.html: run npm run build:playground first`);
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  const server = await serve(DIST);
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  // The contexts opened so far: each test opens its own, and the one before is closed first, so that pages left open
  // by earlier tests do not pile up in the browser and slow the next test's clicks past its timeout.
  const opened: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    async open(fragment, options = {}) {
      // Auckland, far from UTC: a plan's days must not shift with the visitor's time zone.
      for (const earlier of opened.splice(0)) await earlier.close();
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, acceptDownloads: true, timezoneId: TIME_ZONE });
      opened.push(context);
      const page = await context.newPage();
      // A step that cannot happen fails with its own message (which element, which wait) before the test's timeout.
      page.setDefaultTimeout(15_000);
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${server.url}${fragment}`);
      await page.locator('#plan-heading, #referral-heading, .question, .error').first().waitFor();
      await historyRead(page);
      return { page, context, errors, requests };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
