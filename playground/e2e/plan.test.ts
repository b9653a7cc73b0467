import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_FRAGMENT, start, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(async () => {
  await session?.close();
});

describe('the playground opens on the founding case', () => {
  it('shows its 14 days: jog at most 5 mi on days 1–7, up to 30 mi on day 14, and the day-14 check-in', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await expect(page.locator('#plan-heading').textContent()).resolves.toMatch(/patellofemoral/i);
    const days = page.locator('.calendar .day');
    await expect(days.count()).resolves.toBe(14);
    const runs = await days.locator('.run').allTextContents();
    expect(runs.slice(0, 7)).toEqual(Array(7).fill('jog ≤ 5 mi'));
    expect(runs[13]).toBe('run ≤ 30 mi');
    expect(await days.nth(0).getAttribute('data-date')).toBe('2026-12-01');
    expect(await days.nth(13).getAttribute('data-date')).toBe('2026-12-14');
    expect(await days.nth(0).locator('.sessions').textContent()).toBe('exercises 1–2× a day');
    expect(await days.nth(7).locator('.sessions').textContent()).toBe('exercises 1× a day');
    expect(await days.nth(0).locator('.exercise').allTextContents()).toEqual(['Slow calf raises', 'Side-lying hip abduction', 'Towel eater', 'Sit to stand']);
    expect(await days.nth(13).locator('.checkpoint').textContent()).toMatch(/Can you run your usual distance/);
    expect(errors).toEqual([]);
  });

  it('groups the days by week: week 1 holds days 1–7 and week 2 days 8–14', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    const weeks = page.locator('.calendar .week');
    await expect(weeks.count()).resolves.toBe(2);
    expect(await weeks.nth(1).locator('.day h5').first().textContent()).toMatch(/^Day 8/);
  });

  it('draws the daily limit chart with a point per day: 5 mi for days 1–7, rising to 30 mi on day 14', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    const points = page.locator('#daily-chart .limit-point');
    await expect(points.count()).resolves.toBe(14);
    const limits = await points.evaluateAll((circles) => circles.map((circle) => Number(circle.getAttribute('data-limit'))));
    expect(limits.slice(0, 7)).toEqual(Array(7).fill(5));
    expect(limits[13]).toBe(30);
    expect(limits).toEqual([...limits].sort((a, b) => a - b));
    // Heights are to scale: the day-14 point stands six times as high above the zero line as day 1's.
    const zero = await page.locator('#daily-chart .tick line').first().getAttribute('y1');
    const [cy1, cy14] = await Promise.all([points.nth(0).getAttribute('cy'), points.nth(13).getAttribute('cy')]);
    expect((Number(zero) - Number(cy14)) / (Number(zero) - Number(cy1))).toBeCloseTo(6, 5);
    expect(await points.nth(13).locator('title').textContent()).toBe('Day 14, Mon 14 Dec: limit 30 mi');
  });

  it('charts each week’s daily limits as a range, never their sum (a sum reads as a week’s mileage)', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    const ranges = await page.locator('#weekly-chart .week-limit-range').evaluateAll((bars) => bars.map((bar) => [Number(bar.getAttribute('data-min')), Number(bar.getAttribute('data-max'))]));
    expect(ranges).toEqual([[5, 5], [8.5, 30]]);
    const labels = await page.locator('#weekly-chart .bar-label').allTextContents();
    expect(labels).toEqual(['5', '8.5–30']);
    expect(await page.locator('#weekly-chart title').first().textContent()).toBe('Daily running limits, by week');
    expect(await page.locator('#weekly-chart').textContent()).not.toMatch(/add up|total of/);
  });

  it('shows where a dose or a limit comes from on hover, focus and tap', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    const dose = page.locator('.day').first().locator('button.dose').first();
    await dose.hover();
    const tip = page.locator('#source-tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(await tip.textContent()).toMatch(/Physical therapist.*Recorded in/);
    expect(await dose.getAttribute('aria-describedby')).toBe('source-tip');
    await page.keyboard.press('Escape');
    await expect(tip.isHidden()).resolves.toBe(true);

    // Focus, as a keyboard user reaches it: the source of the second exercise's dose.
    const second = page.locator('.day').first().locator('button.dose').nth(1);
    await second.focus();
    expect(await tip.textContent()).toMatch(/Physical therapist/);
    expect(await second.getAttribute('aria-describedby')).toBe('source-tip');
    await second.blur();
    await expect(tip.isHidden()).resolves.toBe(true);

    // The running limit carries its source too: day 14's 30 mi is the therapist's, and the note says how it was read.
    await page.locator('.day[data-day="14"] .run button').hover();
    expect(await tip.textContent()).toMatch(/Physical therapist.*Note: Increase the mileage gradually/);
    expect(await page.locator('.sources li').allTextContents()).toEqual([expect.stringMatching(/^Physical therapist/)]);

    // A tap (a click) pins it, so that it stays when the pointer leaves; a second tap closes it.
    await dose.click();
    await page.mouse.move(1, 1);
    await expect(tip.isVisible()).resolves.toBe(true);
    await dose.click();
    await expect(tip.isHidden()).resolves.toBe(true);
  });

  it('recomputes in kilometres, keeps the state in the fragment and never in the query string', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    await page.selectOption('#unit', 'km');
    await page.fill('#goal', '50');
    await page.locator('#goal').dispatchEvent('change');
    expect(await page.locator('.day .run').first().textContent()).toBe('jog ≤ 8 km'); // 5 mi = 8.05 km, rounded down to 0.1 like every limit
    expect(await page.locator('.day .run').nth(13).textContent()).toBe('run ≤ 50 km');
    const url = new URL(page.url());
    expect(url.search).toBe('');
    expect(new URLSearchParams(url.hash.slice(1)).get('unit')).toBe('km');
  });

  it('keeps working offline once loaded, and loads nothing but its own files', async () => {
    const { page, context, requests, errors } = await session.open(FOUNDING_FRAGMENT);
    await context.setOffline(true);
    await page.selectOption('#protocol', 'plantar-heel-pain');
    await expect(page.locator('#plan-heading').textContent()).resolves.toMatch(/heel/i);
    await page.locator('button[data-format="md"]').click();
    expect(requests.filter((request) => !request.startsWith(session.url) && !request.startsWith('blob:') && !request.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the library’s own error, naming the field, for a start date that does not exist', async () => {
    const { page, errors } = await session.open('#protocol=patellofemoral-pain&start=2026-02-30&goal=30&unit=mi');
    expect(await page.locator('.error[role="alert"] li').allTextContents()).toEqual([expect.stringMatching(/^Start date: .*2026-02-30/)]);
    expect(errors).toEqual([]);
  });
});
