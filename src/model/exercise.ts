import * as z from 'zod/mini';
import { LATERALITIES } from './vocabularies.js';
import { IdSchema, TextSchema } from './primitives.js';

export { LATERALITIES } from './vocabularies.js';

const exerciseDefinition = z.strictObject({
  /** Kebab-case id, unique within a protocol, e.g. `sit-to-stand`. */
  id: IdSchema,
  /** The name a person knows it by. */
  name: TextSchema,
  /** Other names for it, e.g. `towel scrunches`. */
  aliases: z.optional(z.array(TextSchema)),
  /** How to do it, one step per entry, in order. */
  instructions: z.array(TextSchema).check(z.minLength(1)),
  /** What to pay attention to while doing it. */
  cues: z.array(TextSchema),
  /** What it needs, e.g. `towel`, `chair`; empty for none. */
  equipment: z.array(TextSchema),
  /** Whether it is done with both sides at once or one side at a time. */
  laterality: z.enum(LATERALITIES),
});

/**
 * An exercise; see {@link ExerciseSchema}.
 *
 * @example
 * ```ts
 * const exercise: Exercise = { id: 'towel-eater', name: 'Towel eater', instructions: ['Scrunch a towel towards you with your toes.'], cues: [], equipment: ['towel'], laterality: 'unilateral' };
 * ```
 */
export type Exercise = z.infer<typeof exerciseDefinition>;

/**
 * An exercise as a person is taught it: its steps, what to pay attention to, what it needs.
 * Doses live in a protocol's phases, not here, so the same exercise can be dosed differently over time.
 *
 * @example
 * ```ts
 * ExerciseSchema.parse({
 *   id: 'sit-to-stand',
 *   name: 'Sit to stand',
 *   instructions: ['Sit on a chair with feet flat.', 'Stand up without using your hands.', 'Sit down slowly.'],
 *   cues: ['Knees stay in line with the toes.'],
 *   equipment: ['chair'],
 *   laterality: 'bilateral',
 * });
 * ```
 */
export const ExerciseSchema: z.ZodMiniType<Exercise> = exerciseDefinition;
