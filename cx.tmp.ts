import { answerQuestion, planForProfile, type SymptomProfile } from './src/index.js';
import cases from './.scratch/runner-cases.json' with { type: 'json' };
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } } as const;
for (const c of cases as any[]) {
  const LISTS = ['otherRegions', 'locations', 'aggravatedBy', 'painFreeDuring', 'trainingChange', 'signs', 'redFlags', 'background'];
  const asked: Record<string, string[]> = {}; for (const f of LISTS) if (c.profile[f] !== undefined) asked[f] = [...c.profile[f]];
  let profile: SymptomProfile = Object.keys(asked).length ? { ...c.profile, asked } : c.profile; let r = planForProfile(profile, options); let n = 0; const qs: string[] = [];
  while (r.kind === 'questions' && n < 30) { const q = r.questions[0]!; const list: readonly string[] = (c.truth as any)[q.field] ?? []; profile = answerQuestion(profile, q, list.includes(q.value as string)); qs.push(`${q.value}=${list.includes(q.value as string) ? 'y' : 'n'}`); n++; r = planForProfile(profile, options); }
  const got = r.kind === 'plan' ? `plan ${r.match.conditionId}` : r.kind === 'referral' ? `refer (${r.reasons.map((x: any) => x.redFlag ?? x.conditionId ?? x.kind).join(',')})` : 'questions';
  const exp = c.expected.action === 'plan' ? `plan ${c.expected.conditionId}` : 'refer';
  const ok = got.startsWith(exp) ? 'OK ' : (r.kind === 'plan' ? 'HARM' : 'miss');
  console.log(ok.padEnd(5), c.id.padEnd(28), 'exp:', exp.padEnd(38), 'got:', got.slice(0, 70), n ? `[${qs.join(' ')}]` : '');
}
