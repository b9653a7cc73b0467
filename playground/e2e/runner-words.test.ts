import { AGGRAVATED_BY, BACKGROUND, LOCATIONS, ONSETS, PAIN_FREE_DURING, RED_FLAGS, REGIONS, SIDES, SIGNS, TRAINING_CHANGES } from 'rehab-protocols';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_FRAGMENT, openMore, start, SYMPTOMS, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(async () => {
  await session?.close();
});

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [['1280×800', DESKTOP], ['390×844', PHONE]] as const;

/** Every vocabulary id, and its dash-to-space form, lower case: none may stand alone as a label. */
const IDS = new Set(
  [LOCATIONS, AGGRAVATED_BY, PAIN_FREE_DURING, TRAINING_CHANGES, SIGNS, BACKGROUND, RED_FLAGS, SIDES, ONSETS].flatMap((values) => values.flatMap((value) => [value, value.replaceAll('-', ' ')])),
);

/** The text of every label, legend, option and question on the page, trimmed. */
async function labels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('label, legend, option, summary, #question-text, .answered li')].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

describe('the symptom form speaks the runner’s words', () => {
  it.each(REGIONS)('labels nothing with a vocabulary id for the %s, and offers only its locations', async (region) => {
    const { page, errors } = await session.open(SYMPTOMS);
    await page.selectOption('#region', region);
    await openMore(page);
    const texts = await labels(page);
    const bare = texts.filter((text) => IDS.has(text.toLowerCase()));
    expect(bare).toEqual([]);
    // A clinical term only in brackets, after the runner's words.
    const locations = await page.locator('fieldset.group:has(#locations-none) label.check').allTextContents();
    expect(locations.length).toBeGreaterThan(6);
    for (const label of locations) {
      const words = label.trim().replace(/ \([a-z ]+\)$/, '');
      expect(IDS.has(words.toLowerCase())).toBe(false);
      expect(words.split(' ').length).toBeGreaterThanOrEqual(3);
    }
    expect(texts.join('\n')).not.toMatch(/not asked/);
    expect(errors).toEqual([]);
  });

  it('offers a knee the kneecap and the joint line, not the heel, the buttock or the groin; a hip the reverse', async () => {
    const { page } = await session.open(SYMPTOMS);
    await openMore(page);
    const offered = () => page.locator('[id^="locations-"]:not(#locations-none)').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    const knee = await offered();
    expect(knee).toEqual(expect.arrayContaining(['retropatellar', 'inferior-pole-patella', 'joint-line', 'pes-anserine']));
    for (const away of ['plantar-medial-heel', 'buttock', 'groin', 'ischial-tuberosity', 'achilles-insertion']) expect(knee).not.toContain(away);
    expect(await page.locator('label:has(#locations-retropatellar)').textContent()).toBe(' Behind or under the kneecap (retropatellar)');
    await page.selectOption('#region', 'hip');
    const hip = await offered();
    expect(hip).toEqual(expect.arrayContaining(['greater-trochanter', 'groin', 'buttock']));
    expect(hip).not.toContain('retropatellar');
  });

  it('asks "Which side?" as Not sure / Left leg / Right leg / Both legs', async () => {
    const { page } = await session.open(SYMPTOMS);
    await openMore(page);
    expect(await page.locator('#side option').allTextContents()).toEqual(['Not sure', 'Left leg', 'Right leg', 'Both legs']);
    expect(await page.locator('label[for="side"]').textContent()).toBe('Which side?');
  });
});

describe('the symptom path on a phone, one question at a time', () => {
  it.each(VIEWPORTS)('shows the region and the first warning-sign question without scrolling at %s', async (_name, viewport) => {
    const { page, errors } = await session.open(SYMPTOMS, { viewport });
    const bottoms = await page.evaluate(() => ({
      region: document.getElementById('region')?.getBoundingClientRect().bottom ?? Infinity,
      question: document.getElementById('question-text')?.getBoundingClientRect().bottom ?? Infinity,
      yes: document.getElementById('answer-yes')?.getBoundingClientRect().bottom ?? Infinity,
      no: document.getElementById('answer-no')?.getBoundingClientRect().bottom ?? Infinity,
      innerHeight,
    }));
    expect(bottoms.region).toBeLessThan(bottoms.question);
    for (const bottom of [bottoms.question, bottoms.yes, bottoms.no]) expect(bottom).toBeLessThanOrEqual(bottoms.innerHeight);
    expect(await page.locator('#question-text').textContent()).toBe('Is the knee swollen?');
    // Big enough for a thumb: at least 44 px high.
    expect((await page.locator('#answer-yes').boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(errors).toEqual([]);
  });

  it('is chosen by the control labelled "symptoms": from the founding plan to the first question, still on the first screen', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT, { viewport: PHONE });
    await page.getByLabel('symptoms', { exact: true }).check();
    await page.locator('#question-text').waitFor();
    const bottom = await page.evaluate(() => (document.getElementById('answer-no')?.getBoundingClientRect().bottom ?? Infinity) <= innerHeight);
    expect(bottom).toBe(true);
  });

  it('takes "my knee hurts" to a plan on a phone, one yes/no at a time, without a vocabulary id on the way', async () => {
    const { page, errors } = await session.open(SYMPTOMS, { viewport: PHONE });
    await page.selectOption('#region', 'knee');
    const seen: string[] = [];
    for (let turn = 0; turn < 30 && (await page.locator('#question-text').count()) > 0; turn += 1) {
      seen.push((await page.locator('#question-text').textContent()) ?? '');
      expect(await page.evaluate(() => (document.getElementById('answer-no')?.getBoundingClientRect().bottom ?? Infinity) <= innerHeight)).toBe(true);
      // The founding runner: pain behind the kneecap, worse downhill and on stairs; no to the rest.
      const yes = /behind or under the kneecap|down stairs|walking downhill|at the front/i.test(seen.at(-1) ?? '');
      await page.click(yes ? '#answer-yes' : '#answer-no');
    }
    await page.locator('#plan-heading, #referral-heading').first().waitFor();
    expect(await page.locator('#plan-heading, #referral-heading').first().textContent()).toMatch(/patellofemoral|clinician/i);
    await page.click('.answered summary');
    const texts = [...seen, ...(await labels(page))];
    expect(texts.filter((text) => IDS.has(text.toLowerCase()))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('an outer knee is asked where on the outside, once', () => {
  /** Ticks "the outside of the knee" in the form, then answers each question: `bump` to the band's self-test, no to the rest. */
  async function outerKnee(bump: boolean | 'unsure') {
    const { page, errors } = await session.open(SYMPTOMS, { viewport: PHONE });
    await page.selectOption('#region', 'knee');
    await openMore(page);
    await page.check('#locations-lateral');
    const seen: string[] = [];
    for (let turn = 0; turn < 40 && (await page.locator('#question-text').count()) > 0; turn += 1) {
      seen.push((await page.locator('#question-text').textContent()) ?? '');
      const selfTest = /press on the outside of the thigh bone/.test(seen.at(-1) ?? '');
      await page.click(!selfTest ? '#answer-no' : bump === 'unsure' ? '#answer-unsure' : bump ? '#answer-yes' : '#answer-no');
    }
    await page.locator('#plan-heading, #referral-heading').first().waitFor();
    return { page, errors, seen, heading: (await page.locator('#plan-heading, #referral-heading').first().textContent()) ?? '' };
  }

  it('is referred, not asked again, when the runner is not sure of the tender spot', async () => {
    const { page, seen, errors } = await outerKnee('unsure');
    expect(seen.filter((text) => /press on the outside of the thigh bone/.test(text))).toHaveLength(1);
    expect(await page.locator('#referral-heading').count()).toBe(1);
    expect(await page.locator('main').textContent()).toMatch(/you were not sure of what decides it/);
    await page.click('.answered summary');
    const answered = await page.locator('.answered li').allTextContents();
    expect(answered.filter((text) => /thigh bone/.test(text))).toEqual([expect.stringMatching(/Not sure$/)]);
    // Ticking the spot in the form later answers it: the ticked list replaces "not sure", and the band's plan follows.
    await openMore(page);
    await page.check('#locations-lateral-femoral-epicondyle');
    await page.locator('#plan-heading').waitFor();
    expect(await page.locator('#plan-heading').textContent()).toMatch(/iliotibial band/i);
    expect(errors).toEqual([]);
  });

  it('gets the band’s plan when the runner finds the tender spot', async () => {
    const { seen, heading, errors } = await outerKnee(true);
    expect(seen.filter((text) => /press on the outside of the thigh bone/.test(text))).toHaveLength(1);
    expect(heading).toMatch(/iliotibial band/i);
    expect(errors).toEqual([]);
  });

  it('does not get it, and is asked no other place again, when the runner does not', async () => {
    const { page, seen, heading, errors } = await outerKnee(false);
    expect(seen.filter((text) => /press on the outside of the thigh bone/.test(text))).toHaveLength(1);
    // The ticked list stays whole: no other place is asked one by one.
    expect(seen.filter((text) => /^Is the pain (at|on|behind|around|just|along|spread)/.test(text))).toEqual([]);
    expect(heading).not.toMatch(/iliotibial band/i);
    await page.click('.answered summary');
    const answered = await page.locator('.answered li').allTextContents();
    expect(answered.filter((text) => /thigh bone/.test(text))).toEqual([expect.stringMatching(/No$/)]);
    // Ticking another place keeps that answer: the self-test is not asked again.
    await openMore(page);
    await page.check('#locations-anterior');
    await page.locator('#question-text, #plan-heading, #referral-heading').first().waitFor();
    const next = (await page.locator('#question-text').count()) > 0 ? ((await page.locator('#question-text').textContent()) ?? '') : '';
    expect(next).not.toMatch(/press on the outside of the thigh bone/);
    expect(errors).toEqual([]);
  });
});

describe('"not sure" stays what the runner said', () => {
  it('keeps a "not sure" to twisting when the runner ticks something else that makes it worse, not after "None of these"', async () => {
    const { page, errors } = await session.open(SYMPTOMS, { viewport: PHONE });
    await page.selectOption('#region', 'knee');
    await openMore(page);
    await page.check('#locations-anterior');
    for (let turn = 0; turn < 40 && (await page.locator('#question-text').count()) > 0; turn += 1) {
      const text = (await page.locator('#question-text').textContent()) ?? '';
      await page.click(/twist/i.test(text) ? '#answer-unsure' : '#answer-no');
    }
    await page.locator('#referral-heading').waitFor();
    await openMore(page);
    await page.check('#aggravatedBy-stairs-descent');
    await page.locator('#question-text, #plan-heading, #referral-heading').first().waitFor();
    // Still not sure of a twist: the ticked list answers the rest of the group, not that.
    await page.click('.answered summary');
    const answered = await page.locator('.answered li').allTextContents();
    expect(answered.filter((text) => /twist/i.test(text))).toEqual([expect.stringMatching(/Not sure$/)]);
    // "None of these" answers it too.
    await page.check('#aggravatedBy-none');
    await page.locator('#question-text, #plan-heading, #referral-heading').first().waitFor();
    const after = (await page.locator('.answered summary').count()) > 0 ? await page.locator('.answered li').allTextContents() : [];
    expect(after.filter((text) => /twist/i.test(text))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the charts are legible on a phone', () => {
  it.each(VIEWPORTS)('draws no chart text under 11 px at %s', async (_name, viewport) => {
    const { page } = await session.open(FOUNDING_FRAGMENT, { viewport });
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('svg.chart text')].map((text) => {
        const chart = text.closest('svg') as SVGSVGElement;
        const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
        return { chart: chart.id, text: text.textContent, px: Number.parseFloat(getComputedStyle(text).fontSize) * scale };
      }),
    );
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((size) => size.px < 11)).toEqual([]);
  });

  it('labels fewer days on a phone, and the labels do not overlap', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT, { viewport: PHONE });
    const boxes = await page.locator('#daily-chart .day-label').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect()).map(({ left, right }) => ({ left, right })));
    expect(boxes.length).toBeLessThan(14);
    for (let index = 1; index < boxes.length; index += 1) expect(boxes[index]?.left).toBeGreaterThan(boxes[index - 1]?.right ?? Infinity);
  });
});
