import { describe, expect, it } from 'vitest';
import { formatPlan } from 'rehab-protocols';
import { toCsv } from '../../src/export/csv/index.js';
import { planToCarePlan, protocolToPlanDefinition } from '../../src/export/fhir/index.js';
import { toMarkdown } from '../../src/export/markdown/index.js';
import { HOSTILE_STRINGS, withText } from '../fixtures/hostile-strings.js';
import { foundingPlan } from './plans.js';
import { parseCsv } from '../fixtures/parse-csv.js';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

describe.each(HOSTILE_STRINGS.map((text) => [JSON.stringify(text), text]))('text %s', (_, text) => {
  const plan = withText(foundingPlan, text);

  it('keeps the CSV to its rows and columns, and no cell can run as a formula', () => {
    const rows = parseCsv(toCsv(plan));
    expect(rows).toHaveLength(plan.days.length + 1);
    const columns = parseCsv(toCsv(foundingPlan))[0]?.length;
    for (const row of rows) {
      expect(row).toHaveLength(columns ?? 0);
      for (const cell of row) {
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell).not.toMatch(CONTROL);
      }
    }
  });

  it('keeps the Markdown handout to its own headings, with no raw HTML or control characters', () => {
    const markdown = toMarkdown(plan);
    const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('#')).map((line) => line.match(/^#+ /)?.[0]);
    expect(headings(markdown)).toEqual(headings(toMarkdown(foundingPlan)));
    expect(markdown).not.toMatch(/(^|[^\\])</m);
    expect(markdown).not.toMatch(CONTROL);
    // A table row keeps its six cells: unescaped pipes would add more.
    const row = markdown.split('\n').find((line) => line.startsWith('| 1 |')) ?? '';
    expect(row.split(/(?<!\\)\|/)).toHaveLength(8);
  });

  it('keeps the text table on one line per day', () => {
    const lines = formatPlan(plan).split('\n');
    expect(lines.filter((line) => /^\d+\s+\d{4}-\d\d-\d\d/.test(line))).toHaveLength(plan.days.length);
  });
});

describe('FHIR ids and names', () => {
  const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
  const PDF_0 = /^[A-Z]([A-Za-z0-9_]){1,254}$/;
  const long = 'a'.repeat(40);
  const protocol = structuredClone(patellofemoralPain);
  protocol.id = `${long}-protocol-${long}`;
  protocol.phases[0]!.id = `${long}-phase`;
  const renamed = protocol.exercises[0]!.id;
  protocol.exercises[0]!.id = `9-${long}-exercise`;
  for (const phase of protocol.phases) {
    for (const entry of phase.exercises) if (entry.exerciseId === renamed) entry.exerciseId = protocol.exercises[0]!.id;
  }
  // The same exercise twice in one phase, at two doses.
  protocol.phases[0]!.exercises.push({ ...protocol.phases[0]!.exercises[0]! });
  const definition = protocolToPlanDefinition(protocol);

  it('are unique within a phase that repeats an exercise, and at most 64 characters', () => {
    const ids = definition.action.flatMap((action) => [action.id, ...(action.action ?? []).map((sub) => sub.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [definition.id, ...ids, ...definition.contained.map((entry) => entry.id)]) expect(id).toMatch(FHIR_ID);
  });

  it('point every sub-action at a contained exercise', () => {
    const contained = new Set(definition.contained.map((entry) => `#${entry.id}`));
    for (const sub of definition.action.flatMap((action) => action.action ?? [])) expect(contained.has(sub.definitionCanonical ?? '')).toBe(true);
  });

  it('give names that pass pdf-0 and adf-0', () => {
    expect(definition.name).toMatch(PDF_0);
    for (const entry of definition.contained) expect(entry.name).toMatch(PDF_0);
    expect(protocolToPlanDefinition(patellofemoralPain).name).toBe('PatellofemoralPain');
  });

  it('carry hostile text as JSON text', () => {
    for (const text of HOSTILE_STRINGS) expect(JSON.parse(JSON.stringify(planToCarePlan(withText(foundingPlan, text)))).title).toBe(text);
  });
});
