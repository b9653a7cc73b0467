import { describe, expect, it } from 'vitest';
import { RehabInputError, type Plan } from 'rehab-protocols';
import { toCsv } from '../../src/export/csv/index.js';
import { awkwardPlan, fittedPlan, foundingPlan } from './plans.js';
import { parseCsv } from '../fixtures/parse-csv.js';

describe('toCsv', () => {
  it('has a header and one row per day, with CRLF line ends', () => {
    const rows = parseCsv(toCsv(foundingPlan));
    expect(rows[0]).toEqual([
      'day', 'date', 'phase', 'sessions_min', 'sessions_max', 'max_distance', 'unit', 'intensity',
      'duration_minutes', 'run_seconds', 'walk_seconds', 'repeats', 'planned_kind', 'planned_distance', 'planned_minutes', 'flags', 'sources',
      'exercises', 'checkpoint',
    ]);
    expect(rows).toHaveLength(15);
    expect(rows[1]).toEqual(['1', '2026-12-01', 'settle', '1', '2', '5', 'mi', 'jog', '', '', '', '', '', '', '', '', 'founding-case', 'Slow calf raises; Side-lying hip abduction; Towel eater; Sit to stand', '']);
    expect(rows[14]?.slice(0, 8)).toEqual(['14', '2026-12-14', 'build', '1', '1', '30', 'mi', 'run']);
    expect(rows[14]?.[18]).toBe('Can you run your usual distance without knee pain?');
  });

  it('has one row per exercise when asked', () => {
    const rows = parseCsv(toCsv(foundingPlan, { perExercise: true }));
    expect(rows).toHaveLength(1 + 14 * 4);
    expect(rows[0]?.slice(-4)).toEqual(['exercise_id', 'exercise', 'dose', 'checkpoint']);
    expect(rows[1]?.slice(-4)).toEqual(['slow-calf-raise', 'Slow calf raises', '2–5 sets, each side', '']);
  });

  it('quotes commas, quotes and line breaks so that they read back unchanged', () => {
    const rows = parseCsv(toCsv(awkwardPlan, { perExercise: true }));
    expect(rows[1]?.[18]).toBe('Calf raise, slow "tempo"; left|right\nboth');
    expect(rows.every((row) => row.length === 21)).toBe(true);
  });

  it('gives each day its planned run and its flags when the plan was fitted to a runner', () => {
    const rows = parseCsv(toCsv(fittedPlan));
    const planned = rows.slice(1).map((row) => row.slice(12, 15));
    expect(planned).toEqual(fittedPlan.days.map((day) => [day.running.planned?.kind ?? '', String(day.running.planned?.distance?.value ?? ''), '']));
    const flagged = fittedPlan.days.findIndex((day) => day.flags.length > 0);
    expect(rows[flagged + 1]?.[15]).toBe(fittedPlan.days[flagged]?.flags.map((flag) => `${flag.kind}: ${flag.message}`).join(' | '));
  });

  it('names the sources each row rests on, with the runner rules’ sources on a fitted plan', () => {
    const rows = parseCsv(toCsv(fittedPlan)).slice(1);
    const ids = new Set([...fittedPlan.sources.map((source) => source.id), 'library-default']);
    for (const row of rows) for (const id of (row[16] ?? '').split('; ')) expect(ids.has(id), id).toBe(true);
    expect(rows.some((row) => row[16]?.includes('library-default'))).toBe(true);
  });

  it('rejects what is not a plan', () => {
    expect(() => toCsv({ ...foundingPlan, days: [] })).toThrow(RehabInputError);
    expect(() => toCsv('plan' as unknown as Plan)).toThrow(RehabInputError);
  });
});
