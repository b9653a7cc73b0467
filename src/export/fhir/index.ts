/**
 * Protocols, plans and matches as FHIR R4 resources, for clinical systems.
 *
 * @module rehab-protocols/export/fhir
 */
export { matchToCondition, planToCarePlan, protocolToPlanDefinition } from './to-fhir.js';
export { logToObservations, type FhirObservation, type FhirQuantity } from './observations.js';
export type { FhirSubjectOptions } from './subject.js';
export type {
  FhirActivityDefinition,
  FhirCarePlan,
  FhirCarePlanActivity,
  FhirCodeableConcept,
  FhirCoding,
  FhirCondition,
  FhirDuration,
  FhirGoal,
  FhirPlanDefinition,
  FhirPlanDefinitionAction,
  FhirReference,
  FhirRelatedArtifact,
  FhirTiming,
} from './types.js';
