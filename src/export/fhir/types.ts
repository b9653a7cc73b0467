// The FHIR R4 shapes this library writes: the subset of each resource it fills in. Each is assignable to the full
// resource type of a FHIR type package such as @medplum/fhirtypes (test/export/fhir.test-d.ts checks that).

/**
 * A code from a code system (FHIR `Coding`).
 *
 * @example
 * ```ts
 * const exerciseTherapy: FhirCoding = { system: 'http://snomed.info/sct', code: '229065009', display: 'Exercise therapy' };
 * ```
 */
export interface FhirCoding {
  /** The code system's URI. */
  system: string;
  /** The code. */
  code: string;
  /** The code's display text. */
  display?: string;
}

/**
 * A concept as codes and text (FHIR `CodeableConcept`).
 *
 * @example
 * ```ts
 * const concept: FhirCodeableConcept = { text: 'Patellofemoral pain' };
 * ```
 */
export interface FhirCodeableConcept {
  /** Codes for the concept. */
  coding?: FhirCoding[];
  /** The concept in words. */
  text?: string;
}

/**
 * A reference to another resource (FHIR `Reference`).
 *
 * @example
 * ```ts
 * const runner: FhirReference = { display: 'Runner' };
 * ```
 */
export interface FhirReference {
  /** A literal reference, e.g. `#checkpoint-14` for a contained resource. */
  reference?: string;
  /** Text for the reference. */
  display?: string;
}

/**
 * A length of time in UCUM units (FHIR `Duration`).
 *
 * @example
 * ```ts
 * const week: FhirDuration = { value: 7, unit: 'days', system: 'http://unitsofmeasure.org', code: 'd' };
 * ```
 */
export interface FhirDuration {
  /** How long. */
  value: number;
  /** The unit in words. */
  unit: string;
  /** UCUM. */
  system: 'http://unitsofmeasure.org';
  /** The UCUM code, e.g. `d`. */
  code: string;
}

/**
 * When an action repeats (FHIR `Timing`): "1–2 times a day for 7 days" is frequency 1, frequencyMax 2, period 1 d,
 * bounds 7 days.
 *
 * @example
 * ```ts
 * const timing: FhirTiming = { repeat: { frequency: 3, period: 1, periodUnit: 'wk' } };
 * ```
 */
export interface FhirTiming {
  /** The repeat rule. */
  repeat: {
    /** How long the repetition lasts. */
    boundsDuration?: FhirDuration;
    /** How many times per period. */
    frequency: number;
    /** The most times per period, when it is a range. */
    frequencyMax?: number;
    /** The period. */
    period: number;
    /** The period's unit: days or weeks. */
    periodUnit: 'd' | 'wk';
  };
}

/**
 * A source cited by a definition (FHIR `RelatedArtifact` of type `citation`).
 *
 * @example
 * ```ts
 * const artifact: FhirRelatedArtifact = { type: 'citation', citation: 'Rathleff MS et al. 2015.', url: 'https://doi.org/10.1111/sms.12313' };
 * ```
 */
export interface FhirRelatedArtifact {
  /** Always `citation`. */
  type: 'citation';
  /** The citation as text. */
  citation: string;
  /** Where it can be read (its DOI as a URL). */
  url?: string;
}

/**
 * An exercise as a FHIR R4 `ActivityDefinition`, contained in a `PlanDefinition`.
 *
 * @example
 * ```ts
 * const id = (activity: FhirActivityDefinition) => activity.id;
 * ```
 */
export interface FhirActivityDefinition {
  /** Always `ActivityDefinition`. */
  resourceType: 'ActivityDefinition';
  /** The exercise's id. */
  id: string;
  /** Always `active`. */
  status: 'active';
  /** The exercise's id, as a computer-friendly name. */
  name: string;
  /** The exercise's name. */
  title: string;
  /** The instructions, in order. */
  description: string;
  /** Exercise therapy (SNOMED CT 229065009). */
  code: FhirCodeableConcept;
  /** What it is used for: the cues. */
  usage?: string;
}

/**
 * One action of a `PlanDefinition`: a phase, or an exercise within a phase.
 *
 * @example
 * ```ts
 * const titles = (action: FhirPlanDefinitionAction) => action.action?.map((child) => child.title);
 * ```
 */
export interface FhirPlanDefinitionAction {
  /** The phase's id, or the exercise's. */
  id: string;
  /** The phase's or the exercise's name. */
  title: string;
  /** What the action asks for in words: the running rule for a phase, the dose for an exercise. */
  textEquivalent?: string;
  /** For an exercise, the contained `ActivityDefinition`, e.g. `#towel-eater`. */
  definitionCanonical?: string;
  /** For a phase: how often and for how long. */
  timingTiming?: FhirTiming;
  /** For a phase after the first: it starts when the one before ends. */
  relatedAction?: {
    /** The phase before. */
    actionId: string;
    /** Always `after-end`. */
    relationship: 'after-end';
  }[];
  /** For a phase: its exercises, in order. */
  action?: FhirPlanDefinitionAction[];
}

/**
 * A protocol as a FHIR R4 `PlanDefinition`.
 *
 * @example
 * ```ts
 * const phases = (definition: FhirPlanDefinition) => definition.action.map((action) => action.title);
 * ```
 */
export interface FhirPlanDefinition {
  /** Always `PlanDefinition`. */
  resourceType: 'PlanDefinition';
  /** The protocol's id. */
  id: string;
  /** The protocol's id, as a computer-friendly name. */
  name: string;
  /** The protocol's name. */
  title: string;
  /** Always `active`. */
  status: 'active';
  /** The protocol's summary. */
  description: string;
  /** The condition it treats. */
  topic: FhirCodeableConcept[];
  /** Its sources. */
  relatedArtifact: FhirRelatedArtifact[];
  /** Its exercises. */
  contained: FhirActivityDefinition[];
  /** Its phases, in order. */
  action: FhirPlanDefinitionAction[];
}

/**
 * A checkpoint as a FHIR R4 `Goal`, contained in a `CarePlan`.
 *
 * @example
 * ```ts
 * const due = (goal: FhirGoal) => goal.target[0]?.dueDate;
 * ```
 */
export interface FhirGoal {
  /** Always `Goal`. */
  resourceType: 'Goal';
  /** `checkpoint-<day>`. */
  id: string;
  /** Always `planned`. */
  lifecycleStatus: 'planned';
  /** What to reassess. */
  description: FhirCodeableConcept;
  /** Who the plan is for. */
  subject: FhirReference;
  /** The checkpoint's date. */
  target: {
    /** The checkpoint's date, `YYYY-MM-DD`. */
    dueDate: string;
  }[];
  /** What to do if it is not better. */
  note: {
    /** The note's text. */
    text: string;
  }[];
}

/**
 * One day of a plan as an activity of a FHIR R4 `CarePlan`.
 *
 * @example
 * ```ts
 * const day = (activity: FhirCarePlanActivity) => activity.detail.scheduledPeriod.start;
 * ```
 */
export interface FhirCarePlanActivity {
  /** The day's activity. */
  detail: {
    /** Always `ServiceRequest`. */
    kind: 'ServiceRequest';
    /** Exercise therapy (SNOMED CT 229065009). */
    code: FhirCodeableConcept;
    /** Always `scheduled`. */
    status: 'scheduled';
    /** The day, as a period from its start to its end. */
    scheduledPeriod: {
      /** The day's date. */
      start: string;
      /** The same date: the activity takes the day. */
      end: string;
    };
    /** The day's exercises, doses, running limit, planned run and flags in words. */
    description: string;
  };
}

/**
 * A plan as a FHIR R4 `CarePlan`, with its checkpoints as contained `Goal`s.
 *
 * @example
 * ```ts
 * const days = (carePlan: FhirCarePlan) => carePlan.activity.length;
 * ```
 */
export interface FhirCarePlan {
  /** Always `CarePlan`. */
  resourceType: 'CarePlan';
  /** Always `active`. */
  status: 'active';
  /** Always `plan`. */
  intent: 'plan';
  /** The protocol's name. */
  title: string;
  /** The protocol the plan instantiates, as `urn:rehab-protocols:protocol:<id>`. */
  instantiatesUri: string[];
  /** Who the plan is for: `{ display: 'Runner' }`; an app replaces it with its patient reference. */
  subject: FhirReference;
  /** From the first day to the last. */
  period: {
    /** The plan's first day. */
    start: string;
    /** The plan's last day. */
    end: string;
  };
  /** The checkpoints. */
  contained: FhirGoal[];
  /** References to the contained goals. */
  goal: FhirReference[];
  /** One activity per day. */
  activity: FhirCarePlanActivity[];
  /** The weekly totals and the plan's own flags (e.g. not checked against the runner's training), one note each. */
  note: {
    /** The note's text. */
    text: string;
  }[];
}

/**
 * A match as a provisional FHIR R4 `Condition`: what the picture is consistent with, not a diagnosis.
 *
 * @example
 * ```ts
 * const status = (condition: FhirCondition) => condition.verificationStatus.coding?.[0]?.code;
 * ```
 */
export interface FhirCondition {
  /** Always `Condition`. */
  resourceType: 'Condition';
  /** `active`, from the condition-clinical code system. */
  clinicalStatus: FhirCodeableConcept;
  /** `provisional`, from the condition-ver-status code system. */
  verificationStatus: FhirCodeableConcept;
  /** The condition's name. */
  code: FhirCodeableConcept;
  /** Who it is about: `{ display: 'Runner' }`; an app replaces it with its patient reference. */
  subject: FhirReference;
  /** The score and the reasons, in words. */
  note: {
    /** The note's text. */
    text: string;
  }[];
}
