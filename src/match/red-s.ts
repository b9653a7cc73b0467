import type { PlanFlag, SymptomProfile } from '../model/index.js';

/**
 * The signs of low energy availability a runner can report (`background`), in plain words. Any of them, whatever
 * hurts, warrants a medical assessment for Relative Energy Deficiency in Sport (REDs): at a bone stress site they refer
 * (`bone-stress-risk`, red-flags.ts); elsewhere a plan carries a `red-s` flag first.
 */
const RED_S_SIGNS = {
  'irregular-periods': 'missed or irregular periods',
  'low-body-weight': 'low body weight, or eating less than your training needs',
  'previous-bone-stress-injury': 'a previous stress fracture or bone stress injury',
} as const;

/** The source the flag cites; checked as described in docs/matcher.md. */
export const RED_S_SOURCE =
  'Mountjoy M et al. 2023 International Olympic Committee (IOC) consensus statement on Relative Energy Deficiency in Sport (REDs). Br J Sports Med 2023;57(17):1073–1097, doi:10.1136/bjsports-2023-106994';

const words = (values: readonly string[] | undefined) => (values ?? []).flatMap((value) => (value in RED_S_SIGNS ? [RED_S_SIGNS[value as keyof typeof RED_S_SIGNS]] : []));

/**
 * The `red-s` plan flag for a profile that reports a sign of low energy availability, or was not sure of one (`unsure`:
 * not being able to rule it out warrants the same assessment), or none.
 */
export function redSFlag(profile: SymptomProfile): PlanFlag | undefined {
  const signs = words(profile.background);
  const unsure = words(profile.unsure?.background);
  if (signs.length === 0 && unsure.length === 0) return undefined;
  const said = [...(signs.length === 0 ? [] : [`you reported ${signs.join('; ')}`]), ...(unsure.length === 0 ? [] : [`you were not sure about ${unsure.join('; ')}`])].join(', and ');
  return {
    kind: 'red-s',
    message:
      `See a doctor for an energy-availability (RED-S) assessment before you start this plan: ${said}. ` +
      'These can be signs of Relative Energy Deficiency in Sport — too little energy for your training — which weakens bones and needs a medical assessment; ' +
      `this plan does not treat it (${RED_S_SOURCE}).`,
  };
}
