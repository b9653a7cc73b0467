// Each exporter beside the plain writing of the text it makes: toCsv beside papaparse's `unparse` of the very rows
// toCsv writes; toIcs beside toCsv of the same plan; toMarkdown and the FHIR writers (as the JSON text
// an app sends) beside toCsv and JSON.stringify.
// Plans are library-made (so known valid); the founding plan and a 12-week history-fitted one. Run with `npm run bench`;
// numbers are printed, never asserted. Everything comes from src/ (as `rehab-protocols` does here, through
// tsconfig paths): one copy of the library, as in an app, so the exporters know the plans it made.
import Papa from 'papaparse';
import { generatePlan, type Plan } from 'rehab-protocols';
import { toCsv } from '../src/export/csv/index.js';
import { planToCarePlan, protocolToPlanDefinition } from '../src/export/fhir/index.js';
import { toIcs } from '../src/export/ics/index.js';
import { toMarkdown } from '../src/export/markdown/index.js';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { iliotibialBandSyndrome } from 'rehab-protocols/protocols/iliotibial-band-syndrome';
import { csvRows } from '../src/export/csv/to-csv.js';
import { interleaved } from './report.js';

const plans: Record<string, Plan> = {
  'the founding plan': generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } }),
  'a 12-week ITB plan': generatePlan(iliotibialBandSyndrome, { startDate: '2026-12-01', goalDistance: { value: 21, unit: 'km' } }),
};

for (const [name, plan] of Object.entries(plans)) {
  console.log(`\n${name} (${plan.days.length} days)`);
  const rows = csvRows(plan, {});
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
