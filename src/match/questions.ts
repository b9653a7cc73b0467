import { LIST_FIELDS, type Condition, type Finding, type Question, type SymptomProfile } from '../model/index.js';
import { findingValues, placesInside, reportedWiderPlace, wholeList, widerPlace } from './facts.js';
import { assess, PLAN_THRESHOLD, redFlagQuestion, screenQuestions, separatingFindings, type Assessment } from './assess.js';
import { logit } from './log-odds.js';
import { questionWords } from './question-texts.js';

type ListField = (typeof LIST_FIELDS)[number];

/** A runner's answer to one question: "yes", "no", or not sure (`'unsure'`). */
export type Answer = boolean | 'unsure';

/**
 * The profile after the runner answered whether `field` has `value`: "yes" adds the value to its list, and either
 * way the value is recorded as asked (in `asked`), unless the whole list was already asked; "not sure" records it in
 * `unsure` instead, and takes back an earlier answer to it. A "yes" or "no" takes back an earlier "not sure".
 */
export function withAnswer(input: SymptomProfile, field: ListField, value: string, answer: Answer): SymptomProfile {
  if (answer === 'unsure') return withUnsure(input, field, value);
  const yes = answer;
  let profile = withoutUnsure(input, field, value);
  // A "yes" to a place inside a wider one reports the wider one too; a "no" to a wider place answers those inside it:
  // neither is "not sure" any longer.
  if (field === 'locations') {
    const wider = widerPlace(field, value);
    if (yes && wider !== undefined) profile = withoutUnsure(profile, field, wider);
    if (!yes) for (const inside of placesInside([value])) profile = withoutUnsure(profile, field, inside);
  }
  const list: readonly string[] | undefined = profile[field];
  const askedOne: readonly string[] | undefined = profile.asked?.[field];
  const whole = field === 'locations' ? wholeList(list, askedOne) : list !== undefined && askedOne === undefined;
  const next: Record<string, unknown> = { ...profile };
  if (yes && !(list ?? []).includes(value)) next[field] = [...(list ?? []), value];
  // A "no" takes back an earlier "yes" (and, to a wider place, the places inside it, which report it).
  const no = field === 'locations' ? [value, ...placesInside([value])] : [value];
  if (!yes && (list ?? []).some((entry) => no.includes(entry))) next[field] = (list ?? []).filter((entry) => !no.includes(entry));
  if (field === 'locations' && whole && placesInside(list ?? []).includes(value)) {
    // A list given whole that left this place to ask (inside a wider one it names): a "no" is named in `asked`, which
    // keeps the rest of the list whole; a "yes" is in the list (and no longer a "no" in `asked`).
    if (!yes && !(askedOne ?? []).includes(value)) next['asked'] = { ...profile.asked, locations: [...(askedOne ?? []), value] };
    if (yes && (askedOne ?? []).includes(value)) {
      const rest = (askedOne ?? []).filter((place) => place !== value);
      const asked: Record<string, unknown> = { ...profile.asked, locations: rest };
      if (rest.length === 0) delete asked['locations'];
      if (Object.keys(asked).length === 0) delete next['asked'];
      else next['asked'] = asked;
    }
  } else if (!whole) {
    if (!(askedOne ?? []).includes(value)) next['asked'] = { ...profile.asked, [field]: [...(askedOne ?? []), value] };
  }
  return stayOneByOne(next, field, whole) as SymptomProfile;
}

/**
 * A `locations` list answered one by one whose `asked` would name only places inside a wider one it reports reads as
 * a whole list (every other place "no"): naming its reported places in `asked` too keeps it one by one.
 */
function stayOneByOne(next: Record<string, unknown>, field: ListField, wasWhole: boolean): Record<string, unknown> {
  if (field !== 'locations' || wasWhole) return next;
  const list = next[field] as readonly string[] | undefined;
  const asked: readonly string[] | undefined = (next['asked'] as SymptomProfile['asked'])?.locations;
  if (asked === undefined || asked.length === 0 || !wholeList(list, asked)) return next;
  return { ...next, asked: { ...(next['asked'] as object), locations: [...asked, ...(list ?? []).filter((place) => !asked.includes(place))] } };
}

type UnsureField = keyof NonNullable<SymptomProfile['unsure']>;

/** The profile without `value` among the values the runner was not sure of. */
function withoutUnsure(profile: SymptomProfile, field: ListField, value: string): SymptomProfile {
  const unsure: readonly string[] = field === 'otherRegions' ? [] : (profile.unsure?.[field] ?? []);
  if (!unsure.includes(value)) return profile;
  const rest = unsure.filter((entry) => entry !== value);
  const next: Record<string, unknown> = { ...profile };
  const all: Record<string, unknown> = { ...profile.unsure, [field]: rest };
  if (rest.length === 0) delete all[field];
  if (Object.keys(all).length === 0) delete next['unsure'];
  else next['unsure'] = all;
  return next as SymptomProfile;
}

/**
 * The profile after the runner was not sure whether `field` has `value`: the value joins `unsure`, leaving its list and
 * `asked`. A list answered one by one that this leaves with no answer at all is left out (not asked), since an empty
 * list with no `asked` entry would read as every value answered "no".
 */
function withUnsure(profile: SymptomProfile, field: ListField, value: string): SymptomProfile {
  if (field === 'otherRegions') return profile;
  const list: readonly string[] | undefined = profile[field];
  const askedOne: readonly string[] | undefined = profile.asked?.[field];
  const whole = field === 'locations' ? wholeList(list, askedOne) : list !== undefined && askedOne === undefined;
  const next: Record<string, unknown> = { ...profile };
  // Not sure of a wider place (the outside of the knee) takes back the answers about the places inside it (the band's
  // bony bump): they are not known either, and may be asked again.
  const gone = field === 'locations' ? [value, ...placesInside([value])] : [value];
  const rest = (list ?? []).filter((entry) => !gone.includes(entry));
  const restAsked = (askedOne ?? []).filter((entry) => !gone.includes(entry));
  if (list !== undefined && rest.length !== list.length) next[field] = rest;
  if (askedOne !== undefined && restAsked.length !== askedOne.length) {
    const asked: Record<string, unknown> = { ...profile.asked, [field]: restAsked };
    // Nothing left asked, and nothing reported: the field was not asked at all. A list answered one by one with
    // reported values stays one by one (an empty `asked` entry), since without it the list would read as given whole.
    if (restAsked.length === 0 && (whole || rest.length === 0)) {
      delete asked[field];
      if (!whole) delete next[field];
    }
    if (Object.keys(asked).length === 0) delete next['asked'];
    else next['asked'] = asked;
  }
  const unsure: readonly string[] = profile.unsure?.[field as UnsureField] ?? [];
  if (!unsure.includes(value)) next['unsure'] = { ...profile.unsure, [field]: [...unsure, value] };
  return stayOneByOne(next, field, whole) as SymptomProfile;
}

/** Whether the runner was asked whether `field` has `value`, answered or not sure: not to ask again. */
function settled(current: Assessment, field: Parameters<Assessment['facts']['asked']>[0], value: string): boolean {
  return current.facts.asked(field, value) || current.facts.unsure(field, value);
}

/** The unasked list values of a condition's findings (red flags aside: those are screened first). */
function unaskedValues(condition: Condition | undefined, current: Assessment): { field: ListField; value: string }[] {
  const found: { field: ListField; value: string }[] = [];
  for (const finding of condition?.findings ?? []) {
    if (finding.field === 'redFlags' || !(LIST_FIELDS as readonly string[]).includes(finding.field)) continue;
    for (const value of findingValues(finding)) {
      if (!settled(current, finding.field, value)) found.push({ field: finding.field as ListField, value });
    }
  }
  return found;
}

/**
 * False for a condition of another part of the body than the one that hurts (its region finding names none of the
 * runner's regions): a heel is never asked about the buttock or the groin, however little the heel's own conditions fit.
 */
function inRegion(condition: Condition | undefined, current: Assessment): boolean {
  const regions = (condition?.findings ?? []).filter((finding) => finding.field === 'region').flatMap((finding) => [finding.value, ...(finding.or ?? [])]);
  return regions.length === 0 || regions.some((value) => current.facts.has('region', value));
}

function toQuestions(weighed: { field: ListField; value: string; weight: number }[], profile: SymptomProfile): Question[] {
  const unique = new Map<string, { field: ListField; value: string; weight: number }>();
  for (const entry of weighed) {
    const key = `${entry.field}=${entry.value}`;
    if ((unique.get(key)?.weight ?? -1) < entry.weight) unique.set(key, entry);
  }
  return [...unique.values()]
    .filter((entry) => entry.weight > 1e-9)
    .sort((a, b) => b.weight - a.weight || LIST_FIELDS.indexOf(a.field) - LIST_FIELDS.indexOf(b.field) || a.value.localeCompare(b.value))
    .map(({ field, value }) => ({ kind: 'finding', field, value, text: questionWords(field, value, profile) }));
}

/**
 * How many finding questions a runner may answer "no" or "not sure" to, one at a time, before the library stops asking and refers
 * (`no-clear-match`). A library default: on real runners' descriptions every plan came after at most 5 such answers,
 * and a knee that fits nothing took 28 before running out of questions; a clinician examines a runner whose answers
 * point nowhere rather than asking a thirteenth question.
 */
export const NO_ANSWER_BUDGET = 12;

/** The finding values (red flags aside) the runner was asked one by one and said "no" to, or was not sure of. */
function answeredNo(profile: SymptomProfile): number {
  let count = 0;
  for (const field of LIST_FIELDS) {
    if (field === 'redFlags') continue;
    const reported: readonly string[] = profile[field] ?? [];
    for (const value of profile.asked?.[field] ?? []) if (!reported.includes(value)) count += 1;
    if (field !== 'otherRegions') count += profile.unsure?.[field]?.length ?? 0;
  }
  return count;
}

/**
 * The finding questions that could move the decision, most first, among the conditions still in contention that can
 * still reach the plan threshold. A question's weight is the largest change that either answer could make to the
 * log-odds gap between the best of them and a rival — or, while that best is below the plan threshold, to its own
 * log-odds. (This is the largest possible change in the ranking, not an expected one: the grades are likelihood
 * ratios, not answer probabilities, so no expectation can be taken honestly.) Questions that can change nothing are
 * left out; none are asked when no condition could reach a plan, or once the runner has answered "no" to
 * {@link NO_ANSWER_BUDGET} of them.
 */
export function findingQuestions(profile: SymptomProfile, conditions: readonly Condition[], current: Assessment): Question[] {
  if (answeredNo(profile) >= NO_ANSWER_BUDGET) return [];
  const byId = new Map(conditions.map((condition) => [condition.id, condition]));
  const relevant = current.contenders.filter((match) => (current.bounds.get(match.conditionId)?.highest ?? 0) >= PLAN_THRESHOLD && inRegion(byId.get(match.conditionId), current));
  const best = relevant[0];
  if (best === undefined) return [];
  const before = new Map(current.matches.map((match) => [match.conditionId, logit(match.score)]));
  const candidates = relevant.flatMap((match) => unaskedValues(byId.get(match.conditionId), current));
  return toQuestions(
    candidates.map(({ field, value }) => {
      let weight = 0;
      for (const yes of [true, false]) {
        const after = new Map(assess(withAnswer(profile, field, value, yes), conditions).matches.map((match) => [match.conditionId, match.score]));
        const change = (id: string) => logit(after.get(id) ?? 0) - (before.get(id) ?? 0);
        const bestChange = change(best.conditionId);
        if (best.score < PLAN_THRESHOLD) weight = Math.max(weight, Math.abs(bestChange));
        for (const rival of relevant) {
          if (rival.conditionId !== best.conditionId) weight = Math.max(weight, Math.abs(change(rival.conditionId) - bestChange));
        }
      }
      return { field, value, weight };
    }),
    profile,
  );
}

/**
 * The questions whose answer could make a plausible refer-only condition implausible — its separating findings not
 * yet asked (see `separatingFindings`), and any other whose answer could lower it — weighed by how far an answer
 * could move its log-odds: asked before referring, as a clinician would ask before sending a runner for a scan. None
 * when no answer could bring it below the plan threshold.
 */
export function referOnlyQuestions(profile: SymptomProfile, conditions: readonly Condition[], current: Assessment): Question[] {
  const plausible = current.referOnly.flatMap((reason) => (reason.kind === 'refer-only-condition' ? [reason.conditionId] : []));
  if (plausible.some((id) => (current.bounds.get(id)?.lowest ?? 1) >= PLAN_THRESHOLD)) return [];
  const byId = new Map(conditions.map((condition) => [condition.id, condition]));
  const scores = new Map(current.matches.map((match) => [match.conditionId, match.score]));
  return toQuestions(
    plausible.flatMap((id) => {
      const score = logit(scores.get(id) ?? 0);
      const condition = byId.get(id);
      const separating = new Set((condition === undefined ? [] : separatingFindings(condition)).map(({ field, value }) => `${field}=${value}`));
      return unaskedValues(condition, current).map(({ field, value }) => {
        let weight = 0;
        for (const yes of [true, false]) {
          const after = logit(assess(withAnswer(profile, field, value, yes), conditions).matches.find((match) => match.conditionId === id)?.score ?? 0);
          // A separating finding is asked whichever way it moves the score: "no" to all of them rules the condition out.
          weight = Math.max(weight, separating.has(`${field}=${value}`) ? Math.abs(score - after) : score - after);
        }
        return { field, value, weight };
      });
    }),
    profile,
  );
}

/**
 * Before a plan, the best match's hallmarks: its findings whose absence argues strongly against it (`strongly-against`,
 * `rules-out`) that were not asked, when "no" to them would leave no plan for it (its score below the plan threshold,
 * or no longer clearly ahead) — weighed one by one and, when none alone would, all together. A clinician confirms what
 * defines a condition before treating it: "buttock pain" fits a hamstring tendinopathy, but so do the lower back and the
 * deep gluteal muscles, and "is it at the sitting bone?" separates them. `questions` are those still to ask; `unsure`,
 * those the runner was not sure of when nothing else is left to ask (its plan cannot rest on them, so a clinician
 * checks them instead). Both empty when the assessment is not a plan or every hallmark was answered.
 */
/**
 * A condition's hallmarks: its findings whose absence argues strongly against it (`strongly-against`, `rules-out`), and,
 * for a runner who has not placed the pain at any of its own places yet (none of the places whose absence argues
 * against it is reported), those places too.
 */
function hallmarks(condition: Condition | undefined, current: Assessment): Condition['findings'] {
  const findings = condition?.findings ?? [];
  const placed = findings.some((finding) => finding.field === 'locations' && finding.absent !== 'neutral' && findingValues(finding).some((value) => current.facts.has('locations', value)));
  return findings.filter((finding) => finding.absent === 'strongly-against' || finding.absent === 'rules-out' || (!placed && finding.field === 'locations' && finding.absent === 'against'));
}

/**
 * When the runner was not sure of what decides the best match's plan (the `unsure` of {@link hallmarkCheck}): the hallmarks of
 * the other conditions still in contention that could still reach a plan, not yet asked — "not sure if it is a few
 * finger-widths above the heel? Is it where the tendon joins the heel bone?" — most useful first. A "yes" can make
 * another condition's plan clear; with none left, the runner is referred.
 */
export function rivalHallmarkQuestions(profile: SymptomProfile, conditions: readonly Condition[], current: Assessment): Question[] {
  const best = current.matches[0];
  const byId = new Map(conditions.map((condition) => [condition.id, condition]));
  const values = new Set<string>();
  for (const match of current.contenders) {
    if (match === best || match.referOnly || (current.bounds.get(match.conditionId)?.highest ?? 0) < PLAN_THRESHOLD) continue;
    const condition = byId.get(match.conditionId);
    if (!inRegion(condition, current)) continue;
    for (const finding of hallmarks(condition, current)) {
      for (const value of findingValues(finding)) if (!settled(current, finding.field, value)) values.add(`${finding.field}=${value}`);
    }
  }
  if (values.size === 0) return [];
  return findingQuestions(profile, conditions, current).filter((question) => values.has(`${question.field}=${question.value ?? ''}`));
}

export function hallmarkCheck(profile: SymptomProfile, conditions: readonly Condition[], current: Assessment): { questions: Question[]; unsure: Question[] } {
  const best = current.matches[0];
  if (best === undefined || !current.clear) return { questions: [], unsure: [] };
  const condition = conditions.find((entry) => entry.id === best.conditionId);
  const questions: { field: ListField; value: string; weight: number }[] = [];
  const unsure: { field: ListField; value: string; weight: number }[] = [];
  const all: { field: ListField; value: string }[] = [];
  for (const finding of hallmarks(condition, current)) {
    if (finding.field === 'redFlags' || !(LIST_FIELDS as readonly string[]).includes(finding.field)) continue;
    const field = finding.field as ListField;
    // Not answered: not asked yet, or asked and not sure.
    const open = findingValues(finding).filter((value) => !current.facts.asked(finding.field, value));
    if (open.length === 0) continue;
    all.push(...open.map((value) => ({ field, value })));
    let without = profile;
    for (const value of open) without = withAnswer(without, field, value, false);
    const after = assess(without, conditions);
    const stillPlan = after.clear && after.matches[0]?.conditionId === best.conditionId;
    if (stillPlan) continue;
    const drop = logit(best.score) - logit(after.matches.find((match) => match.conditionId === best.conditionId)?.score ?? 0);
    const unasked = open.filter((value) => !current.facts.unsure(finding.field, value));
    if (unasked.length > 0) for (const value of unasked) questions.push({ field, value, weight: Math.max(drop, 1e-6) });
    else for (const value of open) unsure.push({ field, value, weight: Math.max(drop, 1e-6) });
  }
  // Together: "no" to every open hallmark at once can leave no plan where "no" to each alone leaves one (patellofemoral
  // pain's places are two findings, and a condition placed nowhere it is felt is not planned).
  if (questions.length === 0 && unsure.length === 0 && all.length > 0) {
    let without = profile;
    for (const { field, value } of all) without = withAnswer(without, field, value, false);
    const after = assess(without, conditions);
    if (!(after.clear && after.matches[0]?.conditionId === best.conditionId)) {
      const weight = Math.max(logit(best.score) - logit(after.matches.find((match) => match.conditionId === best.conditionId)?.score ?? 0), 1e-6);
      const unasked = all.filter(({ field, value }) => !current.facts.unsure(field as Finding['field'], value));
      for (const entry of unasked.length > 0 ? unasked : all) (unasked.length > 0 ? questions : unsure).push({ ...entry, weight });
    }
  }
  return { questions: toQuestions(questions, profile), unsure: toQuestions(unsure, profile) };
}

/**
 * Before a plan that follows a clinician's diagnosis (`diagnosedAs`), what defines the diagnosed condition — its
 * findings whose absence rules it out (pain under the heel for plantar heel pain, pain on pressing along the shin bone
 * for shin splints, where on the Achilles tendon) — when the runner has not reported it and was not asked (`questions`),
 * or was not sure of it with nothing else left to ask (`unsure`: the plan cannot rest on the diagnosis alone). A
 * diagnosis settles which look-alike it is; the runner's own answers must still fit the condition. Both empty without
 * such a diagnosis.
 */
export function definingCheck(profile: SymptomProfile, conditions: readonly Condition[], current: Assessment): { questions: Question[]; unsure: Question[] } {
  if (current.diagnosed?.kind !== 'treat') return { questions: [], unsure: [] };
  const id = current.diagnosed.match.conditionId;
  const questions: { field: ListField; value: string; weight: number }[] = [];
  const unsure: { field: ListField; value: string; weight: number }[] = [];
  for (const finding of conditions.find((condition) => condition.id === id)?.findings ?? []) {
    if (finding.absent !== 'rules-out' || finding.field === 'redFlags' || !(LIST_FIELDS as readonly string[]).includes(finding.field)) continue;
    const values = findingValues(finding);
    if (values.some((value) => current.facts.has(finding.field, value) || reportedWiderPlace(current.facts, finding.field, value) !== undefined)) continue;
    const field = finding.field as ListField;
    const open: string[] = [];
    let toAsk = false;
    for (const value of values) {
      // A place inside a wider one (the band's bony bump, on the outside of the knee) is asked as the wider place, even
      // after a "no" to the place inside: the clinician who diagnosed it settled where within it.
      const wider = widerPlace(finding.field, value);
      const asked = wider !== undefined && !settled(current, finding.field, wider) ? wider : settled(current, finding.field, value) ? undefined : value;
      if (asked !== undefined) toAsk = true;
      if (asked !== undefined && !questions.some((question) => question.value === asked)) questions.push({ field, value: asked, weight: 1 });
      if (asked === undefined && current.facts.unsure(finding.field, value)) open.push(value);
    }
    // Nothing left to ask about the definition, and the runner not sure of some of it: nothing to confirm it with.
    if (!toAsk) for (const value of open) unsure.push({ field, value, weight: 1 });
  }
  return { questions: toQuestions(questions, profile), unsure: toQuestions(unsure, profile) };
}

/**
 * The questions still to ask, in the order a decision needs them; none once a red flag or a diagnosis that refers has
 * settled the decision, and only the red flags, refer-only and defining questions once a diagnosis decides the condition.
 */
export function questionsFor(profile: SymptomProfile, conditions: readonly Condition[], current: Assessment): Question[] {
  if (current.redFlags.length > 0 || current.diagnosed?.kind === 'refer') return [];
  const seen = new Set<string>();
  // A diagnosis to treat decides the condition: only what stands before its plan is asked.
  const decided = current.diagnosed?.kind === 'treat';
  const flags = screenQuestions(current.unscreened, profile, current.facts);
  const referOnly = referOnlyQuestions(profile, conditions, current);
  // What planForProfile decides without asking more is not worth asking: a plausible refer-only condition that no
  // answer could rule out refers once the red flags are asked; so does a diagnosis whose definition, or a clear best
  // match whose hallmarks, the runner was not sure of (but for the other contenders' hallmarks, which may still plan).
  if (current.referOnly.length > 0 && referOnly.length === 0) return flags;
  const definition = current.referOnly.length > 0 ? { questions: [], unsure: [] } : definingCheck(profile, conditions, current);
  const defining = definition.questions;
  if (decided && defining.length === 0 && definition.unsure.length > 0) return flags;
  const hallmark = decided ? { questions: [], unsure: [] } : hallmarkCheck(profile, conditions, current);
  const hallmarks = hallmark.questions;
  const blocked = hallmarks.length === 0 && hallmark.unsure.length > 0;
  const all = [
    ...flags,
    ...referOnly,
    // planForProfile refers a plausible refer-only condition that no question could rule out before the definition.
    ...defining,
    ...hallmarks,
    ...(decided ? [] : blocked ? rivalHallmarkQuestions(profile, conditions, current) : findingQuestions(profile, conditions, current)),
  ];
  return all.filter((question) => {
    const key = `${question.field}=${question.value ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
