import { describe, expect, it } from 'vitest';
import { matchConditions } from 'rehab-protocols';
import { vignettes } from '../vignettes/index.js';

interface Row {
  condition: string;
  cases: number;
  top1: number;
  top3: number;
}

describe('matchConditions on the vignette suite', () => {
  const results = vignettes.map((vignette) => {
    const result = matchConditions(vignette.profile);
    const rank = vignette.top === undefined ? undefined : result.matches.findIndex((match) => match.conditionId === vignette.top) + 1;
    return { vignette, result, rank };
  });
  const ranked = results.filter((entry) => entry.rank !== undefined);
  const redFlagged = results.filter((entry) => (entry.vignette.profile.redFlags ?? []).length > 0);

  it('has at least 40 vignettes, at least 3 per condition and at least 8 with red flags', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(40);
    expect(redFlagged.length).toBeGreaterThanOrEqual(8);
    const perCondition = new Map<string, number>();
    for (const { vignette } of results) if (vignette.top) perCondition.set(vignette.top, (perCondition.get(vignette.top) ?? 0) + 1);
    const conditionIds = results[0]?.result.matches.map((match) => match.conditionId) ?? [];
    for (const id of conditionIds) expect(perCondition.get(id) ?? 0, id).toBeGreaterThanOrEqual(3);
    expect(new Set(vignettes.map((vignette) => vignette.id)).size).toBe(vignettes.length);
  });

  it('ranks the expected condition first in at least 90 % and in the top 3 in all, and refers on every red flag', () => {
    const rows = new Map<string, Row>();
    for (const { vignette, rank } of ranked) {
      const id = vignette.top ?? '';
      const row = rows.get(id) ?? { condition: id, cases: 0, top1: 0, top3: 0 };
      row.cases += 1;
      if (rank === 1) row.top1 += 1;
      if (rank !== undefined && rank >= 1 && rank <= 3) row.top3 += 1;
      rows.set(id, row);
    }
    const total = [...rows.values()].reduce((sum, row) => ({ cases: sum.cases + row.cases, top1: sum.top1 + row.top1, top3: sum.top3 + row.top3 }), { cases: 0, top1: 0, top3: 0 });
    const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`;
    const referred = redFlagged.filter((entry) => entry.result.referral.required).length;
    console.table([
      ...[...rows.values()].sort((a, b) => a.condition.localeCompare(b.condition)).map((row) => ({ ...row, top1: percent(row.top1, row.cases), top3: percent(row.top3, row.cases) })),
      { condition: 'all', cases: total.cases, top1: percent(total.top1, total.cases), top3: percent(total.top3, total.cases) },
      { condition: 'red-flag referral', cases: redFlagged.length, top1: percent(referred, redFlagged.length), top3: '' },
    ]);

    expect(total.top1 / total.cases).toBeGreaterThanOrEqual(0.9);
    expect(total.top3).toBe(total.cases);
    expect(referred).toBe(redFlagged.length);
  });

  it.each(vignettes.map((vignette) => [vignette.id, vignette] as const))('gives the expected referral decision for %s', (_, vignette) => {
    expect(matchConditions(vignette.profile).referral.required).toBe(vignette.referral);
  });
});
