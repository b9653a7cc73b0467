import { describe, expect, it } from 'vitest';
import { AGGRAVATED_BY, BACKGROUND, LOCATIONS, PAIN_FREE_DURING, RED_FLAGS, SIGNS, TRAINING_CHANGES } from 'rehab-protocols';
import { conditions } from 'rehab-protocols/protocols';
import { QUESTION_TEXTS } from '../../src/match/question-texts.js';
import { RED_FLAG_MESSAGES } from '../../src/match/red-flags.js';

/** Values the derived red flags read (src/match/red-flags.ts), rather than a condition's finding. */
const READ_BY_RED_FLAGS: Record<string, readonly string[]> = {
  locations: ['groin', 'anterior'],
  background: ['previous-bone-stress-injury', 'irregular-periods', 'low-body-weight', 'back-pain'],
};

/** Values from the first vocabulary that no source ties to a condition here: kept valid for apps' forms, not scored. */
const RECORDED_ONLY: readonly string[] = ['kneeling', 'swimming', 'rest', 'return-after-break'];

const vocabularies = { locations: LOCATIONS, aggravatedBy: AGGRAVATED_BY, painFreeDuring: PAIN_FREE_DURING, trainingChange: TRAINING_CHANGES, signs: SIGNS, background: BACKGROUND } as const;

describe('the symptom vocabularies', () => {
  it.each(Object.entries(vocabularies))('uses every %s value in a finding or a red flag', (field, values) => {
    const used = new Set<string>(conditions.flatMap((condition) => condition.findings.filter((finding) => finding.field === field).flatMap((finding) => [finding.value, ...(finding.or ?? [])])));
    for (const value of [...(READ_BY_RED_FLAGS[field] ?? []), ...RECORDED_ONLY]) used.add(value);
    expect(values.filter((value) => !used.has(value))).toEqual([]);
  });

  it.each(Object.entries({ ...vocabularies, redFlags: RED_FLAGS }))('words every %s value as a question a runner can answer', (field, values) => {
    for (const value of values) expect(QUESTION_TEXTS[field]?.[value], `${field} ${value}`).toMatch(/^[A-Z].*\?$/);
  });

  it('says what to do for every red flag', () => {
    // A clinician, or a doctor where the next step is an X-ray (a slipped growth plate of the hip).
    for (const flag of RED_FLAGS) expect(RED_FLAG_MESSAGES[flag]).toMatch(/clinician|doctor/);
  });
});
