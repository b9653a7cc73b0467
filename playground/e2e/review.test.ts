import { reviewPlan, generatePlan, getProtocol, RED_FLAGS } from 'rehab-protocols';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTrainingExport } from 'rehab-protocols/import';
import { FOUNDING_FRAGMENT, FOUNDING_HISTORY, pasteHistory, start, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(async () => {
  await session?.close();
});

describe('logging and reviewing the plan', () => {
  it('offers the morning after the last day logged as the review’s day, so a rating on waking is read that morning', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    // Nothing logged: the plan's first day.
    expect(await page.inputValue('#review-today')).toBe('2026-12-01');
    await page.fill('#log-date', '2026-12-05');
    await page.fill('#pain-morning', '6');
    await page.click('#log-pain');
    expect(await page.inputValue('#review-today')).toBe('2026-12-06');
    await page.click('#review-button');
    expect(await page.locator('#review-status').getAttribute('data-status')).toBe('step-back');
    expect(await page.locator('.reasons li[data-rule="pain-on-waking"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

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

describe('the running load in the playground', () => {
  it('moves down after a logged flare: the next 7 days plan less, and no run as long as the one that hurt', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await pasteHistory(page);
    await page.fill('#log-date', '2026-12-04');
    await page.fill('#run-distance', '4');
    await page.fill('#pain-during', '7');
    await page.click('#log-run');
    await page.fill('#review-today', '2026-12-05');
    await page.click('#review-button');

    const plan = generatePlan(getProtocol('patellofemoral-pain'), { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' }, history: (await readTrainingExport(FOUNDING_HISTORY, { unit: 'mi' })).runs });
    const expected = reviewPlan(plan, [{ kind: 'run', date: '2026-12-04', distance: { value: 4, unit: 'mi' }, pain: { during: 7 } }], { today: '2026-12-05' });
    expect(await page.locator('#review-status').getAttribute('data-status')).toBe('step-back');
    expect(expected.status).toBe('step-back');
    const change = page.locator('.load-change');
    const before = Number(await change.getAttribute('data-before'));
    const after = Number(await change.getAttribute('data-after'));
    expect(after).toBeLessThan(before);
    const days = await page.locator('.load-change tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-after'))));
    expect(days).toHaveLength(7);
    for (const value of days) expect(value).toBeLessThanOrEqual(0.8 * 4 + 1e-9);
    expect(days).toEqual(expected.plan.days.filter((day) => day.date >= '2026-12-05' && day.date < '2026-12-12').map((day) => day.running.planned?.distance?.value ?? 0));
    expect(errors).toEqual([]);
  });
});

describe('the review in the runner’s words', () => {
  const plan = () => generatePlan(getProtocol('patellofemoral-pain'), { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
  const fragmentLog = (url: string) => JSON.parse(new URLSearchParams(new URL(url).hash.slice(1)).get('log') ?? '[]') as unknown;

  it.each([['1280×800', { width: 1280, height: 800 }], ['390×844', { width: 390, height: 844 }]] as const)(
    'says the status in words ("Step back: …"), with the reasons as sentences, at %s',
    async (_name, viewport) => {
      const { page, errors } = await session.open(FOUNDING_FRAGMENT, { viewport });
      await page.fill('#log-date', '2026-12-05');
      await page.fill('#pain-during', '7');
      await page.click('#log-pain');
      await page.fill('#review-today', '2026-12-06');
      await page.click('#review-button');
      expect(await page.locator('.review-result .status').textContent()).toMatch(/^Step back: run less for a while/);
      expect(await page.locator('.review-result').textContent()).not.toMatch(/step-back/);
      for (const reason of await page.locator('.review-result .reasons li').allTextContents()) expect(reason).toMatch(/^[A-Z].*\.$/);
      expect(errors).toEqual([]);
    },
  );

  it('has a field for the usual morning pain, passed to reviewPlan as baselinePain and kept in the address', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await page.fill('#log-date', '2026-12-05');
    await page.fill('#pain-morning', '3');
    await page.click('#log-pain');
    await page.fill('#review-today', '2026-12-06');
    await page.click('#review-button');
    const log = [{ kind: 'pain', date: '2026-12-05', nextMorning: 3 }] as const;
    expect(await page.locator('#review-status').getAttribute('data-status')).toBe(reviewPlan(plan(), log, { today: '2026-12-06' }).status);
    expect(await page.locator('#review-status').getAttribute('data-status')).toBe('step-back');
    await page.fill('#baseline-pain', '3');
    await page.click('#review-button');
    const expected = reviewPlan(plan(), log, { today: '2026-12-06', baselinePain: 3 });
    expect(expected.status).not.toBe('step-back');
    expect(await page.locator('#review-status').getAttribute('data-status')).toBe(expected.status);
    expect(await page.locator('.review-result .reasons li').allTextContents()).toEqual(expected.reasons.map((reason) => reason.message));
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('baseline')).toBe('3');
    expect(await page.locator('label[for="baseline-pain"]').textContent()).toBe('Usual morning pain (0–10)');
    await page.reload();
    expect(await page.inputValue('#baseline-pain')).toBe('3');
    expect(errors).toEqual([]);
  });

  it('"Log a run" saves the pain typed beside it: during and after with the run, the next morning as a pain entry', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await page.fill('#log-date', '2026-12-04');
    await page.fill('#run-distance', '4');
    await page.fill('#pain-during', '3');
    await page.fill('#pain-after', '2');
    await page.fill('#pain-morning', '4');
    await page.click('#log-run');
    expect(fragmentLog(page.url())).toEqual([
      { kind: 'run', date: '2026-12-04', distance: { value: 4, unit: 'mi' }, pain: { during: 3, after: 2 } },
      { kind: 'pain', date: '2026-12-04', nextMorning: 4 },
    ]);
    expect(await page.locator('.log li').allTextContents()).toEqual(['2026-12-04: run 4 mi (pain during 3, after 2 of 10)', '2026-12-04: pain during –, after –, next morning 4 (of 10)']);
    expect(errors).toEqual([]);
  });

  it('asks in words for what is missing, instead of logging nothing in silence', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    await page.fill('#pain-during', '3');
    await page.click('#log-run');
    expect(await page.locator('#log-note').textContent()).toBe('Enter how far you ran, in miles, then press "Log a run".');
    expect(fragmentLog(page.url())).toEqual([]);
  });

  it.each([['1280×800', { width: 1280, height: 800 }], ['390×844', { width: 390, height: 844 }]] as const)('says what an empty goal needs in words, not the library’s developer message, at %s', async (_name, viewport) => {
    const { page, errors } = await session.open('#protocol=patellofemoral-pain&start=2026-12-01&goal=&unit=mi', { viewport });
    const text = await page.locator('.error[role="alert"]').textContent();
    expect(text).toContain('Enter how far you want to build back to, e.g. 30 mi, in "Goal distance".');
    expect(text).not.toMatch(/goalDistance|\{|pass /);
    expect(errors).toEqual([]);
  });
});

describe('a warning sign in the review', () => {
  const plan = () => generatePlan(getProtocol('patellofemoral-pain'), { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
  const fragmentLog = (url: string) => JSON.parse(new URLSearchParams(new URL(url).hash.slice(1)).get('log') ?? '[]') as unknown;

  it.each([['1280×800', { width: 1280, height: 800 }], ['390×844', { width: 390, height: 844 }]] as const)(
    'a swollen calf logged on a day refers today, stops the running, and a clearance logged later lets it go on, at %s',
    async (_name, viewport) => {
      const { page, errors } = await session.open(FOUNDING_FRAGMENT, { viewport });
      await page.fill('#log-date', '2026-12-05');
      await page.selectOption('#red-flag', 'calf-swelling');
      await page.click('#log-red-flag');
      expect(fragmentLog(page.url())).toEqual([{ kind: 'symptom', date: '2026-12-05', redFlag: 'calf-swelling' }]);
      // The day stays on the day just logged, for the next entry of that day.
      expect(await page.inputValue('#log-date')).toBe('2026-12-05');
      expect(await page.locator('.log li').allTextContents()).toEqual(['2026-12-05: warning sign, a swollen calf']);
      await page.fill('#review-today', '2026-12-06');
      await page.click('#review-button');

      const log = [{ kind: 'symptom', date: '2026-12-05', redFlag: 'calf-swelling' }] as const;
      const expected = reviewPlan(plan(), log, { today: '2026-12-06' });
      expect(expected.status).toBe('refer');
      expect(expected.reasons[0]?.urgency).toBe('today');
      expect(await page.locator('#review-status').getAttribute('data-status')).toBe('refer');
      expect(await page.locator('.review-result .status').textContent()).toBe('See a clinician today: stop the plan and see a doctor today.');
      expect(await page.locator('.review-result .reasons li').allTextContents()).toEqual(expected.reasons.map((reason) => reason.message));
      // What the runner sees next: no running on any day ahead until a clinician clears them, on the page as in the plan.
      const ahead = expected.plan.days.filter((day) => day.date >= '2026-12-06');
      expect(ahead.every((day) => day.running.intensity === 'rest')).toBe(true);
      const revised = await page.locator('.review-result .revised li').allTextContents();
      expect(revised).toHaveLength(ahead.length);
      for (const [index, line] of revised.entries()) {
        expect(line).toContain(`(${ahead[index]?.date})`);
        expect(line).toMatch(/: no running$/);
      }

      // Seen and cleared on the 7th: the review of the 8th no longer refers, and the days ahead run again.
      await page.fill('#log-date', '2026-12-07');
      await page.click('#log-clearance');
      await page.fill('#review-today', '2026-12-08');
      await page.click('#review-button');
      const fromScratch = reviewPlan(plan(), [...log, { kind: 'clearance', date: '2026-12-07' }], { today: '2026-12-08' });
      expect(fromScratch.status).not.toBe('refer');
      expect(await page.locator('#review-status').getAttribute('data-status')).toBe(fromScratch.status);
      expect(await page.locator('.review-result .reasons li').allTextContents()).toEqual(fromScratch.reasons.map((reason) => reason.message));
      expect(fromScratch.plan.days.some((day) => day.date >= '2026-12-08' && day.running.intensity !== 'rest')).toBe(true);
      expect(errors).toEqual([]);
    },
  );

  it('says "within days" for groin pain with running, and a warning sign logged after a same-day clearance still refers', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    await page.fill('#log-date', '2026-12-04');
    await page.selectOption('#red-flag', 'groin-pain-with-running');
    await page.click('#log-red-flag');
    await page.fill('#review-today', '2026-12-05');
    await page.click('#review-button');
    expect(reviewPlan(plan(), [{ kind: 'symptom', date: '2026-12-04', redFlag: 'groin-pain-with-running' }], { today: '2026-12-05' }).reasons[0]?.urgency).toBe('within-days');
    expect(await page.locator('.review-result .status').textContent()).toMatch(/^See a clinician within days: stop the plan/);

    // Cleared on the 6th, then a swollen calf logged that same day: the calf came after the clearance, and refers.
    await page.fill('#log-date', '2026-12-06');
    await page.click('#log-clearance');
    await page.selectOption('#red-flag', 'calf-swelling');
    await page.click('#log-red-flag');
    expect(await page.inputValue('#log-date')).toBe('2026-12-06');
    await page.fill('#review-today', '2026-12-07');
    await page.click('#review-button');
    expect(await page.locator('#review-status').getAttribute('data-status')).toBe('refer');
    expect(await page.locator('.review-result .status').textContent()).toMatch(/^See a clinician today:/);
    // The log survives a reload from the address, warning signs and clearance included.
    await page.reload();
    expect(fragmentLog(page.url())).toEqual([
      { kind: 'symptom', date: '2026-12-04', redFlag: 'groin-pain-with-running' },
      { kind: 'clearance', date: '2026-12-06' },
      { kind: 'symptom', date: '2026-12-06', redFlag: 'calf-swelling' },
    ]);
    expect(await page.locator('#review-status').getAttribute('data-status')).toBe('refer');
    expect(errors).toEqual([]);
  });

  it('asks which warning sign before logging one', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    await page.click('#log-red-flag');
    expect(await page.locator('#log-note').textContent()).toBe('Choose the warning sign you noticed, then press "Log the warning sign".');
    expect(fragmentLog(page.url())).toEqual([]);
    // Every red flag can be logged, each as something noticed on that day in the review's own words (not the matcher's
    // questions about how the pain started or the runner's background: "Did it start with a fall…?", "Are you under 18…?").
    const options = await page.locator('#red-flag option').allTextContents();
    expect(options).toHaveLength(RED_FLAGS.length + 1);
    for (const option of options.slice(1)) expect(option).not.toMatch(/\?$|^(Did|Are|Have|Is|Does|Do) /);
    // Nor a bare vocabulary id ("Swelling" was the id `swelling`).
    for (const option of options.slice(1)) expect(RED_FLAGS.map((flag) => flag.replaceAll('-', ' '))).not.toContain(option.toLowerCase());
    expect(await page.locator('#red-flag option[value="pain-on-hopping"]').textContent()).toBe('Pain in the bone on hopping');
    expect(await page.locator('#red-flag option[value="trauma"]').textContent()).toBe('A fall, a blow or another injury');
  });
});
