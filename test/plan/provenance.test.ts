import { describe, expect, it } from 'vitest';
import { generatePlan, listProtocols, type Evidence, type GeneratePlanOptions, type Plan, type Protocol } from 'rehab-protocols';
import { historyOf, shiftDay, summaryOf, testRunners } from '../fixtures/runners.js';
import { parsePlanInFull } from '../fixtures/full-parse.js';

const startDate = '2026-12-01';
const goalDistance = { value: 10, unit: 'km' } as const;
const runner = testRunners[1];
if (!runner) throw new Error('the fixtures have no recreational runner');

/** Every way a plan is made: knowing nothing of the runner, a history, a summary, and a break of more than 30 days. */
const optionSets: readonly { label: string; options: GeneratePlanOptions }[] = [
  { label: 'no runner', options: { startDate, goalDistance } },
  { label: 'a history', options: { startDate, goalDistance, history: historyOf(runner, startDate) } },
  { label: 'a summary', options: { startDate, goalDistance, runner: summaryOf(runner) } },
  { label: 'a history ending 6 weeks ago', options: { startDate, goalDistance, history: historyOf(runner, shiftDay(startDate, -42)) } },
  { label: 'a history, spike guard warning only', options: { startDate, goalDistance, history: historyOf(runner, startDate), spikeGuard: 'warn' } },
];

/** Every number-bearing part of a plan with its evidence, named so a failure says where. */
function evidenceOf(plan: Plan): { where: string; evidence: Evidence }[] {
  const found: { where: string; evidence: Evidence }[] = [];
  for (const day of plan.days) {
    found.push({ where: `day ${day.day}`, evidence: day.evidence });
    day.running.evidence.forEach((evidence, index) => found.push({ where: `day ${day.day} running[${index}]`, evidence }));
    if (day.running.painLimits) found.push({ where: `day ${day.day} pain limits`, evidence: day.running.painLimits.evidence });
    for (const entry of day.exercises) found.push({ where: `day ${day.day} ${entry.exerciseId}`, evidence: entry.dose.evidence });
    if (day.checkpoint) found.push({ where: `day ${day.day} checkpoint`, evidence: day.checkpoint.evidence });
  }
  for (const checkpoint of plan.checkpoints) {
    found.push({ where: `checkpoint ${checkpoint.day}`, evidence: checkpoint.evidence });
    if (checkpoint.progressIf) found.push({ where: `checkpoint ${checkpoint.day} pain limits`, evidence: checkpoint.progressIf.evidence });
  }
  return found;
}

/** Every problem with the plan's provenance; empty when each number resolves to Plan.sources or a reasoned default. */
function provenanceIssues(plan: Plan): string[] {
  const issues: string[] = [];
  const ids = plan.sources.map((source) => source.id);
  if (new Set(ids).size !== ids.length) issues.push(`Plan.sources repeats a source: ${ids.join(', ')}`);
  const cited = new Set<string>();
  for (const { where, evidence } of evidenceOf(plan)) {
    if (evidence.kind === 'library-default') {
      if (evidence.reason.trim().length < 20) issues.push(`${where}: a library default without a reason`);
      continue;
    }
    for (const id of evidence.sourceIds) {
      cited.add(id);
      if (!ids.includes(id)) issues.push(`${where}: cites "${id}", which is not in Plan.sources`);
    }
    if (!evidence.checked || !evidence.checkedAt) issues.push(`${where}: cites ${evidence.sourceIds.join(', ')} without saying how it was checked`);
  }
  for (const id of ids) if (!cited.has(id)) issues.push(`Plan.sources lists "${id}", which nothing in the plan cites`);
  return issues;
}

const plans = listProtocols().flatMap((protocol: Protocol) =>
  optionSets.map(({ label, options }) => ({ label: `${protocol.id} with ${label}`, plan: generatePlan(protocol, options) })),
);

describe('the provenance of every plan', () => {
  it.each(plans.map(({ label, plan }) => [label, plan] as const))('%s: every number resolves to Plan.sources or a library default', (_, plan) => {
    expect(() => parsePlanInFull(plan)).not.toThrow();
    expect(provenanceIssues(plan)).toEqual([]);
  });

  it('gives every day running evidence, rest days included, starting with the protocol’s rule', () => {
    for (const { plan } of plans) {
      const protocol = listProtocols().find((candidate) => candidate.id === plan.protocolId);
      for (const day of plan.days) {
        const phase = protocol?.phases.find((candidate) => candidate.id === day.phaseId);
        expect(day.running.evidence[0]).toEqual(phase?.running.evidence);
        expect(day.evidence).toEqual(phase?.evidence);
      }
    }
  });

  it('cites the spike guard’s source wherever a limit was lowered to 110 % of a recent run', () => {
    const lowered = plans.flatMap(({ plan }) =>
      plan.days.filter((day) => day.flags.some((flag) => flag.kind === 'limited-by-history' && flag.message.includes('110 %') && day.running.intervals === undefined && day.running.durationMinutes === undefined)),
    );
    expect(lowered.length).toBeGreaterThan(0);
    for (const day of lowered) expect(day.running.evidence.some((evidence) => evidence.kind === 'cited' && evidence.sourceIds.includes('frandsen-2025'))).toBe(true);
  });

  it('cites the return-to-run programme on every ladder session, and lists it among the sources', () => {
    const ladder = plans.filter(({ plan }) => plan.days.some((day) => day.flags.some((flag) => flag.kind === 'return-to-run')));
    expect(ladder.length).toBeGreaterThan(0);
    for (const { plan } of ladder) {
      expect(plan.sources.map((source) => source.id)).toContain('crowell-2023');
      for (const day of plan.days.filter((candidate) => candidate.flags.some((flag) => flag.kind === 'return-to-run'))) {
        expect(day.running.evidence.some((evidence) => evidence.kind === 'cited' && evidence.sourceIds.includes('crowell-2023'))).toBe(true);
      }
    }
  });

  it('marks planned runs as the library’s, and lists no runner source when the plan knows nothing of the runner', () => {
    for (const { label, plan } of plans) {
      const planned = plan.days.filter((day) => day.running.planned !== undefined);
      for (const day of planned) expect(day.running.evidence.some((evidence) => evidence.kind === 'library-default' && evidence.reason.includes('usual week'))).toBe(true);
      if (label.endsWith('no runner')) expect(plan.sources.map((source) => source.id)).not.toContain('frandsen-2025');
    }
  });

  it('gives the founding plan its one source, the prescription', () => {
    const founding = plans.find(({ label }) => label === 'patellofemoral-pain with no runner');
    expect(founding?.plan.sources.map((source) => source.id)).toEqual(['founding-case']);
  });
});
