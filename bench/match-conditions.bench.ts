// matchConditions beside json-rules-engine evaluating the same findings (one rule per finding; its successes and
// failures give the same log-odds), and beside a plain loop over them: the floor for this much work.
// Run with `npm run bench`; numbers are printed, never asserted. Target (issue 8): ≥ 50× json-rules-engine.
import { Engine, type RuleProperties } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { LIKELIHOOD_RATIO_GRADES, matchConditions, type SymptomProfile } from 'rehab-protocols';
import { conditions } from 'rehab-protocols/protocols';
import { foundingProfile } from '../test/fixtures/founding-profile.js';
import { microseconds, report } from './report.js';

// Every fact is the list of values the profile gives for a field; a field the profile leaves out was not asked, so its
// findings count neither way (the matcher's "not asked is neutral"). The founding profile asks no value one by one.
function facts(profile: SymptomProfile): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(profile)) {
    if (typeof value === 'string') result[field] = [value];
    else if (Array.isArray(value)) result[field] = value as string[];
  }
  result['region'] = [profile.region, ...(profile.otherRegions ?? [])];
  if (profile.age !== undefined) result['ageGroup'] = [profile.age < 18 ? 'under-18' : profile.age < 40 ? '18-to-39' : '40-and-over'];
  return result;
}

// A `rules-out` answer caps a condition's log-odds at its prior's plus that grade's (docs/matcher.md).
const RULES_OUT = Math.log(LIKELIHOOD_RATIO_GRADES['rules-out']);

const engine = new Engine([], { allowUndefinedFacts: true });
for (const condition of conditions) {
  for (const finding of condition.findings) {
    const values = [finding.value, ...(finding.or ?? [])];
    const rule: RuleProperties = {
      conditions: { any: values.map((value) => ({ fact: finding.field, operator: 'contains', value })) },
      event: {
        type: condition.id,
        params: {
          field: finding.field,
          present: Math.log(LIKELIHOOD_RATIO_GRADES[finding.present]),
          absent: Math.log(LIKELIHOOD_RATIO_GRADES[finding.absent]),
          presentRulesOut: finding.present === 'rules-out',
          absentRulesOut: finding.absent === 'rules-out',
        },
      },
    };
    engine.addRule(rule);
  }
}
const priors = new Map(conditions.map((condition) => [condition.id, Math.log(condition.prior.probability / (1 - condition.prior.probability))]));

async function rulesEngineScores(profile: SymptomProfile): Promise<Map<string, number>> {
  const given = facts(profile);
  const { events, failureEvents } = await engine.run(given);
  const logOdds = new Map(priors);
  const excluded = new Set<string>();
  for (const event of events) {
    logOdds.set(event.type, (logOdds.get(event.type) ?? 0) + (event.params?.['present'] as number));
    if (event.params?.['presentRulesOut'] === true) excluded.add(event.type);
  }
  for (const event of failureEvents) {
    if (given[event.params?.['field'] as string] === undefined) continue;
    logOdds.set(event.type, (logOdds.get(event.type) ?? 0) + (event.params?.['absent'] as number));
    if (event.params?.['absentRulesOut'] === true) excluded.add(event.type);
  }
  for (const id of excluded) logOdds.set(id, Math.min(logOdds.get(id) ?? 0, (priors.get(id) ?? 0) + RULES_OUT));
  return logOdds;
}

function plainLoopScores(profile: SymptomProfile): Map<string, number> {
  const given = facts(profile);
  const logOdds = new Map<string, number>();
  for (const condition of conditions) {
    const prior = priors.get(condition.id) ?? 0;
    let sum = prior;
    let excluded = false;
    for (const finding of condition.findings) {
      const values = given[finding.field];
      if (values === undefined) continue;
      const present = values.includes(finding.value) || (finding.or ?? []).some((value) => values.includes(value));
      const grade = present ? finding.present : finding.absent;
      sum += Math.log(LIKELIHOOD_RATIO_GRADES[grade]);
      if (grade === 'rules-out') excluded = true;
    }
    logOdds.set(condition.id, excluded ? Math.min(sum, prior + RULES_OUT) : sum);
  }
  return logOdds;
}

// The three compute the same scores: check it before timing them.
const expected = new Map(matchConditions(foundingProfile).matches.map((match) => [match.conditionId, match.score]));
const sigmoid = (logOdds: number) => 1 / (1 + Math.exp(-logOdds));
for (const [name, scores] of [['json-rules-engine', await rulesEngineScores(foundingProfile)], ['plain loop', plainLoopScores(foundingProfile)]] as const) {
  for (const [id, logOdds] of scores) {
    if (Math.abs(sigmoid(logOdds) - (expected.get(id) ?? Number.NaN)) > 1e-9) throw new Error(`${name} scores ${id} differently from matchConditions`);
  }
}

const findings = conditions.reduce((sum, condition) => sum + condition.findings.length, 0);
const subject = `matchConditions (${conditions.length} conditions, ${findings} findings)`;
const rules = 'json-rules-engine, the same findings';
const loop = 'a plain loop over the same findings';
const bench = new Bench({ time: 1000 });
bench
  .add(subject, () => void matchConditions(foundingProfile))
  .add(rules, async () => void (await rulesEngineScores(foundingProfile)))
  .add(loop, () => void plainLoopScores(foundingProfile));
await bench.run();
report(bench, subject);
const speedup = microseconds(bench, rules) / microseconds(bench, subject);
console.log(`matchConditions: ${speedup.toFixed(1)}× json-rules-engine's throughput (target ≥ 50×)`);
