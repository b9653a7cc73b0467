// matchConditions beside json-rules-engine evaluating the same findings (one rule per finding; its successes and
// failures give the same log-odds), and beside a plain loop over them: the floor for this much work.
// Run with `npm run bench`; numbers are printed, never asserted. Target (issue 8): ≥ 50× json-rules-engine.
import { Engine, type RuleProperties } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { LIKELIHOOD_RATIO_GRADES, matchConditions, type SymptomProfile } from 'rehab-protocols';
import { conditions } from 'rehab-protocols/protocols';
import { foundingProfile } from '../test/fixtures/founding-profile.js';
import { microseconds, report } from './report.js';

const LIST_FIELDS = new Set(['locations', 'aggravatedBy', 'painFreeDuring', 'trainingChange', 'signs', 'redFlags']);

const engine = new Engine([], { allowUndefinedFacts: true });
for (const condition of conditions) {
  for (const finding of condition.findings) {
    const rule: RuleProperties = {
      conditions: { all: [{ fact: finding.field, operator: LIST_FIELDS.has(finding.field) ? 'contains' : 'equal', value: finding.value }] },
      event: { type: condition.id, params: { present: Math.log(LIKELIHOOD_RATIO_GRADES[finding.present]), absent: Math.log(LIKELIHOOD_RATIO_GRADES[finding.absent]) } },
    };
    engine.addRule(rule);
  }
}
const priors = new Map(conditions.map((condition) => [condition.id, Math.log(condition.prior.probability / (1 - condition.prior.probability))]));

async function rulesEngineScores(profile: SymptomProfile): Promise<Map<string, number>> {
  const facts = Object.fromEntries(Object.entries(profile).map(([key, value]) => [key, value ?? []]));
  const { events, failureEvents } = await engine.run(facts);
  const logOdds = new Map(priors);
  for (const event of events) logOdds.set(event.type, (logOdds.get(event.type) ?? 0) + (event.params?.present as number));
  for (const event of failureEvents) logOdds.set(event.type, (logOdds.get(event.type) ?? 0) + (event.params?.absent as number));
  return logOdds;
}

function plainLoopScores(profile: SymptomProfile): Map<string, number> {
  const logOdds = new Map<string, number>();
  for (const condition of conditions) {
    let sum = priors.get(condition.id) ?? 0;
    for (const finding of condition.findings) {
      const value: string | readonly string[] | undefined = profile[finding.field];
      const present = value === finding.value || (Array.isArray(value) && value.includes(finding.value));
      sum += Math.log(LIKELIHOOD_RATIO_GRADES[present ? finding.present : finding.absent]);
    }
    logOdds.set(condition.id, sum);
  }
  return logOdds;
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
