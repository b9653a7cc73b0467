import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_FRAGMENT, start, uploadHistory, type Session } from './browser.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 375, height: 740 };

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(async () => {
  await session?.close();
});

/** axe-core's serious and critical violations on the page as it is, each as `rule: target, …`. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }> } };
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('the playground is accessible', () => {
  it('has no serious or critical axe violations on the plan view', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none on what a history read says: skipped rows, and a file that is not an export', async () => {
    const { page } = await session.open(`${FOUNDING_FRAGMENT}&history=${encodeURIComponent('2026-11-20,10km\n2026-11-21,far')}`);
    await page.locator('#history-skipped').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await uploadHistory(page, { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<html><body>not an export</body></html>') });
    await page.locator('#history-error').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none on the symptom form with a question, nor on a referral', async () => {
    const { page } = await session.open('#mode=symptoms&start=2026-12-01&goal=30&unit=mi');
    await page.click('details.more > summary');
    await page.check('#locations-anterior');
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('#answer-yes');
    await page.locator('#referral-heading').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits a phone screen without sideways scrolling, with no violations there either', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT, { viewport: PHONE });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([['1280×800', { width: 1280, height: 800 }], ['390×844', { width: 390, height: 844 }]] as const)(
    'has none on the symptom path with every answer open, nor on a review in words, at %s',
    async (_name, viewport) => {
      const { page } = await session.open('#mode=symptoms&start=2026-12-01&goal=30&unit=mi', { viewport });
      await page.click('details.more > summary');
      await page.click('#answer-no');
      await page.locator('.answered summary').click();
      expect(await seriousViolations(page)).toEqual([]);
      const review = await session.open(FOUNDING_FRAGMENT, { viewport });
      await review.page.fill('#pain-during', '7');
      await review.page.click('#log-pain');
      await review.page.fill('#review-today', '2026-12-06');
      await review.page.click('#review-button');
      await review.page.locator('.review-result').waitFor();
      expect(await seriousViolations(review.page)).toEqual([]);
    },
  );

  it('labels every form control', async () => {
    const { page } = await session.open('#mode=symptoms&start=2026-12-01&goal=30&unit=mi');
    await page.click('details.more > summary');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select')].filter((control) => (control as HTMLInputElement).labels?.length === 0).map((control) => control.id),
    );
    expect(unlabelled).toEqual([]);
  });
});
