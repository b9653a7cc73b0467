import * as z from 'zod/mini';
import {
  parseInput,
  QuestionSchema,
  RehabInputError,
  SymptomProfileSchema,
  type Condition,
  type Question,
  type SymptomProfile,
  type SymptomProfileInput,
} from '../model/index.js';
import { VOCABULARY } from '../match/facts.js';
import { unknownValue } from '../model/issue-message.js';
import { checkAndAssess, unsureConflicts } from '../match/match-conditions.js';
import { questionsFor, withAnswer } from '../match/questions.js';
import { conditions as catalogConditions } from '../../protocols/index.js';

/**
 * The options of {@link nextQuestions}.
 *
 * @example
 * ```ts
 * const options: NextQuestionsOptions = { limit: 3 };
 * ```
 */
export interface NextQuestionsOptions {
  /** The conditions to match against; default: every condition in the library. */
  readonly conditions?: readonly Condition[];
  /** The most questions to return; default 5. */
  readonly limit?: number;
}

const AnswerSchema = z.union([z.boolean(), z.literal('unsure')], { error: 'Expected true (yes), false (no) or "unsure" (not sure)' });

const OptionsSchema = z.strictObject({
  conditions: z.optional(z.array(z.unknown())),
  limit: z.optional(z.int().check(z.gte(1))),
});

/**
 * The questions still worth asking a runner, in plain words, most useful first: the red flags that matter for where
 * it hurts and for the conditions still in contention (every one must be asked before any plan), then the findings
 * that best separate the best matches — weighed by the largest change an answer could make to the gap between the
 * best match and a rival (or, below the plan threshold, to the best match itself). Questions that could not change
 * anything are left out; none are left once a red flag has settled the decision, and only the red flags still to ask once
 * a referral is settled otherwise (a refer-only condition no answer could rule out; a diagnosis whose definition the runner
 * was not sure of), as `planForProfile` decides. With a clinician's diagnosis
 * (`diagnosedAs`) only the red flags, a plausible refer-only condition's questions and what defines the diagnosed
 * condition are asked; none when the diagnosis refers.
 *
 * Ask one, record the answer with {@link answerQuestion} (or give the whole list), and call `planForProfile` or
 * `nextQuestions` again: a short adaptive questionnaire.
 *
 * @param profile - What the runner has said so far; see `SymptomProfileSchema` (fields left out were not asked).
 * @param options - `conditions` instead of the library's; `limit` (default 5).
 * @returns The questions, each `{ kind, field, value, text }`.
 * @throws {@link RehabInputError} for an invalid profile or options.
 *
 * @example
 * ```ts
 * import { nextQuestions } from 'rehab-protocols';
 *
 * const [first] = nextQuestions({ region: 'knee' });
 * first?.kind;
 * //=> 'red-flag'
 * ```
 */
export function nextQuestions(profile: SymptomProfileInput, options: NextQuestionsOptions = {}): Question[] {
  const { conditions, limit } = parseInput(OptionsSchema, options, 'nextQuestions options');
  const checked = checkAndAssess(profile, conditions ?? catalogConditions);
  return questionsFor(checked.profile, checked.conditions, checked.assessment).slice(0, limit ?? 5);
}

/**
 * Records a runner's answer to a question in a new profile: "yes" (`true`) adds the value to its list, and either way
 * the value is named in `asked`, so that "no" (`false`) counts as asked-and-absent rather than not asked. "Not sure"
 * (`'unsure'`) names the value in `unsure` instead: it is not asked again and counts as not known, but a red flag the
 * runner is not sure of refers, and a plan never rests on what they were not sure of (a clinician checks it). A later
 * answer to the same question replaces an earlier one (a "no" takes back a "yes"); a "yes" to a place inside a wider one
 * (the band's bony bump) reports the wider one (the outside of the knee), and a "no" or "not sure" to a wider place
 * answers, or takes back the answers to, the places inside it. The profile passed in is not changed.
 *
 * @param profile - The profile so far.
 * @param question - A question from `nextQuestions` or `planForProfile`, with its `value`.
 * @param answer - The runner's answer: `true` (yes), `false` (no) or `'unsure'` (not sure).
 * @returns The profile with the answer.
 * @throws {@link RehabInputError} for an invalid profile or question (a profile both sure and not sure of a value among
 *   them), a question without a value, or an answer that is none of those three.
 *
 * @example
 * ```ts
 * import { answerQuestion } from 'rehab-protocols';
 *
 * const question = { kind: 'red-flag', field: 'redFlags', value: 'night-pain', text: 'Does the pain wake you at night?' } as const;
 * answerQuestion({ region: 'shin' }, question, false);
 * //=> { region: 'shin', asked: { redFlags: ['night-pain'] } }
 * answerQuestion({ region: 'shin' }, question, 'unsure');
 * //=> { region: 'shin', unsure: { redFlags: ['night-pain'] } }
 * ```
 */
export function answerQuestion(profile: SymptomProfileInput, question: Question, answer: boolean | 'unsure'): SymptomProfile {
  const checkedProfile = parseInput(SymptomProfileSchema, profile, 'symptom profile');
  const checkedQuestion = parseInput(QuestionSchema, question, 'question');
  const checkedAnswer = parseInput(AnswerSchema, answer, 'answer');
  if (checkedQuestion.value === undefined) {
    const message = `A question without a value asks for the whole \`${checkedQuestion.field}\` list: give that list in the profile instead`;
    throw new RehabInputError('question', [{ path: ['value'], message }]);
  }
  // A value outside its field's vocabulary is the question's mistake: said at the question's `value`, not at the
  // paths of the profile it would have built.
  const vocabulary = VOCABULARY[checkedQuestion.field];
  if (!vocabulary.includes(checkedQuestion.value)) throw new RehabInputError('question', [{ path: ['value'], message: unknownValue(checkedQuestion.value, vocabulary) }]);
  const conflicts = unsureConflicts(checkedProfile);
  if (conflicts.length > 0) throw new RehabInputError('symptom profile', conflicts);
  if (checkedAnswer === 'unsure' && checkedQuestion.field === 'otherRegions') {
    throw new RehabInputError('answer', [{ path: [], message: 'Expected true or false: where else it hurts is not asked as "not sure"' }]);
  }
  const next = withAnswer(checkedProfile, checkedQuestion.field, checkedQuestion.value, checkedAnswer);
  return parseInput(SymptomProfileSchema, next, 'answered profile');
}
