import { describe, expect, it } from 'vitest';
import { formatPlan, generatePlan, reviewPlan, type LogEntry } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { toMarkdown } from '../../src/export/markdown/index.js';

const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
const log: LogEntry[] = [
  { kind: 'pain', date: '2026-12-02', nextMorning: 1 },
  { kind: 'run', date: '2026-12-05', distance: { value: 5, unit: 'mi' }, durationMinutes: 50, pain: { during: 4 } },
  { kind: 'pain', date: '2026-12-05', after: 5, nextMorning: 6 },
  { kind: 'missed', date: '2026-12-04', what: 'session' },
];
const reviewed = reviewPlan(plan, log, { today: '2026-12-06' }).plan;

describe('a reviewed plan, printed', () => {
  it('puts the review’s decision and reasons at the top of the handout, and what was logged beside each day', () => {
    const markdown = toMarkdown(reviewed);
    expect(markdown).toMatch(/## Last review\n\nReviewed on 2026-12-06: step back\.\n- Pain had not settled by the morning after 2026-12-05 \(6\/10, above the limit of 5\/10\)/);
    // The step-back lowered the days from today, and says so in a note.
    expect(markdown).toMatch(/\| Day \| Date \| Sessions \| Exercises \| Running \| Check \| Notes \| Logged \|/);
    expect(markdown).toMatch(/Stepped back by the review of 2026-12-06: no run longer than 4 mi/);
    expect(markdown).toMatch(/\| 5 \| 2026-12-05 \|.*\| ran 5 mi in 50 min \(pain 4\/10 during\); pain 5\/10 after, 6\/10 next morning \|/);
    expect(markdown).toMatch(/\| 4 \| 2026-12-04 \|.*\| missed session \|/);
    expect(toMarkdown(plan)).not.toMatch(/Last review|Logged/);
  });

  it('says how soon to see a clinician when the review referred', () => {
    const calf = reviewPlan(plan, [{ kind: 'symptom', date: '2026-12-03', redFlag: 'calf-swelling' }], { today: '2026-12-03' }).plan;
    expect(calf.lastReview?.reasons?.[0]).toMatchObject({ rule: 'red-flag', status: 'refer', urgency: 'today' });
    expect(toMarkdown(calf)).toMatch(/Reviewed on 2026-12-03: stop and see a clinician today\./);
    expect(formatPlan(calf)).toMatch(/^Reviewed on 2026-12-03: stop and see a clinician today\.$/m);
    const night = reviewPlan(plan, [{ kind: 'symptom', date: '2026-12-03', redFlag: 'night-pain' }], { today: '2026-12-03' }).plan;
    expect(formatPlan(night)).toMatch(/^Reviewed on 2026-12-03: stop and see a clinician\.$/m);
    // Reasons that did not refer carry no urgency.
    expect(reviewed.lastReview?.reasons?.every((reason) => reason.urgency === undefined)).toBe(true);
  });

  it('does not say "If not: If …" where the protocol says what to do if a checkpoint is not met in words of its own', () => {
    expect(formatPlan(plan)).toMatch(/^ {2}If this has not worked by now, see a physical therapist for further options\.$/m);
    expect(toMarkdown(plan)).toMatch(/Can you run your usual distance without knee pain\? If this has not worked by now/);
    expect(`${formatPlan(plan)}${toMarkdown(plan)}`).not.toMatch(/If not: If/);
  });

  it('shows days whose exercises a referral stopped apart from the exercises, in the text and in Markdown', () => {
    const calf = reviewPlan(plan, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'calf-swelling' }], { today: '2026-12-04' }).plan;
    const text = formatPlan(calf);
    expect(text).toMatch(/^Days 1–3 \(1–2 sessions on exercise days\):$/m);
    expect(text).toMatch(/^Days 4–14: no running and no exercises until a clinician clears you$/m);
    expect(text).not.toMatch(/^Days 1–7/m);
    expect(toMarkdown(calf)).toMatch(/\*\*Days 4–14\*\*: no running and no exercises until a clinician clears you\./);
    // Each stopped day's note begins with the words the printed plans look for.
    expect(calf.days.find((day) => day.date === '2026-12-05')?.flags[0]?.message).toMatch(/^No running and no exercises until a clinician clears you\./);
    // The protocol's advice (the prescriber's "can't hurt") is for after the clearance while the plan stands referred.
    expect(text).toMatch(/^Once a clinician has cleared you, the plan's advice:\nQuality of movement is the key/m);
    expect(formatPlan(plan)).not.toMatch(/Once a clinician has cleared you/);
    // A referral that keeps the exercises leaves the phases as they were.
    const night = reviewPlan(plan, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'night-pain' }], { today: '2026-12-04' }).plan;
    expect(formatPlan(night)).toMatch(/^Days 1–7 \(1–2 sessions on exercise days\):$/m);
  });

  it('shows the same in the terminal table', () => {
    const text = formatPlan(reviewed);
    expect(text).toMatch(/^Reviewed on 2026-12-06: step back\.$/m);
    expect(text).toMatch(/^ +logged: ran 5 mi in 50 min \(pain 4\/10 during\); pain 5\/10 after, 6\/10 next morning$/m);
  });
});
