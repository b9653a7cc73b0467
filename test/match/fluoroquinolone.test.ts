import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, nextQuestions, planForProfile, questionText, reviewPlan, type LogEntry, type PlanForProfileResult, type SymptomProfile } from 'rehab-protocols';
import { answerEach } from '../fixtures/answer-each.js';
import { said } from '../vignettes/page-vignette.js';

// Fluoroquinolone antibiotics (ciprofloxacin, levofloxacin, …) can damage tendons, the Achilles above all, from the
// first doses to months after the course, and a tendon so damaged can tear under load; the usual eccentric loading may
// not suit it (Lewis & Cook 2014, J Athl Train, doi:10.4085/1062-6050-49.2.09). A runner with Achilles pain who has
// taken one is referred, not given a heavy-loading plan. What the runner sees next: the question, then the referral.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

const fluoroquinolone = (result: PlanForProfileResult) =>
  result.kind === 'referral' ? result.reasons.find((reason) => reason.kind === 'red-flag' && reason.redFlag === 'fluoroquinolone') : undefined;

/** Answers every question: `fluoroquinolone` as given, everything else from the runner's story (`said`), or "no". */
const answerAll = (profile: SymptomProfile, tookOne: boolean | 'unsure', said: readonly string[] = []) =>
  answerEach(profile, options, (question) => (question.value === 'fluoroquinolone' ? tookOne : said.includes(question.value ?? '')));

// Runners' and a textbook's own words, encoded here (no clinician on these pages decided the library's action; each
// says what happened):
// - P.M., "a 40-year-old computer programmer/analyst and recreational runner" who "typically runs 15 to 20 miles each
//   week", was prescribed "a short course of oral ciprofloxacin (Cipro)" for a urinary infection; "several days later,
//   she began to experience pain and stiffness in her left Achilles tendon. She had been steadily increasing her
//   weekly mileage in preparation for a half-marathon", and had had "an episode of left Achilles tendinopathy that
//   occurred several years ago" (a rehabilitation pharmacology textbook's case, openbooks.link/?p=21800).
// Only what the story says: each list value mentioned, the rest still to ask (`said`).
const textbookRunner: SymptomProfile = said({
  region: 'ankle',
  side: 'left',
  sex: 'female',
  age: 40,
  locations: ['achilles'],
  aggravatedBy: ['running'],
  trainingChange: ['mileage-increase'],
  background: ['previous-episode'],
});
// - A runner's blog (w0ep.us/TM, January 2017, "Tendon Rupture!?!"): prescribed a fluoroquinolone for a small infection,
//   "My next run was the day I had taken that second pill. While I was running, I felt a niggle in my Achilles Tendon
//   … I had never had any problems with my Achilles in the past", and after the run "Any little step and my Achilles
//   let me know it was unhappy."
const bloggingRunner: SymptomProfile = said({ region: 'ankle', locations: ['achilles'], aggravatedBy: ['running', 'walking'] });

describe('a runner with Achilles pain who has taken a fluoroquinolone antibiotic', () => {
  it('is asked about it, and referred in words that say why and how soon, where the same runner without one gets a plan', () => {
    const without = answerAll(textbookRunner, false, ['achilles-midportion']);
    expect(without.asked).toContain('fluoroquinolone');
    expect(without.result.kind).toBe('plan');
    const withOne = answerAll(textbookRunner, true, ['achilles-midportion']);
    expect(withOne.result.kind).toBe('referral');
    const reason = fluoroquinolone(withOne.result);
    expect(reason?.message).toMatch(/fluoroquinolone antibiotic .* in the last six months/);
    expect(reason?.message).toMatch(/If you are still taking it, the UK medicines regulator's advice is to stop it at the first sign of tendon pain and to contact the doctor who prescribed it straight away/);
    expect(reason?.message).toMatch(/Do not start a running or tendon-loading plan: see a clinician within days to examine the tendon\./);
    expect(reason?.urgency).toBe('within-days');
  });

  it('is referred from the runner\'s blog, asked before the less urgent questions', () => {
    expect(fluoroquinolone(answerAll(bloggingRunner, true).result)).toBeDefined();
    // Urgent: asked before night and rest pain, so an app that stops at the first "yes" has asked it.
    const { asked } = answerAll(bloggingRunner, false);
    expect(asked).toContain('night-pain');
    expect(asked.indexOf('fluoroquinolone')).toBeLessThan(asked.indexOf('night-pain'));
  });

  it('"not sure" refers as a yes does', () => {
    expect(fluoroquinolone(answerAll(bloggingRunner, 'unsure').result)).toBeDefined();
  });

  it.each(['calf', 'ankle', 'heel'] as const)('is asked at the %s, where the Achilles tendon can hurt', (region) => {
    expect(nextQuestions({ region }, { limit: 40 }).map((question) => question.value)).toContain('fluoroquinolone');
  });

  it.each(['knee', 'shin', 'hip', 'thigh', 'foot'] as const)('is not asked at the %s', (region) => {
    expect(nextQuestions({ region }, { limit: 40 }).map((question) => question.value)).not.toContain('fluoroquinolone');
  });

  it('is asked in words that name the antibiotics, as a runner would find them on the packet', () => {
    const text = questionText('redFlags', 'fluoroquinolone', { region: 'ankle' });
    expect(text).toMatch(/ciprofloxacin/);
    expect(text).toMatch(/-floxacin/);
    expect(text).toMatch(/last six months/);
  });
});

describe('a fluoroquinolone logged during an Achilles plan', () => {
  it('stops the running and the loading exercises until a clinician clears the runner', () => {
    const protocol = getProtocol('achilles-tendinopathy-midportion-eccentric');
    const plan = generatePlan(protocol, { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const log: LogEntry[] = [{ kind: 'symptom', date: '2026-12-03', redFlag: 'fluoroquinolone' }];
    const review = reviewPlan(plan, log, { today: '2026-12-04' });
    expect(review.status).toBe('refer');
    const reason = review.reasons.find((entry) => entry.rule === 'red-flag');
    expect(reason?.message).toMatch(/^On 2026-12-03 you logged a fluoroquinolone antibiotic/);
    expect(reason?.message).toMatch(/contacting the doctor who prescribed it straight away/);
    expect(reason?.message).toMatch(/Stop running and the exercises, and see a clinician within days, before you load the tendon again\./);
    // What the runner sees next: no running and no exercises on the days after.
    const next = review.plan.days.filter((day) => day.date >= '2026-12-04');
    expect(next.length).toBeGreaterThan(0);
    expect(next.every((day) => day.exercises.length === 0 && day.running.maxDistance === null)).toBe(true);
    // Before it, the plan loaded the tendon: the rule is what took the exercises away.
    expect(plan.days.find((day) => day.date === '2026-12-05')?.exercises.length).toBeGreaterThan(0);
  });
});
