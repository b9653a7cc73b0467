import { LIST_FIELDS, type Condition, type Question, type SymptomProfile } from '../model/index.js';
import { assess, PLAN_THRESHOLD, redFlagQuestion, type Assessment } from './assess.js';
import { QUESTION_TEXTS } from './question-texts.js';

type ListField = (typeof LIST_FIELDS)[number];

/**
 * The profile after the runner answered whether `field` has `value`: "yes" adds the value to its list, and either
 * way the value is recorded as asked (in `asked`), unless the whole list was already asked.
 */
export function withAnswer(profile: SymptomProfile, field: ListField, value: string, yes: boolean): SymptomProfile {
  const list: readonly string[] | undefined = profile[field];
  const askedOne: readonly string[] | undefined = profile.asked?.[field];
  const next: Record<string, unknown> = { ...profile };
  if (yes && !(list ?? []).includes(value)) next[field] = [...(list ?? []), value];
  if (list === undefined || askedOne !== undefined) {
    if (!(askedOne ?? []).includes(value)) next['asked'] = { ...profile.asked, [field]: [...(askedOne ?? []), value] };
  }
  return next as SymptomProfile;
}

const logit = (score: number) => {
  const clamped = Math.min(Math.max(score, 1e-12), 1 - 1e-12);
  return Math.log(clamped / (1 - clamped));
};

/**
 * The finding questions that could move the decision, most first. A question's weight is the largest change that
 * either answer could make to the log-odds gap between the best match and a rival in contention — or, while the
 * best match is below the plan threshold, to its own log-odds. (This is the largest possible change in the ranking,
 * not an expected one: the grades are likelihood ratios, not answer probabilities, so no expectation can be taken
 * honestly.) Questions that can change nothing are left out.
 */
export function findingQuestions(profile: SymptomProfile, conditions: readonly Condition[], current: Assessment): Question[] {
  const best = current.matches[0];
  if (best === undefined) return [];
  const before = new Map(current.matches.map((match) => [match.conditionId, logit(match.score)]));
  const candidates = new Map<string, { field: ListField; value: string }>();
  for (const contender of current.contenders) {
    const condition = conditions.find((entry) => entry.id === contender.conditionId);
    for (const finding of condition?.findings ?? []) {
      if (finding.field === 'redFlags' || !(LIST_FIELDS as readonly string[]).includes(finding.field)) continue;
      for (const value of [finding.value, ...(finding.or ?? [])]) {
        if (!current.facts.asked(finding.field, value)) candidates.set(`${finding.field}=${value}`, { field: finding.field as ListField, value });
      }
    }
  }

  const weighed = [...candidates.values()].map(({ field, value }) => {
    let weight = 0;
    for (const yes of [true, false]) {
      const after = assess(withAnswer(profile, field, value, yes), conditions).matches;
      const change = (id: string) => logit(after.find((match) => match.conditionId === id)?.score ?? 0) - (before.get(id) ?? 0);
      const bestChange = change(best.conditionId);
      if (best.score < PLAN_THRESHOLD) weight = Math.max(weight, Math.abs(bestChange));
      for (const rival of current.contenders) {
        if (rival.conditionId !== best.conditionId) weight = Math.max(weight, Math.abs(change(rival.conditionId) - bestChange));
      }
    }
    return { field, value, weight };
  });
  return weighed
    .filter((entry) => entry.weight > 1e-9)
    .sort((a, b) => b.weight - a.weight || LIST_FIELDS.indexOf(a.field) - LIST_FIELDS.indexOf(b.field) || a.value.localeCompare(b.value))
    .map(({ field, value }) => ({ kind: 'finding', field, value, text: QUESTION_TEXTS[field]?.[value] ?? `${field}: ${value}?` }));
}

/** The questions still to ask, red flags that matter first; none once a red flag has settled the decision. */
export function questionsFor(profile: SymptomProfile, conditions: readonly Condition[], current: Assessment): Question[] {
  if (current.redFlags.length > 0) return [];
  return [...current.unscreened.map(redFlagQuestion), ...findingQuestions(profile, conditions, current)];
}
