import { RehabInputError, type RehabInputIssue } from '../model/index.js';
import { Collector, type ReadContext } from './collect.js';
import { type CsvRow, eachCsvRow } from './csv.js';
import { isFit, readFit } from './fit.js';
import { garminLanguage, garminReader, isGarmin } from './garmin.js';
import { isSimpleCsv, simpleReader } from './simple.js';
import { looksLikeStrava, stravaLanguage, stravaReader } from './strava.js';
import type { ReadTrainingExportOptions, TrainingExport } from './types.js';
import { readGpx, readTcx } from './xml.js';
import { isTimeZone } from './zone.js';

/**
 * The largest export read: 64 MiB. A library default: a runner's whole Strava `activities.csv` with ten years of
 * descriptions is a few megabytes, so a larger file is almost surely not a training export (a video, a database
 * dump), and reading it whole would hold the app for seconds.
 */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

const SUBJECT = 'training export';
const fail = (message: string, path: RehabInputIssue['path'] = []): never => {
  throw new RehabInputError(SUBJECT, [{ path, message }]);
};

/**
 * Reads a runner's training export — Strava's bulk-export `activities.csv` (in the languages listed in the README),
 * Garmin Connect's `Activities.csv`, a `date,distance[,duration]` CSV, or a single activity as GPX, TCX or FIT — into
 * the runs `generatePlan` takes as `history`, and says what it read and left out.
 *
 * Runs only: other sports are counted, not read. A start time in UTC (Strava, GPX, TCX, FIT) becomes the runner's
 * calendar day in `options.timeZone` (UTC without it, as the result says); local times (Garmin, the simple CSV) stay
 * as written. One bad row never rejects the file: it goes to `skipped` with its line and why; so does an exact
 * duplicate (the same activity twice), while different activities on one day are all kept, each with its `id`.
 *
 * Asynchronous because FIT files are decoded by Garmin's FIT SDK, loaded only when a FIT file is read.
 *
 * @param input - The file's text, or its bytes (needed for FIT; text formats are read as UTF-8).
 * @throws `RehabInputError` (from `rehab-protocols`) when the input is not a training export this function reads (a binary file, an
 *   HTML page, a CSV of other columns, more than {@link MAX_EXPORT_BYTES}), naming what it saw and what to do, or
 *   when an option is not valid.
 *
 * @example
 * ```ts
 * import { readTrainingExport } from 'rehab-protocols/import';
 *
 * const read = await readTrainingExport('date,distance,duration\n2026-11-24,6mi,55\n2026-11-26,5km,31:30\n');
 * read.format; //=> 'simple-csv'
 * read.runs.map((run) => run.distance); //=> [{ value: 6, unit: 'mi' }, { value: 5, unit: 'km' }]
 * ```
 */
export async function readTrainingExport(input: string | Uint8Array | ArrayBuffer, options: ReadTrainingExportOptions = {}): Promise<TrainingExport> {
  const context = readOptions(options);
  const bytes = typeof input === 'string' ? undefined : input instanceof Uint8Array ? input : input instanceof ArrayBuffer ? new Uint8Array(input) : undefined;
  if (typeof input !== 'string' && bytes === undefined) fail(`Expected the file's text (a string) or its bytes (a Uint8Array or ArrayBuffer), received ${describe(input)}`);
  const size = bytes === undefined ? (input as string).length : bytes.length;
  if (size > MAX_EXPORT_BYTES) fail(`The file is ${(size / 1048576).toFixed(0)} MiB, more than the ${MAX_EXPORT_BYTES / 1048576} MiB a training export can be: pass Strava's activities.csv, Garmin Connect's Activities.csv, or one activity's GPX, TCX or FIT file`);
  const out = new Collector();
  if (bytes !== undefined && isFit(bytes)) {
    const problem = await readFit(bytes, context, out);
    if (problem.startsWith('sdk:')) fail(`Read as a FIT file, but ${problem.slice(4)}`);
    if (problem !== 'ok') fail(`Read as a FIT file, but ${problem}: export the activity again from Garmin Connect or the watch`);
    return out.result('fit', context, 'utc');
  }
  const text = bytes === undefined ? (input as string) : decode(bytes);
  return readText(text, context, out);
}

function readText(raw: string, context: ReadContext, out: Collector): TrainingExport {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const head = text.slice(0, 2048).trimStart();
  if (/\u0000/.test(head)) fail('This is a binary file, not a training export: pass a CSV (Strava, Garmin Connect, date,distance), or a GPX, TCX or FIT file');
  if (/^<!doctype html|^<html|^<head|^<body/i.test(head)) fail('This is a web page (HTML), not a training export: a page saved from the browser is not the export; download the CSV from Strava ("Download your data") or Garmin Connect (Activities → Export CSV)');
  if (head.startsWith('<')) {
    if (/<(?:[\w.-]+:)?gpx[\s>]/.test(text.slice(0, 4096))) {
      readGpx(text, context, out);
      return out.result('gpx', context, 'utc');
    }
    if (/<(?:[\w.-]+:)?TrainingCenterDatabase[\s>]/.test(text.slice(0, 4096))) {
      readTcx(text, context, out);
      return out.result('tcx', context, 'utc');
    }
    fail('This is an XML file, but neither GPX (<gpx>) nor TCX (<TrainingCenterDatabase>): export the activity as GPX or TCX');
  }
  if (head === '') fail('The file is empty: it holds no runs');
  // The header and the first record decide the format; then every record is read as it is parsed, none kept. Line
  // breaks are made \n once here, not in each of the passes.
  const csv = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const rows: CsvRow[] = [];
  eachCsvRow(csv, (row) => rows.push(row) < 2);
  const header = rows[0]?.fields ?? [];
  const body = (read: (row: CsvRow) => void) => {
    let first = true;
    eachCsvRow(csv, (row) => {
      if (!first) read(row);
      first = false;
    });
  };
  const strava = stravaLanguage(header);
  if (strava !== undefined) {
    body(stravaReader(header, strava, context, out));
    return out.result('strava', context, 'utc', strava.language);
  }
  if (looksLikeStrava(header)) {
    fail(`This looks like Strava's activities.csv in a language not read yet (its date column is "${header[1] ?? ''}"): switch Strava's language to English before "Download your data", or convert it to date,distance,duration`);
  }
  if (isGarmin(rows)) {
    body(garminReader(context, out));
    const language = garminLanguage(header);
    return out.result('garmin', context, 'local', language);
  }
  if (isSimpleCsv(rows)) {
    eachCsvRow(csv, simpleReader(context, out));
    return out.result('simple-csv', context, 'dates');
  }
  const columns = header.slice(0, 6).map((name) => `"${name.trim().slice(0, 40)}"`).join(', ');
  return fail(
    `Cannot tell what this CSV is (its first columns: ${columns}${header.length > 6 ? ', …' : ''}): expected Strava's activities.csv (from "Download your data", not a club or segment list), Garmin Connect's Activities.csv, or date,distance[,duration] lines such as 2026-11-28,10km,55`,
  );
}

function readOptions(options: ReadTrainingExportOptions): ReadContext {
  if (typeof options !== 'object' || options === null) fail(`Expected options such as { timeZone: 'Europe/Copenhagen', unit: 'km' }, received ${describe(options)}`);
  const issues: RehabInputIssue[] = [];
  const { timeZone = 'UTC', unit = 'km', ...rest } = options as ReadTrainingExportOptions & Record<string, unknown>;
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) issues.push({ path: ['timeZone'], message: `Expected an IANA time zone such as "America/Denver" or "Europe/Copenhagen", received ${describe(timeZone)}` });
  if (unit !== 'km' && unit !== 'mi') issues.push({ path: ['unit'], message: `Expected "km" or "mi", received ${describe(unit)}` });
  for (const key of Object.keys(rest)) issues.push({ path: [key], message: 'Unknown option: readTrainingExport takes timeZone and unit' });
  if (issues.length > 0) throw new RehabInputError(`${SUBJECT} options`, issues);
  return { timeZone: timeZone === 'Etc/UTC' ? 'UTC' : timeZone, unit };
}

function decode(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) fail('This is a binary file, not a training export: pass a CSV (Strava, Garmin Connect, date,distance), or a GPX, TCX or FIT file');
  // UTF-8, as every service exports; a file re-saved by a spreadsheet program on Windows may be Windows-1252, which
  // reads as UTF-8 with broken letters (the German and Danish headers): it is read as such when it is not UTF-8.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : typeof value);
