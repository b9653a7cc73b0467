import { generatePlan, getProtocol } from 'rehab-protocols';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory } from '../src/history.js';
import { daysBefore, FOUNDING_FRAGMENT, FOUNDING_HISTORY, pasteHistory, start, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(async () => {
  await session?.close();
});

const START = '2026-12-01';

describe('the playground with a training history', () => {
  it('plans the founding runner’s runs under the prescribed limits, as generatePlan does with the same runs', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await pasteHistory(page);
    expect(await page.locator('#history-status').textContent()).toBe(`61 runs read, ${daysBefore(84 - 1)} to ${daysBefore(6)}.`);

    const expected = generatePlan(getProtocol('patellofemoral-pain'), { startDate: START, goalDistance: { value: 30, unit: 'mi' }, history: [...readHistory(FOUNDING_HISTORY, 'mi').runs] });
    const limits = await page.locator('#daily-chart .limit-point').evaluateAll((points) => points.map((point) => Number(point.getAttribute('data-limit'))));
    expect(limits).toEqual([5, 5, 5, 5, 5, 5, 5, 8.5, 12.1, 15.7, 19.2, 22.8, 26.4, 30]);
    const planned = await page.locator('#daily-chart .planned-bar').evaluateAll((bars) => bars.map((bar) => [Number(bar.getAttribute('data-day')), Number(bar.getAttribute('data-planned'))]));
    expect(planned).toEqual(expected.days.flatMap((day) => (day.running.planned?.distance === undefined ? [] : [[day.day, day.running.planned.distance.value]])));
    expect(planned.length).toBeGreaterThan(0);
    for (const [day, value] of planned) expect(value).toBeLessThanOrEqual(limits[(day ?? 1) - 1] ?? 0);

    const weekly = await page.locator('#weekly-chart .week-planned-bar').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-planned'))));
    expect(weekly).toEqual(expected.weeks.map((week) => week.plannedDistance?.value).filter((total) => total !== undefined && total > 0));
    // The numbers written over the bars are the planned distances, and no limit is summed or drawn as a week's volume.
    expect((await page.locator('#weekly-chart .bar-label').allTextContents()).map(Number)).toEqual(weekly);
    expect(await page.locator('#weekly-chart .week-limit-range').count()).toBe(0);
    expect(await page.locator('.day[data-day="8"] .flags li[data-kind="weekly-volume"]').count()).toBe(1);
    expect(await page.locator('.plan-flags li[data-kind="goal-not-reached"]').count()).toBe(1);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('history')).toBe(FOUNDING_HISTORY);
    expect(errors).toEqual([]);
  });

  it('lowers the limits for a runner whose recent runs were short, and says so on the day', async () => {
    const history = Array.from({ length: 8 }, (_, index) => `${daysBefore(3 + index * 3)},5mi`).join('\n');
    const { page } = await session.open(`${FOUNDING_FRAGMENT}&history=${encodeURIComponent(history)}`);
    const day9 = page.locator('.day[data-day="9"]');
    const marker = day9.locator('.flags li[data-kind="limited-by-history"]');
    const number = await marker.getAttribute('data-note');
    expect(await marker.textContent()).toBe(`see note ${number}`);
    expect(await page.locator(`#note-${number}`).textContent()).toMatch(/Limit lowered from .*12\.1 mi \(day 9\).* to /);
    expect(Number((await day9.locator('.run').textContent())?.match(/≤ ([\d.]+) mi/)?.[1])).toBeLessThan(12.1);
  });

  it('repeats no note text in two day cells: each note is said once, and the days link to it', async () => {
    const history = Array.from({ length: 8 }, (_, index) => `${daysBefore(3 + index * 3)},5mi`).join('\n');
    for (const guard of ['cap', 'warn']) {
      const { page, errors } = await session.open(`${FOUNDING_FRAGMENT}&history=${encodeURIComponent(history)}&guard=${guard}`);
      const cells = await page.locator('.calendar .day').allTextContents();
      // What each day cell says of its notes (the flags' place in the cell).
      const flagged = await page.locator('.calendar .day').evaluateAll((days) => days.map((day) => day.querySelector('.flags')?.textContent ?? ''));
      const notes = await page.locator('.day-notes li').allTextContents();
      expect(notes.length).toBeGreaterThan(0);
      // Every sentence of a day cell's notes, long enough to be a note's words, is in one cell at most.
      const seen = new Map<string, number>();
      flagged.forEach((cell, index) => {
        for (const sentence of cell.split(/(?<=[.:;])\s+/).filter((part) => part.length >= 25)) {
          expect(seen.get(sentence), `"${sentence}" in day ${seen.get(sentence)} and day ${index + 1}`).toBeUndefined();
          seen.set(sentence, index + 1);
        }
      });
      // No note's words are in a day cell at all; the days that have it link to it.
      for (const note of notes) {
        const words = note.slice(note.indexOf(': ') + 2, note.indexOf(': ') + 42);
        for (const cell of cells) expect(cell).not.toContain(words);
      }
      const links = await page.locator('.calendar .flags a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links.length).toBeGreaterThan(notes.length - 1);
      for (const link of new Set(links)) await expect(page.locator(link ?? '#none').count()).resolves.toBe(1);
      expect(errors).toEqual([]);
    }
  });

  it('with the spike guard set to warn keeps the prescribed limits and flags the days above the guard', async () => {
    const history = Array.from({ length: 8 }, (_, index) => `${daysBefore(3 + index * 3)},5mi`).join('\n');
    const { page } = await session.open(`${FOUNDING_FRAGMENT}&history=${encodeURIComponent(history)}`);
    await page.selectOption('#spike-guard', 'warn');
    const day9 = page.locator('.day[data-day="9"]');
    expect(await day9.locator('.run').textContent()).toBe('run ≤ 12.1 mi');
    expect(await day9.locator('.flags li[data-kind="single-run-spike"]').count()).toBe(1);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('guard')).toBe('warn');
  });

  it('without a history says the plan was not checked against training', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    expect(await page.locator('.plan-flags li[data-kind="not-checked-against-training"]').count()).toBe(1);
    await expect(page.locator('#daily-chart .planned-bar').count()).resolves.toBe(0);
  });

  it('names the line of a history it cannot read, and keeps the prescribed plan', async () => {
    const { page, errors } = await session.open(`${FOUNDING_FRAGMENT}&history=${encodeURIComponent('2026-11-20,10km\n2026-11-21,far')}`);
    expect(await page.locator('#history-status li').allTextContents()).toEqual(['line 2: cannot read the distance "far": expected e.g. 10km, 6.2mi or 10']);
    await expect(page.locator('.calendar .day').count()).resolves.toBe(14);
    expect(errors).toEqual([]);
  });

  it('shows the library’s error for a run after the start date', async () => {
    const { page } = await session.open(`${FOUNDING_FRAGMENT}&history=${encodeURIComponent('2026-12-05,5mi')}`);
    expect(await page.locator('.error[role="alert"] li').first().textContent()).toMatch(/^history\.0\.date/);
  });
});
