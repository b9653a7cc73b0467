import { describe, expect, it } from 'vitest';
import * as main from 'rehab-protocols';
import * as catalogue from 'rehab-protocols/protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import * as jsonSchema from '../../src/export/json-schema/index.js';

const protocolModules = import.meta.glob<Record<string, unknown>>('../../protocols/*.ts', { eager: true });
const goalDistance = { value: 30, unit: 'mi' } as const;

/** The paths under `value` that are objects and not frozen. */
function unfrozen(value: unknown, path: string): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return [
    ...(Object.isFrozen(value) ? [] : [path]),
    ...Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${path}.${key}`)),
  ];
}

// Schemas are left out: they are zod's objects, which cache what they compute as they are used.
const data = (entries: Record<string, unknown>) =>
  Object.entries(entries).filter(([, value]) => typeof value === 'object' && value !== null && !('_zod' in value));

describe('what the library exports', () => {
  const exported = [
    ...data(main).map(([name, value]) => [`rehab-protocols ${name}`, value] as const),
    ...data(catalogue).map(([name, value]) => [`rehab-protocols/protocols ${name}`, value] as const),
    ...data(jsonSchema).map(([name, value]) => [`rehab-protocols/export/json-schema ${name}`, value] as const),
    ...Object.entries(protocolModules).flatMap(([file, module]) => data(module).map(([name, value]) => [`${file} ${name}`, value] as const)),
  ];

  it('includes the vocabularies, the grade table and the whole catalogue', () => {
    const names = exported.map(([name]) => name);
    expect(names).toContain('rehab-protocols REGIONS');
    expect(names).toContain('rehab-protocols LIKELIHOOD_RATIO_GRADES');
    expect(names).toContain('rehab-protocols/protocols protocols');
    expect(names).toContain('../../protocols/patellofemoral-pain.ts patellofemoralPain');
  });

  it.each(exported)('is deep-frozen: %s', (name, value) => {
    expect(unfrozen(value, name)).toEqual([]);
  });

  it('cannot be changed by one app module under another’s feet', () => {
    const before = main.generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance });
    expect(() => {
      (patellofemoralPain.phases[0] as { days: { max: number } }).days.max = 2;
    }).toThrow(TypeError);
    expect(() => (catalogue.protocols as unknown[]).pop()).toThrow(TypeError);
    expect(() => (main.REGIONS as unknown as string[]).push('elbow')).toThrow(TypeError);
    expect(() => {
      (main.LIKELIHOOD_RATIO_GRADES as Record<string, number>)['strong'] = 100;
    }).toThrow(TypeError);
    expect(main.generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance })).toEqual(before);
  });
});
