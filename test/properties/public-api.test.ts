import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  defineCondition,
  defineProtocol,
  formatDose,
  formatPlan,
  generatePlan,
  getProtocol,
  matchConditions,
  nextQuestions,
  parseMatchResult,
  parsePlan,
  parseSymptomProfile,
  planForProfile,
} from 'rehab-protocols';
import { condition, patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { toCsv } from '../../src/export/csv/index.js';
import { matchToCondition, planToCarePlan, protocolToPlanDefinition } from '../../src/export/fhir/index.js';
import { toIcs } from '../../src/export/ics/index.js';
import { toJsonSchema } from '../../src/export/json-schema/index.js';
import { toMarkdown } from '../../src/export/markdown/index.js';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { anyValue, mutated } from './arbitraries.js';
import { check } from './check.js';

// Every public function and exporter, given anything: it returns clean output or throws RehabInputError with a path
// and a message for each issue. Nothing else: no TypeError, no NaN, no Invalid Date, no undefined in the output.

const RUNS = { numRuns: 1000 };
const options = { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } } as const;
const plan = generatePlan(patellofemoralPain, options);
const match = matchConditions(foundingProfile);
// A question the matcher asks the founding runner with nothing known beyond the region, or a red-flag question.
const question = nextQuestions({ region: 'knee' })[0] ?? { kind: 'red-flag', field: 'redFlags', value: 'swelling', text: 'Is the joint swollen?' };
const property = <T>(name: string, input: fc.Arbitrary<T>, call: (value: T) => unknown) =>
  it(name, () => fc.assert(fc.property(input, (value) => check(() => call(value), value)), RUNS));

const anyOrMutated = <T>(valid: T) => fc.oneof(anyValue, mutated(valid));

describe('every public function, given any value', () => {
  property('generatePlan(protocol, options): any protocol', anyOrMutated(patellofemoralPain), (value) => generatePlan(value as never, options));
  property('generatePlan(protocol, options): any options', anyOrMutated(options), (value) => generatePlan(patellofemoralPain, value as never));
  property('defineProtocol', anyOrMutated(patellofemoralPain), (value) => defineProtocol(value as never));
  property('defineCondition', anyOrMutated(condition), (value) => defineCondition(value as never));
  property('matchConditions: any profile', anyOrMutated(foundingProfile), (value) => matchConditions(value as never));
  property('matchConditions: any options', anyOrMutated({ conditions: [condition] }), (value) => matchConditions(foundingProfile, value as never));
  property('planForProfile: any profile', anyOrMutated(foundingProfile), (value) => planForProfile(value as never, options));
  property('planForProfile: any options', anyOrMutated({ ...options, conditions: [condition], protocols: [patellofemoralPain] }), (value) => planForProfile(foundingProfile, value as never));
  property('nextQuestions: any profile', anyOrMutated(foundingProfile), (value) => nextQuestions(value as never));
  property('nextQuestions: any options', anyOrMutated({ conditions: [condition] }), (value) => nextQuestions(foundingProfile, value as never));
  property('answerQuestion: any question', anyOrMutated(question), (value) => answerQuestion(foundingProfile, value as never, true));
  property('answerQuestion: any profile and answer', fc.tuple(anyOrMutated(foundingProfile), anyValue), ([profile, yes]) => answerQuestion(profile as never, question, yes as never));
  property('formatDose', anyOrMutated(patellofemoralPain.phases[0]?.exercises[0]?.dose), (value) => formatDose(value as never));
  property('formatPlan', anyOrMutated(plan), (value) => formatPlan(value as never));
  property('getProtocol', anyValue, (value) => getProtocol(value as never));
  property('parsePlan', fc.oneof(anyOrMutated(plan), fc.string()), (value) => parsePlan(value));
  property('parseSymptomProfile', fc.oneof(anyOrMutated(foundingProfile), fc.string()), (value) => parseSymptomProfile(value));
  property('parseMatchResult', anyOrMutated(match), (value) => parseMatchResult(value));
});

describe('every exporter, given any value', () => {
  property('toMarkdown', anyOrMutated(plan), (value) => toMarkdown(value as never));
  property('toCsv: any plan', anyOrMutated(plan), (value) => toCsv(value as never));
  property('toCsv: any options', anyOrMutated({ perExercise: true }), (value) => toCsv(plan, value as never));
  property('toIcs', anyOrMutated(plan), (value) => toIcs(value as never));
  property('planToCarePlan', anyOrMutated(plan), (value) => planToCarePlan(value as never));
  property('protocolToPlanDefinition', anyOrMutated(patellofemoralPain), (value) => protocolToPlanDefinition(value as never));
  property('matchToCondition', anyOrMutated(match.matches[0]), (value) => matchToCondition(value as never));
  property('toJsonSchema', anyValue, (value) => toJsonSchema(value as never));
});
