import type { Plan } from 'rehab-protocols';
import { toCsv } from 'rehab-protocols/export/csv';
import { planToCarePlan } from 'rehab-protocols/export/fhir';
import { toIcs } from 'rehab-protocols/export/ics';
import { toMarkdown } from 'rehab-protocols/export/markdown';
import { h } from './dom.js';

// Imported statically, not with import(): a chunk loaded on first click would need the network, and the page must
// keep working offline once it has loaded.
const FORMATS = [
  { label: 'Calendar (ICS)', extension: 'ics', type: 'text/calendar', write: toIcs },
  { label: 'Handout (Markdown)', extension: 'md', type: 'text/markdown', write: toMarkdown },
  { label: 'Spreadsheet (CSV)', extension: 'csv', type: 'text/csv', write: (plan: Plan) => toCsv(plan) },
  { label: 'FHIR CarePlan (JSON)', extension: 'fhir.json', type: 'application/fhir+json', write: (plan: Plan) => `${JSON.stringify(planToCarePlan(plan), null, 2)}\n` },
] as const;

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A button per export format; each writes the file the package's exporter produces for this plan. */
export function renderExports(plan: Plan): HTMLElement {
  const base = `${plan.protocolId}-${plan.startDate}`;
  return h(
    'section',
    { class: 'exports', 'aria-labelledby': 'exports-heading' },
    h('h3', { id: 'exports-heading' }, 'Export'),
    h(
      'div',
      { class: 'buttons' },
      ...FORMATS.map(({ label, extension, type, write }) => {
        const button = h('button', { type: 'button', 'data-format': extension }, label);
        button.addEventListener('click', () => download(`${base}.${extension}`, type, write(plan)));
        return button;
      }),
    ),
  );
}
