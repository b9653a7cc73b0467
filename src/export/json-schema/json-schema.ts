import * as z from 'zod/mini';
import { ReviewResultSchema } from './review-result.js';
import {
  CheckpointSchema,
  CitationSchema,
  ConditionMatchSchema,
  ConditionSchema,
  DoseSchema,
  ExerciseSchema,
  FindingSchema,
  LogEntrySchema,
  MatchResultSchema,
  PhaseSchema,
  PlanDaySchema,
  PlanSchema,
  ProtocolSchema,
  RunLogEntrySchema,
  RunnerSummarySchema,
  RunningRuleSchema,
  RehabInputError,
  SymptomProfileSchema,
} from '../../model/index.js';
import { describeValue } from '../../model/describe-value.js';
import { didYouMean } from '../../model/suggest.js';
import { GeneratePlanOptionsSchema } from '../../plan/options.js';
import { FIELD_DOCS } from './field-docs.js';

const SCHEMAS: Record<JsonSchemaModel, z.ZodMiniType> = {
  plan: PlanSchema,
  'plan-day': PlanDaySchema,
  protocol: ProtocolSchema,
  phase: PhaseSchema,
  dose: DoseSchema,
  exercise: ExerciseSchema,
  'running-rule': RunningRuleSchema,
  checkpoint: CheckpointSchema,
  citation: CitationSchema,
  condition: ConditionSchema,
  finding: FindingSchema,
  'symptom-profile': SymptomProfileSchema,
  'match-result': MatchResultSchema,
  'condition-match': ConditionMatchSchema,
  'generate-plan-options': GeneratePlanOptionsSchema,
  'run-log-entry': RunLogEntrySchema,
  'runner-summary': RunnerSummarySchema,
  'log-entry': LogEntrySchema,
  'review-result': ReviewResultSchema,
};

/**
 * The models that have a JSON Schema, by the file name it ships under (`rehab-protocols/schema/<model>.json`).
 *
 * @example
 * ```ts
 * JSON_SCHEMA_MODELS.includes('plan');
 * //=> true
 * ```
 */
export const JSON_SCHEMA_MODELS: readonly JsonSchemaModel[] = /* @__PURE__ */ Object.freeze(Object.keys(SCHEMAS) as JsonSchemaModel[]);

/**
 * A model that has a JSON Schema; see {@link JSON_SCHEMA_MODELS}.
 *
 * @example
 * ```ts
 * const model: JsonSchemaModel = 'symptom-profile';
 * ```
 */
export type JsonSchemaModel =
  | 'plan'
  | 'plan-day'
  | 'protocol'
  | 'phase'
  | 'dose'
  | 'exercise'
  | 'running-rule'
  | 'checkpoint'
  | 'citation'
  | 'condition'
  | 'finding'
  | 'symptom-profile'
  | 'match-result'
  | 'condition-match'
  | 'generate-plan-options'
  | 'run-log-entry'
  | 'runner-summary'
  | 'log-entry'
  | 'review-result';

/**
 * The JSON Schema (draft 2020-12) of a model, generated from its zod schema, for apps in other languages. The same
 * schemas ship in the package as `rehab-protocols/schema/<model>.json`. Cross-checks that JSON Schema cannot express
 * (phases covering days without gaps, a range's min at most its max) are not in it: validate with the zod schema
 * where you can. Each property carries its field's one-line doc as `description`, so apps get the docs with the schema.
 *
 * @param model - The model's file name, e.g. `plan`.
 * @returns The JSON Schema as an object.
 * @throws `RehabInputError` (from `rehab-protocols`) for a name that is not in {@link JSON_SCHEMA_MODELS}.
 *
 * @example
 * ```ts
 * import { toJsonSchema } from 'rehab-protocols/export/json-schema';
 *
 * toJsonSchema('plan').$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function toJsonSchema(model: JsonSchemaModel): Record<string, unknown> {
  // Own properties only: 'toString' or '__proto__' must not reach an inherited member of the lookup table.
  if (typeof model !== 'string' || !Object.hasOwn(SCHEMAS, model)) {
    const hint = typeof model === 'string' ? didYouMean(model, JSON_SCHEMA_MODELS, '"') : '';
    const message = `Unknown model ${describeValue(model)}${hint || '.'} Models: ${JSON_SCHEMA_MODELS.join(', ')}`;
    throw new RehabInputError('JSON Schema model', [{ path: [], message }]);
  }
  const schema = describe(z.toJSONSchema(SCHEMAS[model])) as Record<string, unknown>;
  return { ...schema, $id: `urn:rehab-protocols:schema:${model}`, title: model };
}

/** Gives every object's properties their field docs, found by the object's set of field names (and its literal kind). */
function describe(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(describe);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = describe(value);
  const properties = out.properties;
  if (typeof properties === 'object' && properties !== null && !Array.isArray(properties)) {
    const key = Object.keys(properties).sort().join(',');
    const kind = (properties as Record<string, { const?: unknown }>).kind?.const;
    const docs = (typeof kind === 'string' ? FIELD_DOCS[`${key}|kind=${kind}`] : undefined) ?? FIELD_DOCS[key];
    if (docs) {
      for (const [name, property] of Object.entries(properties as Record<string, Record<string, unknown>>)) {
        const doc = docs[name];
        if (doc !== undefined && property.description === undefined) (properties as Record<string, unknown>)[name] = { description: doc, ...property };
      }
    }
  }
  return out;
}
