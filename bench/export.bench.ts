// Each exporter beside the plain writing of the text it makes: toCsv beside papaparse's `unparse` of the very rows
// toCsv writes; toIcs beside toCsv of the same plan; toMarkdown and the FHIR writers (as the JSON text
// an app sends) beside toCsv and JSON.stringify.
// Plans are library-made (so known valid); the founding plan and a 12-week history-fitted one. Run with `npm run bench`;
// numbers are printed, never asserted. Everything comes from the built package (bench/tsconfig.json), as in an app.
import Papa from 'papaparse';
import { generatePlan, type Plan } from 'rehab-protocols';
import { toCsv } from 'rehab-protocols/export/csv';
import { planToCarePlan, protocolToPlanDefinition } from 'rehab-protocols/export/fhir';
import { toIcs } from 'rehab-protocols/export/ics';
import { toMarkdown } from 'rehab-protocols/export/markdown';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { iliotibialBandSyndrome } from 'rehab-protocols/protocols/iliotibial-band-syndrome';
import { interleaved } from './report.js';

const plans: Record<string, Plan> = {
  'the founding plan': generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } }),
  'a 12-week ITB plan': generatePlan(iliotibialBandSyndrome, { startDate: '2026-12-01', goalDistance: { value: 21, unit: 'km' } }),
};

for (const [name, plan] of Object.entries(plans)) {
  console.log(`\n${name} (${plan.days.length} days)`);
  // The very rows toCsv writes, read back from its text (once, outside the timing).
  const rows = Papa.parse<string[]>(toCsv(plan), { newline: '\r\n' }).data;
  const papa = 'papaparse unparse of the same rows';
  interleaved(
    {
      [papa]: () => void Papa.unparse(rows, { newline: '\r\n' }),
      toCsv: () => void toCsv(plan),
    },
    papa,
  );
  interleaved(
    {
      toCsv: () => void toCsv(plan),
      toIcs: () => void toIcs(plan),
      toMarkdown: () => void toMarkdown(plan),
      'planToCarePlan, as JSON text': () => void JSON.stringify(planToCarePlan(plan)),
      'JSON.stringify of the plan': () => void JSON.stringify(plan),
    },
    'toCsv',
  );
}

console.log('\nthe founding protocol as a FHIR PlanDefinition');
interleaved(
  {
    'JSON.stringify of the protocol': () => void JSON.stringify(patellofemoralPain),
    'protocolToPlanDefinition, as JSON text': () => void JSON.stringify(protocolToPlanDefinition(patellofemoralPain)),
  },
  'JSON.stringify of the protocol',
);
