// The checks every module in protocols/ must pass. Used by conformance.test.ts over every module, and by
// contributing-guide.test.ts over the template in docs/contributing-a-protocol.md.
import { existsSync } from 'node:fs';
import {
  generatePlan,
  PlanSchema,
  type Citation,
  type Condition,
  type Distance,
  type DistanceUnit,
  type Dose,
  type Evidence,
  type Plan,
  type Protocol,
} from 'rehab-protocols';
import { catalogueProblems, looksLikeCondition, looksLikeProtocol } from '../../scripts/catalogue-problems.js';

const KM_PER_MI = 1.609344;
const DAY_MS = 86_400_000;
const root = new URL('../../', import.meta.url);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A module's exports sorted into its condition and its protocols; anything else is an issue. */
export function readModule(exports: Record<string, unknown>) {
  const protocols: Protocol[] = [];
  let condition: Condition | undefined;
  const issues: string[] = [];
  for (const [name, value] of Object.entries(exports)) {
    if (name === 'condition' && looksLikeCondition(value)) condition = value;
    else if (looksLikeProtocol(value)) protocols.push(value);
    else issues.push(`exports \`${name}\`, which is neither \`condition\` nor a protocol`);
  }
  return { condition, protocols, issues };
}

/** Every way a module breaks the rules in docs/contributing-a-protocol.md; empty when it conforms. */
export function moduleIssues(id: string, exports: Record<string, unknown>, knownConditions: readonly Condition[]): string[] {
  const { condition, protocols, issues } = readModule(exports);
  if (!condition && protocols.length === 0) issues.push('exports neither a condition nor a protocol');
  if (protocols.length > 1) issues.push('exports more than one protocol: one module per protocol, its file name is the id');
  if (condition) {
    if (condition.id !== id) issues.push(`condition id "${condition.id}" is not the file name "${id}"`);
    issues.push(...catalogueProblems('condition', condition));
    if (condition.referOnly && protocols.length > 0) issues.push('a refer-only condition has no protocol');
    issues.push(...evidenceQualityIssues(condition.sources, condition, 'condition'));
  }
  for (const protocol of protocols) {
    if (protocol.id !== id) issues.push(`protocol id "${protocol.id}" is not the file name "${id}"`);
    const problems = catalogueProblems(`protocol "${protocol.id}"`, protocol);
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    issues.push(...sourceIssues(protocol), ...exerciseTextIssues(protocol), ...evidenceQualityIssues(protocol.sources, protocol, 'protocol'));
    const treated = knownConditions.find((known) => known.id === protocol.condition.id);
    if (!treated) issues.push(`treats "${protocol.condition.id}", which no module defines as a condition`);
    else if (treated.referOnly) issues.push(`treats "${treated.id}", which is refer-only`);
    for (const options of planOptions(protocol)) issues.push(...planIssues(protocol, options));
  }
  return issues;
}

/** Every `cited` evidence anywhere inside `value`, with its path. */
export function citedEvidence(value: unknown, path = ''): { path: string; evidence: Extract<Evidence, { kind: 'cited' }> }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => citedEvidence(item, `${path}[${index}]`));
  if (!isObject(value)) return [];
  if (value.kind === 'cited' && Array.isArray(value.sourceIds)) return [{ path, evidence: value as Extract<Evidence, { kind: 'cited' }> }];
  return Object.entries(value).flatMap(([key, child]) => citedEvidence(child, path === '' ? key : `${path}.${key}`));
}

/** Every source says its design; every cited number says how it was checked, and where; a grade only from a guideline. */
function evidenceQualityIssues(sources: readonly Citation[], subject: Protocol | Condition, what: string): string[] {
  const issues = sources.flatMap((source) => (source.design ? [] : [`${what} source "${source.id}" has no design`]));
  const designs = new Map(sources.map((source) => [source.id, source.design]));
  for (const { path, evidence } of citedEvidence(subject)) {
    if (!evidence.checked) issues.push(`${what} ${path} cites ${evidence.sourceIds.join(', ')} without saying how it was checked (checked, checkedAt)`);
    const guideline = evidence.sourceIds.some((id) => designs.get(id) === 'clinical-practice-guideline');
    if (evidence.grade && !guideline) issues.push(`${what} ${path} gives grade ${evidence.grade}, but cites no clinical practice guideline`);
  }
  return issues;
}

function sourceIssues(protocol: Protocol): string[] {
  return protocol.sources.flatMap((source) => {
    if (source.kind === 'publication') return source.doi || source.url ? [] : [`source "${source.id}" has neither DOI nor URL`];
    const file = source.recordedIn.split(' ')[0] ?? '';
    return existsSync(new URL(file, root)) ? [] : [`source "${source.id}" is recorded in "${file}", which does not exist`];
  });
}

/** A number in an exercise's text must be one its doses give (a tempo, a hold, a load), so no number hides there. */
function exerciseTextIssues(protocol: Protocol): string[] {
  const doseNumbers = new Map<string, Set<number>>();
  for (const phase of protocol.phases) {
    for (const { exerciseId, dose } of phase.exercises) {
      const numbers = doseNumbers.get(exerciseId) ?? new Set<number>();
      for (const value of numbersOf(dose)) numbers.add(value);
      doseNumbers.set(exerciseId, numbers);
    }
  }
  return protocol.exercises.flatMap((exercise) => {
    const text = [exercise.name, ...exercise.instructions, ...exercise.cues].join(' ');
    const allowed = doseNumbers.get(exercise.id) ?? new Set<number>();
    return [...text.matchAll(/\d+(?:\.\d+)?/g)]
      .map((match) => Number(match[0]))
      .filter((value) => !allowed.has(value))
      .map((value) => `exercise "${exercise.id}" mentions ${value}, which none of its doses gives`);
  });
}

function numbersOf(dose: Dose): number[] {
  const ranges = [dose.sets, dose.reps, dose.durationSeconds, dose.holdSeconds, dose.restSeconds].flatMap((range) => (range ? [range.min, range.max] : []));
  const tempo = dose.tempo ? [dose.tempo.concentricSeconds, dose.tempo.pauseSeconds ?? 0, dose.tempo.eccentricSeconds] : [];
  const load = dose.load?.kind === 'repetition-maximum' ? [dose.load.rm] : dose.load?.kind === 'percent-mvc' ? [dose.load.percent] : dose.load?.kind === 'added-weight' ? [dose.load.value] : [];
  return [...ranges, ...tempo, ...load];
}

interface Options {
  startDate: string;
  goalDistance?: Distance;
  unit?: DistanceUnit;
}

/** A spread of valid options: dates across a DST change, a leap day and a year end; goals in both units, or none. */
function planOptions(protocol: Protocol): Options[] {
  const needsGoal = protocol.phases.some((phase) => phase.running.kind === 'ramp-to-goal');
  const goals: (Distance | undefined)[] = [{ value: 3, unit: 'km' }, { value: 30, unit: 'mi' }, { value: 42.2, unit: 'km' }, ...(needsGoal ? [] : [undefined])];
  const options: Options[] = [];
  for (const startDate of ['2026-03-05', '2028-02-27', '2026-12-28']) {
    for (const goalDistance of goals) {
      for (const unit of ['mi', 'km', undefined] as const) {
        options.push({ startDate, ...(goalDistance ? { goalDistance } : {}), ...(unit ? { unit } : {}) });
      }
    }
  }
  return options;
}

function planIssues(protocol: Protocol, options: Options): string[] {
  const where = `plan from ${options.startDate}, goal ${options.goalDistance ? `${options.goalDistance.value} ${options.goalDistance.unit}` : 'none'}, unit ${options.unit ?? 'default'}`;
  let plan: Plan;
  try {
    plan = generatePlan(protocol, options);
  } catch (error) {
    return [`${where}: generatePlan threw ${String(error)}`];
  }
  const issues: string[] = [];
  const fail = (message: string) => issues.push(`${where}: ${message}`);
  if (!PlanSchema.safeParse(structuredClone(plan)).success) fail('the plan fails PlanSchema');
  const lastDay = protocol.phases.at(-1)?.days.max ?? 0;
  if (plan.days.length !== lastDay) fail(`${plan.days.length} days, expected ${lastDay}`);
  const start = Date.parse(`${options.startDate}T00:00:00Z`);
  const toUnit = (distance: Distance) => (distance.unit === plan.unit ? distance.value : plan.unit === 'km' ? distance.value * KM_PER_MI : distance.value / KM_PER_MI);
  const goal = options.goalDistance ? toUnit(options.goalDistance) : Infinity;

  plan.days.forEach((day, index) => {
    if (day.day !== index + 1) fail(`day ${index + 1} is numbered ${day.day}`);
    if (day.date !== new Date(start + index * DAY_MS).toISOString().slice(0, 10)) fail(`day ${day.day} is dated ${day.date}`);
    const phase = protocol.phases.find((candidate) => candidate.days.min <= day.day && day.day <= candidate.days.max);
    const limit = day.running.maxDistance?.value;
    if (!phase || limit === undefined) return;
    if (limit > goal + 1e-9) fail(`day ${day.day} allows ${limit}, above the goal`);
    if (phase.running.kind === 'cap' && limit > toUnit(phase.running.maxDistance) + 1e-9) fail(`day ${day.day} allows ${limit}, above the phase cap`);
    const previous = plan.days[index - 1]?.running.maxDistance?.value;
    if (previous === undefined || day.day === phase.days.min && phase.running.kind !== 'ramp-to-goal') return;
    // Inside a phase a cap stays level and a ramp rises by at most one equal step (plus a tenth for rounding).
    const step = phase.running.kind === 'ramp-to-goal' ? Math.max(0, goal - toUnit(phase.running.from)) / (phase.days.max - phase.days.min + 1) : 0;
    if (limit - previous > step + 0.1 + 1e-9) fail(`day ${day.day} jumps from ${previous} to ${limit}, more than the protocol allows`);
  });
  plan.checkpoints.forEach((checkpoint) => {
    if (plan.days[checkpoint.day - 1]?.date !== checkpoint.date) fail(`checkpoint on day ${checkpoint.day} is dated ${checkpoint.date}`);
  });
  return issues;
}
