import { parseInput, PlanSchema, type Plan } from '../model/index.js';

/** Validates a plan handed to an exporter: a `RehabInputError` names what is wrong, instead of a crash mid-format. */
export function readPlan(plan: unknown): Plan {
  return parseInput(PlanSchema, plan, 'plan');
}
