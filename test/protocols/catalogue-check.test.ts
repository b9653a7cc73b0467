import { describe, expect, it } from 'vitest';
import { ProtocolSchema } from 'rehab-protocols';
import { conditions, protocols } from 'rehab-protocols/protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { catalogueProblems } from '../../scripts/catalogue-problems.js';

// The catalogue is trusted at import (catalogueProtocol, catalogueCondition) and checked by the build and the
// conformance suite with catalogueProblems instead: the check must catch what import-time parsing used to.

const copy = <T>(value: T): T => structuredClone(value) as T;

describe('the catalogue check', () => {
  it('passes every entry of the catalogue', () => {
    for (const entry of [...conditions, ...protocols]) expect(catalogueProblems(entry.id, entry)).toEqual([]);
  });

  it('parses the entry, not the memory of it: a copy that breaks a cross-check fails', () => {
    const broken = copy(patellofemoralPain);
    const second = broken.phases[1];
    if (second) second.days = { min: second.days.min + 1, max: second.days.max };
    const problems = catalogueProblems('patellofemoralPain', broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^`patellofemoralPain` fails its schema:\n {2}phases\.1\.days\.min: Expected the phase to start on day 8/);
  });

  it('fails an entry that parsing would change: a field written as undefined, an unknown field', () => {
    const sources = patellofemoralPain.sources.map((source) => ({ ...source, design: undefined }));
    expect(catalogueProblems('p', { ...copy(patellofemoralPain), sources })[0]).toMatch(/is changed by its schema \(a field written as undefined/);
    expect(catalogueProblems('p', { ...copy(patellofemoralPain), extra: 1 })[0]).toMatch(/fails its schema/);
  });

  it('words problems as defineProtocol does for an app, with the nearest field', () => {
    const broken = copy(patellofemoralPain);
    const dose = broken.phases[0]?.exercises[1]?.dose as Record<string, unknown>;
    dose['rep'] = dose['reps'];
    delete dose['reps'];
    expect(catalogueProblems('p', broken)).toEqual(['`p` fails its schema:\n  phases.0.exercises.1.dose.rep: Unknown field `rep` — did you mean `reps`?']);
  });

  it('leaves exports that are neither a protocol nor a condition to the conformance suite', () => {
    expect(catalogueProblems('helper', { id: 'x' })).toEqual([]);
  });

  it('trusts the catalogue at import: its entries are remembered as valid and frozen', () => {
    expect(ProtocolSchema.parse(patellofemoralPain)).toBe(patellofemoralPain);
    expect(Object.isFrozen(patellofemoralPain.phases[0]?.exercises[0]?.dose)).toBe(true);
  });
});
