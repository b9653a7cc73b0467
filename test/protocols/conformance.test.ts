import { describe, expect, it } from 'vitest';
import { getProtocol, listProtocols, matchConditions, RehabInputError, type Condition } from 'rehab-protocols';
import { vignettes } from '../vignettes/index.js';
import { moduleIssues, readModule } from './conformance.js';

// Every module in protocols/ (but the generated catalogue) is picked up here with no edit anywhere else.
const modules = Object.entries(import.meta.glob<Record<string, unknown>>(['../../protocols/*.ts', '!../../protocols/index.ts'], { eager: true })).map(
  ([path, exports]) => ({ id: path.replace(/^.*\/|\.ts$/g, ''), exports }),
);
const read = modules.map((module) => ({ ...module, ...readModule(module.exports) }));
const conditions: Condition[] = read.flatMap((module) => (module.condition ? [module.condition] : []));
const protocols = read.flatMap((module) => module.protocols);

describe('every module in protocols/', () => {
  it('is found', () => {
    expect(modules.length, 'no module found in protocols/: run this from the repository root').toBeGreaterThan(0);
  });

  it.each(modules.map((module) => [module.id, module] as const))('%s conforms', (_, module) => {
    const where = `protocols/${module.id}.ts does not conform: fix these in protocols/${module.id}.ts (see docs/contributing-a-protocol.md)`;
    expect(moduleIssues(module.id, module.exports, conditions), where).toEqual([]);
  });

  it('uses each id once across all modules', () => {
    const ids = [...conditions.map((condition) => condition.id), ...protocols.map((protocol) => protocol.id)];
    const protocolIds = protocols.map((protocol) => protocol.id);
    expect(new Set(protocolIds).size).toBe(protocolIds.length);
    expect(new Set(conditions.map((condition) => condition.id)).size).toBe(conditions.length);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('gives every self-managed condition at least one protocol, and refer-only ones none', () => {
    for (const condition of conditions) {
      const count = protocols.filter((protocol) => protocol.condition.id === condition.id).length;
      if (condition.referOnly) expect(count, `${condition.id} is refer-only: remove its protocol, or set referOnly: false in its module`).toBe(0);
      else expect(count, `${condition.id} has no protocol: add protocols/<protocol-id>.ts with condition.id '${condition.id}', or set referOnly: true`).toBeGreaterThanOrEqual(1);
    }
  });

  it('lets the matcher reach every condition from at least one vignette', () => {
    for (const condition of conditions) {
      const reached = vignettes.some((vignette) => vignette.top === condition.id && matchConditions(vignette.profile).matches[0]?.conditionId === condition.id);
      expect(reached, `no vignette ranks ${condition.id} first: add cases with top: '${condition.id}' to test/vignettes/knee.ts or test/vignettes/leg-and-foot.ts`).toBe(true);
    }
  });

  it('is in the catalogue that listProtocols returns', () => {
    expect(listProtocols().map((protocol) => protocol.id).sort(), 'protocols/index.ts is out of date: run npm run generate').toEqual(protocols.map((protocol) => protocol.id).sort());
  });
});

describe('getProtocol', () => {
  it('returns a protocol by id', () => {
    expect(getProtocol('achilles-tendinopathy-midportion-hsr').condition.id).toBe('achilles-tendinopathy-midportion');
  });

  it('names the known protocols for an unknown id', () => {
    expect(() => getProtocol('runners-knee')).toThrow(/Unknown protocol "runners-knee"\. Known protocols: .*patellofemoral-pain/);
  });

  it('says why a refer-only condition has no protocol and what to do instead', () => {
    expect(() => getProtocol('tibial-bone-stress-injury')).toThrow(RehabInputError);
    expect(() => getProtocol('meniscal-injury')).toThrow(/refer-only.*clinician/);
  });

  it('lists the protocols of a condition that has more than one', () => {
    expect(() => getProtocol('achilles-tendinopathy-midportion')).toThrow(
      /achilles-tendinopathy-midportion-eccentric, achilles-tendinopathy-midportion-hsr/,
    );
  });
});

describe('moduleIssues', () => {
  const founding = read.find((module) => module.id === 'patellofemoral-pain');
  const protocol = founding?.protocols[0];

  it('reports a number hidden in exercise text', () => {
    const changed = structuredClone(protocol);
    changed?.exercises[0]?.instructions.push('Do 12 of these.');
    expect(moduleIssues('patellofemoral-pain', { patellofemoralPain: changed }, conditions)).toContain(
      'exercise "slow-calf-raise" mentions 12, which none of its doses gives',
    );
  });

  it('reports a protocol whose id is not its file name, and stray exports', () => {
    expect(moduleIssues('knee-plan', { patellofemoralPain: protocol, helper: 42 }, conditions)).toEqual(
      expect.arrayContaining(['exports `helper`, which is neither `condition` nor a protocol', 'protocol id "patellofemoral-pain" is not the file name "knee-plan"']),
    );
  });

  it('reports a protocol for a condition no module defines', () => {
    expect(moduleIssues('patellofemoral-pain', { patellofemoralPain: protocol }, [])).toContain(
      'treats "patellofemoral-pain", which no module defines as a condition',
    );
  });
});

describe('the conformance suite on evidence', () => {
  const hsr = read.find((module) => module.id === 'achilles-tendinopathy-midportion-hsr');
  const protocol = hsr?.protocols[0];

  it('refuses a cited number that does not say how it was checked', () => {
    if (!protocol) throw new Error('the HSR module is missing');
    const [first, ...rest] = protocol.phases;
    if (!first) throw new Error('the HSR protocol has no phase');
    const unchecked = { kind: 'cited' as const, sourceIds: ['beyer-2015'] };
    const changed = { ...protocol, phases: [{ ...first, evidence: unchecked }, ...rest] };
    expect(moduleIssues(protocol.id, { hsr: changed }, conditions)).toContain(
      'protocol phases[0].evidence cites beyer-2015 without saying how it was checked (checked, checkedAt)',
    );
  });

  it('refuses a source without a design, and a grade from a source that is not a guideline', () => {
    if (!protocol) throw new Error('the HSR module is missing');
    const sources = protocol.sources.map(({ design, ...source }) => (source.id === 'beyer-2015' ? source : { ...source, design }));
    const [first, ...rest] = protocol.phases;
    if (!first || first.evidence.kind !== 'cited') throw new Error('the HSR protocol’s first phase is not cited');
    const graded = { ...first, evidence: { ...first.evidence, grade: 'A' as const } };
    const issues = moduleIssues(protocol.id, { hsr: { ...protocol, sources, phases: [graded, ...rest] } }, conditions);
    expect(issues).toContain('protocol source "beyer-2015" has no design');
    expect(issues).toContain('protocol phases[0].evidence gives grade A, but cites no clinical practice guideline');
  });
});
