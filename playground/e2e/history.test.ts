import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { generatePlan, getProtocol, type GeneratePlanOptions } from 'rehab-protocols';
import { describeTrainingExport, readTrainingExport } from 'rehab-protocols/import';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBefore, FOUNDING_FRAGMENT, FOUNDING_HISTORY, historyRead, pasteHistory, start, TIME_ZONE, uploadHistory, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(async () => {
  await session?.close();
});

const START = '2026-12-01';
const EXPORTS = fileURLToPath(new URL('../../test/fixtures/exports/formats/', import.meta.url));

/** The plan on the page, as the charts and flags carry it. */
async function planOnPage(page: Page) {
  return {
    limits: await page.locator('#daily-chart .limit-point').evaluateAll((points) => points.map((point) => Number(point.getAttribute('data-limit')))),
    planned: await page.locator('#daily-chart .planned-bar').evaluateAll((bars) => bars.map((bar) => [Number(bar.getAttribute('data-day')), Number(bar.getAttribute('data-planned'))])),
    weekly: await page.locator('#weekly-chart .week-planned-bar').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-planned')))),
    flags: await page.locator('.plan-flags li').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind'))),
  };
}

/** The planned runs of a plan, as the daily chart shows them: `[day, distance]`. */
const plannedRuns = (plan: ReturnType<typeof generatePlan>) => plan.days.flatMap((day) => (day.running.planned?.distance === undefined ? [] : [[day.day, day.running.planned.distance.value]]));

const fragment = (page: Page) => new URL(page.url()).hash;
const historyParam = (page: Page) => new URLSearchParams(fragment(page).slice(1)).get('history');

describe('the playground with a training history', () => {
  it('plans the founding runner’s runs under the prescribed limits, as generatePlan does with the same runs', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await pasteHistory(page);
    const read = await readTrainingExport(FOUNDING_HISTORY, { timeZone: TIME_ZONE, unit: 'mi' });
    expect(read.runs).toHaveLength(61);
    expect(await page.locator('#history-status').textContent()).toBe(describeTrainingExport(read, { startDate: START }));
    expect(await page.locator('#history-status').textContent()).toBe(`Read a date,distance CSV: 61 runs, ${daysBefore(84 - 1)} to ${daysBefore(6)}. 15 runs in the 30 days before ${START}.`);

    const expected = generatePlan(getProtocol('patellofemoral-pain'), { startDate: START, goalDistance: { value: 30, unit: 'mi' }, history: read.runs });
    const { limits, planned, weekly } = await planOnPage(page);
    expect(limits).toEqual([5, 5, 5, 5, 5, 5, 5, 8.5, 12.1, 15.7, 19.2, 22.8, 26.4, 30]);
    expect(planned).toEqual(plannedRuns(expected));
    expect(planned.length).toBeGreaterThan(0);
    for (const [day, value] of planned) expect(value).toBeLessThanOrEqual(limits[(day ?? 1) - 1] ?? 0);
    expect(weekly).toEqual(expected.weeks.map((week) => week.plannedDistance?.value).filter((total) => total !== undefined && total > 0));
    // The numbers written over the bars are the planned distances, and no limit is summed or drawn as a week's volume.
    expect((await page.locator('#weekly-chart .bar-label').allTextContents()).map(Number)).toEqual(weekly);
    expect(await page.locator('#weekly-chart .week-limit-range').count()).toBe(0);
    expect(await page.locator('.day[data-day="8"] .flags li[data-kind="weekly-volume"]').count()).toBe(1);
    expect(await page.locator('.plan-flags li[data-kind="goal-not-reached"]').count()).toBe(1);
    // The address keeps the runs read, one `;`-joined line each, not the text pasted (its header is gone).
    expect(historyParam(page)).toBe(FOUNDING_HISTORY.split('\n').slice(1).join(';'));
    expect(errors).toEqual([]);
  });

  it('reads Strava’s activities.csv uploaded as bytes, says what it read in the CLI’s words, and plans with the runs before the start', async () => {
    const start = '2024-05-20';
    const { page, errors } = await session.open(`#protocol=patellofemoral-pain&start=${start}&goal=10&unit=km`);
    const before = fragment(page);
    await uploadHistory(page, `${EXPORTS}strava-en-gb.csv`);

    const read = await readTrainingExport(await readFile(`${EXPORTS}strava-en-gb.csv`), { timeZone: TIME_ZONE, unit: 'km' });
    const runs = read.runs.filter((run) => run.date < start);
    const later = read.runs.length - runs.length;
    expect([runs.length, later]).toEqual([6, 16]);
    const status = await page.locator('#history-status').textContent();
    expect(status).toBe(`${describeTrainingExport(read, { startDate: start })} ${later} runs on or after ${start} left out: they are not history.`);
    expect(status).toMatch(/^Read Strava's activities\.csv \(English\): 22 runs, 2023-12-29 to 2024-06-02\. 3 other activities \(not runs\) left out\. Days counted in Pacific\/Auckland\. 3 runs in the 30 days before 2024-05-20\./);
    // The file input is emptied once read, so that choosing the same file again is read again.
    expect(await page.locator('#history-file').inputValue()).toBe('');

    const expected = generatePlan(getProtocol('patellofemoral-pain'), { startDate: start, goalDistance: { value: 10, unit: 'km' }, unit: 'km', history: runs });
    const plan = await planOnPage(page);
    expect(plan.planned).toEqual(plannedRuns(expected));
    expect(plan.planned.length).toBeGreaterThan(0);
    expect(plan.flags).toEqual(expect.arrayContaining(expected.flags.map((flag) => flag.kind)));

    // The address keeps the 4 runs of the 84 days before the start, as date,distance,duration, not the export.
    const after = fragment(page);
    expect(after).not.toMatch(/Activity|Athlete|%20/);
    expect(historyParam(page)).toBe('2024-04-14,3.092km,19:45;2024-05-18,2.622km,20:00;2024-05-19,2.018km,13:30;2024-05-19,0.773km,5:01');
    expect(after.length - before.length).toBeLessThan(120);
    // The text box shows those runs, which a visitor can edit.
    expect(await page.inputValue('#history')).toBe(historyParam(page)?.replaceAll(';', '\n'));

    // Reloaded, the address gives the same plan and the same runs in the 30 days before the start.
    await page.reload();
    await page.locator('#plan-heading').waitFor();
    await historyRead(page);
    expect(await planOnPage(page)).toEqual(plan);
    const reloaded = await page.locator('#history-status').textContent();
    expect(reloaded).toBe(`Read a date,distance CSV: 4 runs, 2024-04-14 to 2024-05-19. 3 runs in the 30 days before ${start}.`);
    expect(fragment(page)).toBe(after);
    expect(errors).toEqual([]);
  });

  it('reads a FIT file’s one run from its bytes', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await uploadHistory(page, `${EXPORTS}run.fit`);
    const read = await readTrainingExport(await readFile(`${EXPORTS}run.fit`), { timeZone: TIME_ZONE, unit: 'mi' });
    expect(read.runs).toHaveLength(1);
    expect(await page.locator('#history-status').textContent()).toBe(describeTrainingExport(read, { startDate: START }));
    expect(await page.locator('#history-status').textContent()).toMatch(/^Read a FIT file: 1 run, on 2015-08-16\./);
    // A run long before the start is still a history: running restarts from the return-to-run ladder.
    expect(await page.locator('.plan-flags li[data-kind="return-to-run"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.plan-flags li[data-kind="not-checked-against-training"]').count()).toBe(0);
    expect(historyParam(page)).toBe('2015-08-16,9.008km,47:12');
    expect(errors).toEqual([]);
  });

  it('shows the importer’s message for a file that is not an export, in words, and keeps the plan', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await uploadHistory(page, { name: 'activities.csv', mimeType: 'text/csv', buffer: Buffer.from('<!DOCTYPE html><html><head><title>Strava</title></head><body><script>alert(1)</script></body></html>') });
    const alert = page.locator('#history-error[role="alert"]');
    expect(await alert.textContent()).toMatch(/This is a web page \(HTML\), not a training export: .*Download your data/);
    expect(await alert.textContent()).not.toMatch(/\bat \w|Error:|RehabInputError/);
    expect(await page.locator('.plan-flags li[data-kind="not-checked-against-training"]').count()).toBe(1);
    await expect(page.locator('.calendar .day').count()).resolves.toBe(14);
    expect(historyParam(page)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('applies a history as it is typed, without leaving the box', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await page.locator('.training summary').click();
    await page.locator('#history').pressSequentially('2026-11-24,6mi', { delay: 20 });
    await historyRead(page);
    expect(await page.locator('#history-status').textContent()).toBe('Read a date,distance CSV: 1 run, on 2026-11-24. 1 run in the 30 days before 2026-12-01.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('history');
    expect(await page.inputValue('#history')).toBe('2026-11-24,6mi');
    expect(historyParam(page)).toBe('2026-11-24,6mi');
    expect(await page.locator('.plan-flags li[data-kind="not-checked-against-training"]').count()).toBe(0);
    expect((await planOnPage(page)).planned.length).toBeGreaterThan(0);
    // Typing on keeps every key and reads again.
    await page.locator('#history').pressSequentially('\n2026-11-26,5km', { delay: 20 });
    await historyRead(page);
    expect(await page.inputValue('#history')).toBe('2026-11-24,6mi\n2026-11-26,5km');
    expect(historyParam(page)).toBe('2026-11-24,6mi;2026-11-26,5km');
    expect(errors).toEqual([]);
  });

  it('reads the history again in a new unit, and keeps the runs of the 84 days before a new start date', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await pasteHistory(page, '2026-08-01,4\n2026-11-24,6');
    expect(await page.locator('#history-status').textContent()).toMatch(/ Distances without a unit read as mi\. /);
    expect(historyParam(page)).toBe('2026-11-24,6mi');
    await page.selectOption('#unit', 'km');
    await historyRead(page);
    expect(await page.locator('#history-status').textContent()).toMatch(/ Distances without a unit read as km\. /);
    expect(historyParam(page)).toBe('2026-11-24,6km');
    await page.fill('#start', '2026-10-01');
    await page.locator('#start').dispatchEvent('change');
    expect(await page.locator('#history-status').textContent()).toMatch(/ 1 run on or after 2026-10-01 left out: they are not history\.$/);
    expect(historyParam(page)).toBe('2026-08-01,4km');
    expect(errors).toEqual([]);
  });

  it('keeps a history too long for the address out of it, says so, and offers it as a download', async () => {
    // Four runs a day for 12 weeks: 336 runs, about 8,700 characters.
    const lines = Array.from({ length: 84 }, (_, index) => [1, 2, 3, 4].map((run) => `${daysBefore(index + 1)},${run}.${String(index).padStart(3, '0')}km,${run * 6}:${String(index % 60).padStart(2, '0')}`)).flat();
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await pasteHistory(page, lines.join('\n'));
    expect(await page.locator('#history-status').textContent()).toMatch(/^Read a date,distance CSV: 336 runs, /);
    expect(await page.locator('#history-address').textContent()).toMatch(/^Too many runs to share in the address: download them instead\./);
    expect(historyParam(page)).toBeNull();
    expect(fragment(page).length).toBeLessThan(200);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#history-download')]);
    const csv = (await readFile(await download.path(), 'utf8')).trim().split('\n');
    expect(csv[0]).toBe('date,distance,duration');
    expect(csv).toHaveLength(337);
    expect((await readTrainingExport(csv.join('\n'))).runs).toEqual((await readTrainingExport(lines.join('\n'))).runs);
    // The plan still uses them.
    const expected = generatePlan(getProtocol('patellofemoral-pain'), { startDate: START, goalDistance: { value: 30, unit: 'mi' }, history: (await readTrainingExport(lines.join('\n'), { unit: 'mi' })).runs } satisfies GeneratePlanOptions);
    expect((await planOnPage(page)).planned).toEqual(plannedRuns(expected));
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
    expect(new URLSearchParams(fragment(page).slice(1)).get('guard')).toBe('warn');
  });

  it('without a history says the plan was not checked against training', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    expect(await page.locator('.plan-flags li[data-kind="not-checked-against-training"]').count()).toBe(1);
    await expect(page.locator('#daily-chart .planned-bar').count()).resolves.toBe(0);
  });

  it('names the line and reason of each row it skips, plans with the runs it read, and keeps only those in the address', async () => {
    const { page, errors } = await session.open(`${FOUNDING_FRAGMENT}&history=${encodeURIComponent('2026-11-20,10km\n2026-11-21,far')}`);
    expect(await page.locator('#history-status').textContent()).toMatch(/^Read a date,distance CSV: 1 run, on 2026-11-20\. 1 row skipped \(line 2: /);
    expect(await page.locator('#history-skipped li').allTextContents()).toEqual(['line 2: cannot read the distance "far": expected e.g. 10km, 6.2mi, or a number in mi']);
    await expect(page.locator('.calendar .day').count()).resolves.toBe(14);
    expect(await page.locator('.plan-flags li[data-kind="not-checked-against-training"]').count()).toBe(0);
    expect(historyParam(page)).toBe('2026-11-20,10km');
    expect(errors).toEqual([]);
  });

  it('leaves runs on or after the start date out, and says so as the CLI does', async () => {
    const { page, errors } = await session.open(`${FOUNDING_FRAGMENT}&history=${encodeURIComponent('2026-11-28,5mi\n2026-12-05,5mi')}`);
    expect(await page.locator('#history-status').textContent()).toBe(
      'Read a date,distance CSV: 2 runs, 2026-11-28 to 2026-12-05. 1 run in the 30 days before 2026-12-01. 1 run on or after 2026-12-01 left out: they are not history.',
    );
    expect(await page.locator('.error[role="alert"]').count()).toBe(0);
    expect(historyParam(page)).toBe('2026-11-28,5mi');
    expect(errors).toEqual([]);
  });
});
