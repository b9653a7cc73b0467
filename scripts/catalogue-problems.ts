// What is wrong with an entry of the library's catalogue: protocols/*.ts declare their data with catalogueProtocol
// and catalogueCondition, which trust it (src/model/catalogue-entry.ts). This is the check they skip, run by
// scripts/check-catalogue.ts in `npm run build` and by the conformance suite in `npm test`.
import { isDeepStrictEqual } from 'node:util';
import { ConditionSchema, parseInput, ProtocolSchema, RehabInputError, type Condition, type Protocol } from '../src/model/index.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
/** What a module's export looks like: a protocol has phases, a condition findings. */
export const looksLikeProtocol = (value: unknown): value is Protocol => isObject(value) && 'phases' in value;
export const looksLikeCondition = (value: unknown): value is Condition => isObject(value) && 'findings' in value;

/**
 * The problems of one exported value of a protocol module: none for an entry its schema accepts unchanged. The entry
 * itself is remembered as valid, so a copy is parsed.
 */
export function catalogueProblems(name: string, value: unknown): string[] {
  const schema = looksLikeProtocol(value) ? ProtocolSchema : looksLikeCondition(value) ? ConditionSchema : undefined;
  if (schema === undefined) return [];
  let parsed: unknown;
  try {
    // Parsed as defineProtocol and defineCondition parse an app's data, for the same messages (nearest field or value).
    parsed = parseInput(schema, structuredClone(value), name, true);
  } catch (error) {
    if (!(error instanceof RehabInputError)) throw error;
    const issues = error.issues.map((issue) => `${issue.path.join('.') || '(the entry)'}: ${issue.message}`);
    return [`\`${name}\` fails its schema:\n  ${issues.join('\n  ')}`];
  }
  if (!isDeepStrictEqual(parsed, value)) return [`\`${name}\` is changed by its schema (a field written as undefined, a default or a transform): write the value the schema gives, leaving out what is undefined`];
  return [];
}
