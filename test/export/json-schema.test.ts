import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { matchConditions, reviewPlan, type LogEntry } from 'rehab-protocols';
import { JSON_SCHEMA_MODELS, toJsonSchema } from '../../src/export/json-schema/index.js';
import { vignettes } from '../vignettes/index.js';
import { renderFieldDocs } from '../../scripts/field-docs.js';
import { everyProtocolPlan, foundingPlan } from './plans.js';

// The schemas as shipped in the package, written by `npm run build` (which `npm test` runs first).
const shipped = (model: string) => {
  const file = new URL(`../../dist/schema/${model}.json`, import.meta.url);
  if (!existsSync(file)) throw new Error(`dist/schema/${model}.json is missing: run npm run build first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
};

// ajv is an independent validator: a plan the library makes must pass the schema the package ships.
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validator = (model: string) => {
  const schema = shipped(model);
  return ajv.getSchema(schema.$id as string) ?? ajv.compile(schema);
};

describe('the shipped JSON Schemas', () => {
  it('exist for every model and match what toJsonSchema gives', () => {
    for (const model of JSON_SCHEMA_MODELS) expect(shipped(model)).toEqual(toJsonSchema(model));
  });

  it('give every property its field’s one-line doc as description', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${path}[${index}]`));
      if (typeof node !== 'object' || node === null) return;
      const { properties } = node as { properties?: Record<string, { description?: unknown }> };
      if (properties) for (const [name, property] of Object.entries(properties)) if (typeof property.description !== 'string') undescribed.push(`${path}.${name}`);
      for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    };
    for (const model of JSON_SCHEMA_MODELS) walk(shipped(model), model);
    expect(undescribed).toEqual([]);
    const plan = shipped('plan') as { properties: Record<string, { description: string }> };
    expect(plan.properties.sources?.description).toBe('Every source that a number of the plan rests on, once each; each `cited` evidence in the plan names ids from here.');
  });

  it("describe each member of a union by its own kind, where members share their fields (a referral's diagnosis and no-protocol)", () => {
    const kinds: Record<string, string> = {};
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const kind = (node as { properties?: { kind?: { const?: unknown; description?: string } } }).properties?.kind;
      if (typeof kind?.const === 'string' && kind.description !== undefined) kinds[kind.const] = kind.description;
      for (const value of Object.values(node)) walk(value);
    };
    walk(toJsonSchema('match-result'));
    expect(kinds['refer-only-condition']).toBe('The best match is a condition that needs a clinician.');
    expect(kinds.diagnosis).toMatch(/^A clinician's diagnosis \(`diagnosedAs`\) the library does not plan for/);
    expect(kinds['no-protocol']).toBe('The best match has no self-managed protocol among those given.');
  });

  it('take their descriptions from a field-docs module that is current (npm run generate)', () => {
    expect(readFileSync(new URL('../../src/export/json-schema/field-docs.ts', import.meta.url), 'utf8')).toBe(renderFieldDocs());
  });

  it('accept real plans from every protocol (plan.json)', () => {
    const validate = validator('plan');
    for (const plan of [foundingPlan, ...everyProtocolPlan]) {
      expect(validate(JSON.parse(JSON.stringify(plan))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('accept real review results and log entries, and reject a review without its plan (review-result.json, log-entry.json)', () => {
    const validateReview = validator('review-result');
    const validateEntry = validator('log-entry');
    const log: LogEntry[] = [
      { kind: 'run', date: '2026-12-05', distance: { value: 4, unit: 'mi' }, pain: { during: 3 } },
      { kind: 'pain', date: '2026-12-05', after: 4, nextMorning: 6 },
      { kind: 'symptom', date: '2026-12-06', redFlag: 'night-pain' },
    ];
    for (const entry of log) expect(validateEntry(entry), JSON.stringify(validateEntry.errors)).toBe(true);
    for (const today of ['2026-12-06', '2026-12-07']) {
      const result = JSON.parse(JSON.stringify(reviewPlan(foundingPlan, log.filter((entry) => entry.date < today), { today })));
      expect(validateReview(result), JSON.stringify(validateReview.errors)).toBe(true);
      expect(validateReview({ status: result.status, reasons: result.reasons })).toBe(false);
    }
    // A referral's reasons say how soon, on the referral scale only.
    const referred = JSON.parse(JSON.stringify(reviewPlan(foundingPlan, log, { today: '2026-12-07' })));
    expect(referred.reasons[0]).toMatchObject({ status: 'refer', urgency: 'routine' });
    expect(validateReview({ ...referred, reasons: [{ ...referred.reasons[0], urgency: 'soon' }] })).toBe(false);
    expect(validateEntry({ kind: 'run', date: '2026-12-05', distance: 4 })).toBe(false);
  });

  it('reject a plan with a wrong unit, a missing field or an unknown one (plan.json)', () => {
    const validate = validator('plan');
    expect(validate({ ...foundingPlan, unit: 'miles' })).toBe(false);
    const { endDate: _endDate, ...missing } = foundingPlan;
    expect(validate(missing)).toBe(false);
    expect(validate({ ...foundingPlan, colour: 'red' })).toBe(false);
  });

  it('accept every vignette profile and every match result (symptom-profile.json, match-result.json)', () => {
    const profile = validator('symptom-profile');
    const result = validator('match-result');
    for (const vignette of vignettes) {
      expect(profile(vignette.profile)).toBe(true);
      expect(result(JSON.parse(JSON.stringify(matchConditions(vignette.profile))))).toBe(true);
    }
    expect(profile({ region: 'elbow' })).toBe(false);
  });
});
