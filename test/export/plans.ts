import { generatePlan, listProtocols, type Plan } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

/** The founding plan, and a plan from every protocol in the library, for the exporters' tests. */
export const foundingPlan: Plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });

export const everyProtocolPlan: Plan[] = listProtocols().map((protocol) =>
  generatePlan(protocol, { startDate: '2026-03-02', goalDistance: { value: 10, unit: 'km' } }),
);

/** The founding plan for a runner of about 15 miles a week whose longest recent run was 5 miles: planned runs, flags. */
export const fittedPlan: Plan = generatePlan(patellofemoralPain, {
  startDate: '2026-12-01',
  goalDistance: { value: 30, unit: 'mi' },
  runner: { usualWeeklyDistance: { value: 15, unit: 'mi' }, longestRecentRun: { value: 5, unit: 'mi' }, runDaysPerWeek: 5 },
});

/** A plan whose text needs escaping in every format: commas, quotes, semicolons, pipes, a line break. */
export const awkwardPlan: Plan = (() => {
  const plan = structuredClone(foundingPlan);
  plan.protocolName = 'Knee plan, "v2"; A|B';
  for (const day of plan.days) {
    const first = day.exercises[0];
    if (first) first.name = 'Calf raise, slow "tempo"; left|right\nboth';
  }
  return plan;
})();
