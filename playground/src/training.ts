import { RehabInputError, type DistanceUnit, type RunLogEntry } from 'rehab-protocols';
import type { TrainingExport } from 'rehab-protocols/import';
import { h } from './dom.js';

// The optional training history: pasted into a text box or uploaded (read in the browser; the file goes nowhere),
// and read with the library's importer, `rehab-protocols/import`, as the CLI's --history is: Strava's and Garmin
// Connect's CSV exports, date,distance[,duration] lines, or one activity as GPX, TCX or FIT. The importer is loaded
// when a history is first read, so the founding case's plan opens without it.

/** Where a history came from: text typed or pasted (or read back from the address), or an uploaded file's bytes. */
export type HistorySource = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'file'; readonly name: string; readonly bytes: ArrayBuffer };

/** What reading a history gave: the importer's result, or its error in words. */
export type HistoryRead = { readonly read: TrainingExport; readonly error?: undefined } | { readonly read?: undefined; readonly error: string };

/** The visitor's time zone, in which a run's UTC start becomes a day (the library reads no clock and no zone). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The importer, once a history has been read. */
let importer: typeof import('rehab-protocols/import') | undefined;

/** Reads a history with the importer, in the visitor's zone; a file it cannot read gives its message, never a stack. */
export async function readHistorySource(source: HistorySource, unit: DistanceUnit): Promise<HistoryRead> {
  importer ??= await import('rehab-protocols/import');
  const { readTrainingExport } = importer;
  const input = source.kind === 'text' ? source.text : source.bytes;
  try {
    try {
      return { read: await readTrainingExport(input, { timeZone: browserTimeZone(), unit }) };
    } catch (error) {
      // A browser that names no zone the importer knows: days in UTC, as the status line then says.
      if (error instanceof RehabInputError && error.issues.every((issue) => issue.path[0] === 'timeZone')) return { read: await readTrainingExport(input, { unit }) };
      throw error;
    }
  } catch (error) {
    if (error instanceof RehabInputError) return { error: error.issues.map((issue) => issue.message).join('; ') };
    throw error;
  }
}

/** The runs a plan takes as its history: those before its start (later runs are not history). */
export function runsBefore(read: TrainingExport, startDate: string): RunLogEntry[] {
  return read.runs.filter((run) => run.date < startDate);
}

/**
 * What was read, in the CLI's words (it prints `file: ` and this line): `describeTrainingExport`'s line, then the
 * runs on or after the start left out. Only for a read made by {@link readHistorySource}, which loaded the importer.
 */
export function describeRead(read: TrainingExport, startDate: string): string {
  const later = read.runs.length - runsBefore(read, startDate).length;
  const left = later > 0 ? ` ${later === 1 ? '1 run' : `${later} runs`} on or after ${startDate} left out: they are not history.` : '';
  return `${importer?.describeTrainingExport(read, { startDate }) ?? ''}${left}`;
}

/** What the training section shows below the fields. */
export type TrainingView =
  | { readonly kind: 'none' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'read';
      /** The status line: see {@link describeRead}. */
      readonly status: string;
      readonly skipped: TrainingExport['skipped'];
      /** The runs kept as `date,distance,duration` lines, when they are too many for the address. */
      readonly download?: string;
    };

export interface TrainingSection {
  /** The section, the same element on every render, so that typing, focus and the chosen file survive a re-render. */
  readonly element: HTMLElement;
  /** Shows the unit for bare distances, the spike guard's mode and what was read. */
  show(view: TrainingView, unit: DistanceUnit, spikeGuard: 'cap' | 'warn'): void;
  /** Puts text in the box (the runs kept from a file, or read from the address), unless the visitor is typing there. */
  setText(text: string): void;
}

const SKIPPED_SHOWN = 3;

/**
 * The training section: the text box (read as the visitor types, 300 ms after the last key), the upload (read as
 * bytes, so FIT files work), the spike guard's mode, and what was read. Every text from a file reaches the page as
 * text (textContent), never as HTML.
 */
export function createTrainingSection(handlers: {
  onSource: (source: HistorySource | undefined) => void;
  onSpikeGuard: (spikeGuard: 'cap' | 'warn') => void;
}): TrainingSection {
  const area = h('textarea', { id: 'history', rows: 4, spellcheck: 'false', placeholder: 'date,distance,duration\n2026-11-24,6mi,55' });
  const upload = h('input', { id: 'history-file', type: 'file', accept: '.csv,.gpx,.tcx,.fit,text/csv,text/plain' });
  const guard = h(
    'select',
    { id: 'spike-guard' },
    h('option', { value: 'cap' }, 'lower it to what your runs support (cap)'),
    h('option', { value: 'warn' }, 'keep it as prescribed and warn (warn)'),
  );
  const hint = h('p', { class: 'hint' });
  const status = h('p', { id: 'history-status', role: 'status' });
  const details = h('div', { id: 'history-details' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let download: { text: string; url: string } | undefined;

  const busy = () => {
    status.setAttribute('aria-busy', 'true');
    status.textContent = 'Reading the history…';
  };
  area.addEventListener('input', () => {
    busy();
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      handlers.onSource(area.value.trim() === '' ? undefined : { kind: 'text', text: area.value });
    }, 300);
  });
  upload.addEventListener('change', async () => {
    const file = upload.files?.[0];
    if (file === undefined) return;
    clearTimeout(timer);
    busy();
    const bytes = await file.arrayBuffer();
    // Emptied once read, so that choosing the same file again (changed on disk, or after typing in the box) is read
    // again: a file input fires no change for the file it already holds. The status names the file read.
    upload.value = '';
    handlers.onSource({ kind: 'file', name: file.name, bytes });
  });
  guard.addEventListener('change', () => handlers.onSpikeGuard(guard.value === 'warn' ? 'warn' : 'cap'));

  const downloadLink = (text: string): HTMLElement => {
    if (download?.text !== text) {
      if (download !== undefined) URL.revokeObjectURL(download.url);
      download = { text, url: URL.createObjectURL(new Blob([`date,distance,duration\n${text}\n`], { type: 'text/csv' })) };
    }
    return h('a', { id: 'history-download', href: download.url, download: 'runs.csv' }, 'Download the runs (CSV)');
  };

  const element = h(
    'details',
    { class: 'training' },
    h('summary', {}, 'Training history (optional)'),
    hint,
    h('p', { class: 'field' }, h('label', { for: 'history' }, 'Runs before the start date'), area),
    h('p', { class: 'field' }, h('label', { for: 'history-file' }, 'Or upload an export (CSV, GPX, TCX or FIT)'), upload),
    h('p', { class: 'field' }, h('label', { for: 'spike-guard' }, 'When a day’s limit is above what your recent runs support (the spike guard)'), guard),
    status,
    details,
  );

  return {
    element,
    show(view, unit, spikeGuard) {
      guard.value = spikeGuard;
      hint.textContent = `One run a line: date,distance[,duration] — e.g. 2026-11-24,10km,55 (a bare distance is in ${unit}) — or an export: Strava’s activities.csv, Garmin Connect’s Activities.csv, or one run as GPX, TCX or FIT.`;
      if (timer !== undefined) return; // the visitor is still typing: a read follows
      if (view.kind !== 'none') element.open = true;
      status.removeAttribute('aria-busy');
      if (view.kind === 'reading') busy();
      else if (view.kind === 'none') status.textContent = 'No history: the plan keeps the prescribed limits and cannot check them against your training.';
      else if (view.kind === 'error') status.textContent = 'No history read: the plan below does not use it.';
      else status.textContent = view.status;
      const parts: HTMLElement[] = [];
      if (view.kind === 'error') parts.push(h('div', { id: 'history-error', class: 'error', role: 'alert' }, h('p', {}, 'Could not read the history:'), h('p', {}, view.message)));
      if (view.kind === 'read' && view.skipped.length > 0) {
        const more = view.skipped.length - SKIPPED_SHOWN;
        parts.push(
          h(
            'ul',
            { id: 'history-skipped', 'aria-label': 'Rows skipped' },
            ...view.skipped.slice(0, SKIPPED_SHOWN).map((row) => h('li', {}, `${row.line === undefined ? '' : `line ${row.line}: `}${row.reason}`)),
            more > 0 && h('li', {}, `and ${more} more`),
          ),
        );
      }
      if (view.kind === 'read' && view.download !== undefined) {
        parts.push(h('p', { id: 'history-address' }, 'Too many runs to share in the address: download them instead. ', downloadLink(view.download)));
      }
      details.replaceChildren(...parts);
    },
    setText(text) {
      if (document.activeElement !== area && timer === undefined) area.value = text;
    },
  };
}
