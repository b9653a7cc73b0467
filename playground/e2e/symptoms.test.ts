import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMore, start, SYMPTOMS, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(async () => {
  await session?.close();
});


/** Ticks the boxes of the founding runner's answers, as a visitor would. */
async function describeTheFoundingCase(page: Page): Promise<void> {
  await page.selectOption('#region', 'knee');
  await openMore(page);
  await page.selectOption('#side', 'left');
  await page.selectOption('#onset', 'gradual');
  const answers = { locations: ['anterior', 'retropatellar', 'medial'], aggravatedBy: ['running', 'downhill-walking', 'stairs-descent'], painFreeDuring: ['cycling', 'elliptical'], trainingChange: ['intensity-increase'] };
  for (const [field, values] of Object.entries(answers)) for (const value of values) await page.check(`#${field}-${value}`);
}

describe('the symptom form', () => {
  it('asks the knee’s warning signs, and with every answer "no" reaches the patellofemoral plan', async () => {
    const { page, errors } = await session.open(SYMPTOMS);
    await describeTheFoundingCase(page);
    const asked: string[] = [];
    for (let turn = 0; turn < 20 && (await page.locator('#question-text').count()) > 0; turn += 1) {
      asked.push((await page.locator('#question-text').textContent()) ?? '');
      await page.click('#answer-no');
    }
    expect(asked).toContain('Is the knee swollen?');
    expect(asked).toContain('Does the pain wake you at night, even when you are not lying on the sore side?');
    await expect(page.locator('#plan-heading').textContent()).resolves.toMatch(/patellofemoral/i);
    expect(await page.locator('.match strong').textContent()).toBe('Patellofemoral pain');
    await expect(page.locator('.calendar .day').count()).resolves.toBe(14);
    expect(await page.locator('.answered li').count()).toBe(asked.length);
    // "Answered so far" lists each question in the words it was asked in ("Is the knee swollen?", not the general words).
    const answered = (await page.locator('.answered li').allTextContents()).map((text) => text.replace(/\s*(Yes|No)$/, '').trim());
    expect([...answered].sort()).toEqual([...asked].sort());
    // The answers travel in the fragment: reloading the address shows the same plan.
    await page.reload();
    await expect(page.locator('#plan-heading').textContent()).resolves.toMatch(/patellofemoral/i);
    expect(errors).toEqual([]);
  });

  it('puts "see a doctor for a RED-S assessment" first on the plan of a runner who reports irregular periods', async () => {
    const { page, errors } = await session.open(SYMPTOMS);
    await describeTheFoundingCase(page);
    await page.check('#background-irregular-periods');
    for (let turn = 0; turn < 20 && (await page.locator('#question-text').count()) > 0; turn += 1) await page.click('#answer-no');
    await expect(page.locator('#plan-heading').textContent()).resolves.toMatch(/patellofemoral/i);
    const alert = page.locator('.plan [role="alert"][data-kind="red-s"]');
    expect(await alert.textContent()).toMatch(/^See a doctor first\. See a doctor for an energy-availability \(RED-S\) assessment/);
    // Above the plan's details, and not repeated among the notes.
    const order = await page.evaluate(() => {
      const plan = document.querySelector('.plan');
      const first = plan?.querySelector('[data-kind="red-s"]');
      const match = plan?.querySelector('.match');
      return first && match ? Boolean(first.compareDocumentPosition(match) & Node.DOCUMENT_POSITION_FOLLOWING) : false;
    });
    expect(order).toBe(true);
    await expect(page.locator('.plan-flags [data-kind="red-s"]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('refers a runner who answers "yes" to a warning sign, and says why', async () => {
    const { page, errors } = await session.open(SYMPTOMS);
    await describeTheFoundingCase(page);
    expect(await page.locator('#question-text').textContent()).toBe('Is the knee swollen?');
    await page.click('#answer-yes');
    expect(await page.locator('#referral-heading').textContent()).toBe('See a clinician before any plan');
    const reasons = await page.locator('.referral .reasons li').allTextContents();
    expect(reasons[0]).toMatch(/swollen/i);
    expect(await page.locator('.referral .reasons li').first().getAttribute('data-kind')).toBe('red-flag');
    expect(await page.locator('.referral .reasons li').first().getAttribute('data-urgency')).toBe('routine');
    await expect(page.locator('.plan').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('says "today" where a warning sign needs a clinician today, and marks the referral so', async () => {
    const { page, errors } = await session.open(SYMPTOMS);
    await page.selectOption('#region', 'calf');
    expect(await page.locator('#question-text').textContent()).toBe('Is the calf swollen, warm or red?');
    await page.click('#answer-yes');
    expect(await page.locator('#referral-heading').textContent()).toBe('See a clinician today');
    expect(await page.locator('.referral').getAttribute('data-urgency')).toBe('today');
    expect(await page.locator('.referral .reasons li').first().textContent()).toMatch(/blood clot: see a clinician today/);
    expect(errors).toEqual([]);
  });

  it('asks a warning sign again when the runner changes where it hurts, in the new words', async () => {
    const { page, errors } = await session.open(SYMPTOMS);
    await page.selectOption('#region', 'knee');
    expect(await page.locator('#question-text').textContent()).toBe('Is the knee swollen?');
    await page.click('#answer-yes');
    expect(await page.locator('#referral-heading').textContent()).toBe('See a clinician before any plan');
    // "Yes, the knee is swollen" says nothing of the ankle: the referral goes and the question comes back for the ankle.
    await page.selectOption('#region', 'ankle');
    await expect(page.locator('.referral').count()).resolves.toBe(0);
    await expect(page.locator('.answered li').count()).resolves.toBe(0);
    // The ankle's urgent sign (a sudden start: a possible tear, see a clinician today) comes first; its swelling is asked
    // among the rest, in the ankle's words.
    expect(await page.locator('#question-text').textContent()).toMatch(/^Did it start at one moment/);
    const asked: string[] = [];
    for (let turn = 0; turn < 10 && !asked.includes('Is the ankle swollen?'); turn += 1) {
      asked.push((await page.locator('#question-text').textContent()) ?? '');
      if (!asked.includes('Is the ankle swollen?')) await page.click('#answer-no');
    }
    expect(asked).toContain('Is the ankle swollen?');
    expect(asked).not.toContain('Is the knee swollen?');
    expect(errors).toEqual([]);
  });

  it("plans what a clinician diagnosed once the warning signs are ruled out and what defines it is confirmed, and says whose diagnosis it is", async () => {
    // "My doctor says I have plantar fasciitis ... it hurts as soon as I get up in the morning": the warning signs,
    // then whether it hurts under the heel (how plantar heel pain is defined), and nothing else.
    const { page, errors } = await session.open(SYMPTOMS);
    await page.selectOption('#region', 'heel');
    await openMore(page);
    await page.check('#aggravatedBy-first-steps-after-rest');
    await page.selectOption('#diagnosedAs', 'plantar-heel-pain');
    const asked: string[] = [];
    for (let turn = 0; turn < 20 && (await page.locator('#question-text').count()) > 0; turn += 1) {
      const text = (await page.locator('#question-text').textContent()) ?? '';
      asked.push(`${(await page.locator('.question .kind').textContent()) ?? ''}: ${text}`);
      await page.click(/under the heel/.test(text) ? '#answer-yes' : '#answer-no');
    }
    const findings = asked.filter((question) => !question.startsWith('A warning sign to rule out first'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/under the heel/);
    expect(asked.length).toBeGreaterThan(1);
    await expect(page.locator('#plan-heading').textContent()).resolves.toMatch(/^Plantar heel pain/);
    expect(await page.locator('.plan .match').textContent()).toBe('This plan is for Plantar heel pain, as a clinician diagnosed it.');
    expect(await page.locator('.plan [role="alert"][data-kind="diagnosed"]').textContent()).toMatch(/^Your clinician first\. This plan follows what a clinician diagnosed: Plantar heel pain\. What they advised comes first/);
    await expect(page.locator('.plan-flags [data-kind="diagnosed"]').count()).resolves.toBe(0);
    // A diagnosis is of the region's pain: another region drops it.
    await page.selectOption('#region', 'knee');
    expect(await page.locator('#diagnosedAs').inputValue()).toBe('');
    expect(errors).toEqual([]);
  });

  it('offers a supervised protocol only when the runner can be supervised, and otherwise says who could set it up', async () => {
    const { page, errors } = await session.open(SYMPTOMS);
    await openMore(page);
    for (const id of ['locations-anterior', 'locations-inferior-pole-patella', 'aggravatedBy-jumping', 'aggravatedBy-squatting']) await page.check(`#${id}`);
    for (let turn = 0; turn < 20 && (await page.locator('#question-text').count()) > 0; turn += 1) await page.click('#answer-no');
    expect(await page.locator('.referral .reasons li').first().getAttribute('data-kind')).toBe('needs-supervision');
    expect(await page.locator('.referral .reasons li').first().textContent()).toMatch(/Patellar tendinopathy.*supervise/);
    await page.check('#setting-supervised');
    await expect(page.locator('#plan-heading').textContent()).resolves.toMatch(/^Patellar tendinopathy/);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('settings')).toBe('home,supervised');
    expect(errors).toEqual([]);
  });

  it('can be answered with the keyboard alone', async () => {
    const { page } = await session.open(SYMPTOMS);
    await describeTheFoundingCase(page);
    await page.focus('#answer-no');
    const first = await page.locator('#question-text').textContent();
    await page.keyboard.press('Enter');
    expect(await page.locator('#question-text').textContent()).not.toBe(first);
    // Focus stays on the answer buttons, so the next question can be answered at once.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer-no');
  });
});
