import { h } from './dom.js';
import { readHistory, type HistoryResult } from './history.js';

/**
 * The optional training history: pasted into a text box or read from an uploaded file (in the browser; the file
 * goes nowhere), as `date,distance[,duration]` lines or Strava's activities.csv.
 */
export function renderTraining(
  text: string,
  unit: 'mi' | 'km',
  spikeGuard: 'cap' | 'warn',
  onChange: (change: { history?: string; spikeGuard?: 'cap' | 'warn' }) => void,
): { element: HTMLElement; result: HistoryResult } {
  const result = readHistory(text, unit);
  const area = h('textarea', { id: 'history', rows: 4, spellcheck: 'false', placeholder: 'date,distance,duration\n2026-11-24,6mi,55' });
  area.value = text;
  area.addEventListener('change', () => onChange({ history: area.value }));
  const upload = h('input', { id: 'history-file', type: 'file', accept: '.csv,text/csv,text/plain' });
  upload.addEventListener('change', async () => {
    const file = upload.files?.[0];
    if (file !== undefined) onChange({ history: await file.text() });
  });
  const guard = h(
    'select',
    { id: 'spike-guard' },
    h('option', { value: 'cap', selected: spikeGuard === 'cap' }, 'lower it to what your runs support (cap)'),
    h('option', { value: 'warn', selected: spikeGuard === 'warn' }, 'keep it as prescribed and warn (warn)'),
  );
  guard.addEventListener('change', () => onChange({ spikeGuard: guard.value === 'warn' ? 'warn' : 'cap' }));
  const runs = result.runs;
  const status =
    result.problems.length > 0
      ? h('div', { id: 'history-status', class: 'error', role: 'alert' }, h('p', {}, 'Could not read the history:'), h('ul', {}, ...result.problems.slice(0, 5).map((problem) => h('li', {}, problem))))
      : h(
          'p',
          { id: 'history-status', role: 'status' },
          runs.length === 0
            ? 'No history: the plan keeps the prescribed limits and cannot check them against your training.'
            : `${runs.length} runs read, ${runs[0]?.date} to ${runs.at(-1)?.date}.`,
        );
  const element = h(
    'details',
    { class: 'training', open: text !== '' },
    h('summary', {}, 'Training history (optional)'),
    h('p', { class: 'hint' }, `One run a line: date,distance[,duration] — e.g. 2026-11-24,10km,55 (a bare distance is in ${unit}) — or Strava’s activities.csv.`),
    h('p', { class: 'field' }, h('label', { for: 'history' }, 'Runs before the start date'), area),
    h('p', { class: 'field' }, h('label', { for: 'history-file' }, 'Or upload a CSV file'), upload),
    h('p', { class: 'field' }, h('label', { for: 'spike-guard' }, 'When a day’s limit is above what your recent runs support (the spike guard)'), guard),
    status,
  );
  return { element, result };
}
