import { reviewPlan, generatePlan, getProtocol } from 'rehab-protocols';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_FRAGMENT, start, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(async () => {
  await session?.close();
});

describe('logging and reviewing the plan', () => {
  it('a logged flare changes the review status, with the reason and the revised days', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await page.fill('#review-today', '2026-12-06');
    await page.click('#review-button');
    const before = await page.locator('#review-status').getAttribute('data-status');

    await page.fill('#log-date', '2026-12-05');
    await page.fill('#pain-during', '7');
    await page.click('#log-pain');
    await page.fill('#review-today', '2026-12-06');
    await page.click('#review-button');
    const after = await page.locator('#review-status').getAttribute('data-status');

    const plan = generatePlan(getProtocol('patellofemoral-pain'), { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
    const expected = reviewPlan(plan, [{ kind: 'pain', date: '2026-12-05', during: 7 }], { today: '2026-12-06' });
    expect(after).toBe(expected.status);
    expect(after).toBe('step-back');
    expect(after).not.toBe(before);
    expect(await page.locator('.review-result .reasons li').allTextContents()).toEqual(expected.reasons.map((reason) => reason.message));
    expect(await page.locator('.review-result .revised li').count()).toBe(expected.plan.days.filter((day) => day.date >= '2026-12-06').length);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('today')).toBe('2026-12-06');
    expect(errors).toEqual([]);
  });
});
