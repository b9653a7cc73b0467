import * as z from 'zod/mini';
import { SETTINGS } from './vocabularies.js';
import { settingMessage } from './input-messages.js';
import { validProtocols } from './memory.js';
import { rememberValid } from './remember-valid.js';
import { CheckpointSchema } from './checkpoint.js';
import { CitationSchema } from './citation.js';
import { ExerciseSchema } from './exercise.js';
import { PhaseSchema } from './phase.js';
import { IdSchema, TextSchema } from './primitives.js';
import { checkProtocol } from './protocol-checks.js';

export { SETTINGS } from './vocabularies.js';

/**
 * Where a protocol may be done; see {@link SETTINGS}.
 *
 * @example
 * ```ts
 * const allowed: Setting[] = ['home', 'gym'];
 * ```
 */
export type Setting = (typeof SETTINGS)[number];

/** Validates a {@link Setting}. */
export const SettingSchema: z.ZodMiniType<Setting> = z.enum(SETTINGS, {
  error: (issue) => settingMessage(issue.input),
});

const protocolDefinition = z
  .strictObject({
    /** Kebab-case id, the same as the module's file name, e.g. `patellofemoral-pain`. */
    id: IdSchema,
    /** The protocol's name as a person reads it. */
    name: TextSchema,
    /** The condition the protocol treats. */
    condition: z.strictObject({
      /** Kebab-case id of the condition, e.g. `patellofemoral-pain`. */
      id: IdSchema,
      /** Its name, e.g. `Patellofemoral pain`. */
      name: TextSchema,
      /** Other names people use for it, e.g. `runner's knee`. */
      aliases: z.array(TextSchema),
    }),
    /** What the protocol is and who it is for, in a few sentences. */
    summary: TextSchema,
    /** Advice that holds throughout, in the source's words, e.g. "quality of movement is the key". */
    guidance: z.array(TextSchema),
    /** Every source the protocol's evidence cites; at least one. */
    sources: z.array(CitationSchema).check(z.minLength(1)),
    /** Every exercise the phases use. */
    exercises: z.array(ExerciseSchema),
    /** Where the protocol may be done: `home`, `gym` or `supervised` (heavy loads a clinician should set up). */
    setting: SettingSchema,
    /** Everything the exercises need, gathered from their `equipment`, each item once; empty for none. */
    equipment: z.array(TextSchema),
    /** The phases in order, covering days 1..N without gaps; at least one. */
    phases: z.array(PhaseSchema).check(z.minLength(1)),
    /** Days on which to reassess, and what to do if it is not better. */
    checkpoints: z.array(CheckpointSchema),
  })
  .check(
    z.superRefine((protocol, ctx) => {
      for (const issue of checkProtocol(protocol)) {
        ctx.issues.push({ code: 'custom', input: protocol, path: [...issue.path], message: issue.message });
      }
    }),
  );

/**
 * A rehabilitation protocol; see {@link ProtocolSchema}.
 *
 * @example
 * ```ts
 * import type { Protocol } from 'rehab-protocols';
 *
 * const lastDay = (protocol: Protocol) => protocol.phases.at(-1)?.days.max;
 * ```
 */
export type Protocol = z.infer<typeof protocolDefinition>;

/**
 * A rehabilitation protocol for one condition, as data: its sources, its exercises, its phases (consecutive day
 * ranges from day 1, each with sessions per day, dosed exercises in order and a running rule) and its checkpoints.
 *
 * Besides each field's own rules, the schema cross-checks the whole: ids are unique, every exercise and source a
 * phase names exists, phases cover days 1..N without gaps or overlap and end by day {@link MAX_PLAN_DAYS} (two
 * years), and checkpoints fall inside the plan, at most one a day.
 * An app's protocols are written with {@link defineProtocol}, which applies this schema. (The library's own catalogue
 * is parsed with it when the package is built.)
 *
 * What the schema accepts it returns deep-frozen, and remembers: parsing that same object again (here, in
 * `generatePlan` or `planForProfile`) returns it at once instead of validating it again. Any other object, such as a
 * copy an app edits, is validated in full.
 *
 * @example
 * ```ts
 * import { ProtocolSchema } from 'rehab-protocols';
 *
 * const stored: unknown = JSON.parse(text);
 * const result = ProtocolSchema.safeParse(stored);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const ProtocolSchema: z.ZodMiniType<Protocol> = rememberValid(protocolDefinition, validProtocols);
