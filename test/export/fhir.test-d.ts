// The FHIR shapes this library writes must be assignable to the full FHIR R4 resource types of a maintained type
// package (@medplum/fhirtypes, generated from the specification). Checked by `npm run typecheck`.
import type { CarePlan, Condition, Observation, PlanDefinition } from '@medplum/fhirtypes';
import { expectTypeOf, test } from 'vitest';
import type { FhirCarePlan, FhirCondition, FhirObservation, FhirPlanDefinition } from '../../src/export/fhir/index.js';

test('the resources fit the FHIR R4 types', () => {
  expectTypeOf<FhirPlanDefinition>().toExtend<PlanDefinition>();
  expectTypeOf<FhirCarePlan>().toExtend<CarePlan>();
  expectTypeOf<FhirCondition>().toExtend<Condition>();
  expectTypeOf<FhirObservation>().toExtend<Observation>();
});
