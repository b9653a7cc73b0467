/**
 * Tibial bone stress injury: a refer-only condition. It has no self-managed protocol in this library.
 *
 * @module rehab-protocols/protocols/tibial-bone-stress-injury
 */
import { catalogueCondition, type Condition } from '../src/model/index.js';

/**
 * Tibial bone stress injury as the condition matcher sees it: localised bone pain and tenderness at one spot of the
 * shin, pain on hopping, pain that persists at rest or at night. Refer-only: running on it can lead to a fracture.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/tibial-bone-stress-injury';
 *
 * condition.referOnly;
 * //=> true
 * ```
 */
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'tibial-bone-stress-injury',
  name: 'Tibial bone stress injury',
  aliases: ['tibial stress fracture', 'stress reaction'],
  summary: 'Bone that cannot keep up with repeated loading: localised pain and tenderness at one spot of the shin bone, from stress reaction to stress fracture.',
  referOnly: true,
  referral: 'A possible bone stress injury needs a clinician, and usually imaging: running on it can turn a stress reaction into a fracture.',
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'shin', present: 'very-strong', absent: 'rules-out', why: 'The tibia is the shin bone.', evidence: { kind: 'library-default', reason: 'Warden 2014’s text was not read (a clinical review noted it) and no stored source grades this; the grade is the library’s reading of the clinical picture of a bone stress injury, kept for referral.' } },
    { field: 'redFlags', value: 'focal-bone-tenderness', present: 'very-strong', absent: 'against', why: 'Localised bone tenderness is its defining sign.', evidence: { kind: 'cited', sourceIds: ['warden-2014'], checked: 'secondary', checkedAt: 'https://www.aafp.org/pubs/afp/issues/2007/0715/p237/jcr:content/root/aafp-article-primary-content-container/aafp_article_main_par/aafp_tables_content0.print.html' } },
    { field: 'redFlags', value: 'pain-on-hopping', present: 'strong', absent: 'against', why: 'Pain on hopping on the leg is a typical provocation.', evidence: { kind: 'cited', sourceIds: ['warden-2014'], checked: 'secondary', checkedAt: 'https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-6th-october-2016/' } },
    { field: 'redFlags', value: 'night-pain', present: 'moderate', absent: 'neutral', why: 'Pain at night suggests bone rather than soft tissue.', evidence: { kind: 'library-default', reason: 'Warden 2014’s text was not read (a clinical review noted it) and no stored source grades this; the grade is the library’s reading of the clinical picture of a bone stress injury, kept for referral.' } },
    { field: 'redFlags', value: 'rest-pain', present: 'moderate', absent: 'neutral', why: 'Pain that persists at rest suggests a more advanced bone stress injury.', evidence: { kind: 'library-default', reason: 'Warden 2014’s text was not read (a clinical review noted it) and no stored source grades this; the grade is the library’s reading of the clinical picture of a bone stress injury, kept for referral.' } },
    { field: 'locations', value: 'anterior-tibia', present: 'moderate', absent: 'neutral', why: 'Bone stress injuries also occur on the front of the shin, where they heal less readily.', evidence: { kind: 'library-default', reason: 'Warden 2014’s text was not read (a clinical review noted it) and no stored source grades this; the grade is the library’s reading of the clinical picture of a bone stress injury, kept for referral.' } },
    { field: 'locations', value: 'distal-medial-tibia', present: 'weak', absent: 'neutral', why: 'The inner lower shin is a common site.', evidence: { kind: 'library-default', reason: 'Warden 2014’s text was not read (a clinical review noted it) and no stored source grades this; the grade is the library’s reading of the clinical picture of a bone stress injury, kept for referral.' } },
    { field: 'trainingChange', value: 'mileage-increase', present: 'weak', absent: 'neutral', why: 'A rise in training load is the usual cause.', evidence: { kind: 'library-default', reason: 'Warden 2014’s text was not read (a clinical review noted it) and no stored source grades this; the grade is the library’s reading of the clinical picture of a bone stress injury, kept for referral.' } },
    { field: 'painFreeDuring', value: 'walking', present: 'against', absent: 'neutral', why: 'A bone stress injury often hurts even when walking.', evidence: { kind: 'library-default', reason: 'Walking pain is common with bone stress injury; no source grades its absence.' } },
    { field: 'aggravatedBy', value: 'walking', present: 'moderate', absent: 'neutral', why: 'Bone stress pain comes with weight-bearing, walking included, not only running.', evidence: { kind: 'library-default', reason: 'Medscape (Stress fractures, clinical presentation): "The pain may occur only with weightbearing"; a secondary source, so moderate rather than strong.' } },
    { field: 'locations', value: 'diffuse', present: 'against', absent: 'neutral', why: 'Pain spread along the bone points away from one stressed spot.', evidence: { kind: 'library-default', reason: 'Bony tenderness at one spot is the key sign of a bone stress injury (Knobloch 2025, Curr Sports Med Rep, abstract); pain spread along the shin is the pattern of medial tibial stress syndrome instead.' } },
    { field: 'sex', value: 'female', present: 'weak', absent: 'neutral', why: 'Female runners have about twice the risk of stress fracture.', evidence: { kind: 'cited', sourceIds: ['wright-2015'], checked: 'abstract', checkedAt: 'https://pubmed.ncbi.nlm.nih.gov/26582192/' } },
    { field: 'background', value: 'previous-bone-stress-injury', present: 'strong', absent: 'neutral', why: 'A previous stress fracture is the strongest risk factor for another.', evidence: { kind: 'cited', sourceIds: ['wright-2015'], checked: 'abstract', checkedAt: 'https://pubmed.ncbi.nlm.nih.gov/26582192/' } },
    { field: 'side', value: 'both', present: 'against', absent: 'neutral', why: 'A bone stress injury is usually in one leg; pain in both shins is more typical of medial tibial stress syndrome.', evidence: { kind: 'library-default', reason: 'Bone stress injuries are focal and usually one-sided, whereas medial tibial stress syndrome is often bilateral; no source here grades laterality, so only "against". Pain in both shins under 18 still refers (the bone-stress-risk red flag).' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'wright-2015',
      design: 'systematic-review',
      authors: ['Wright AA', 'Taylor JB', 'Ford KR', 'Siska L', 'Smoliga JM'],
      year: 2015,
      title: 'Risk factors associated with lower extremity stress fractures in runners: a systematic review with meta-analysis',
      publishedIn: 'Br J Sports Med 2015;49(23):1517–1523',
      doi: '10.1136/bjsports-2015-094828',
    },
    {
      kind: 'publication',
      id: 'warden-2014',
      design: 'narrative-review',
      authors: ['Warden SJ', 'Davis IS', 'Fredericson M'],
      year: 2014,
      title: 'Management and prevention of bone stress injuries in long-distance runners',
      publishedIn: 'J Orthop Sports Phys Ther 2014;44(10):749–765',
      doi: '10.2519/jospt.2014.5334',
    },
  ],
});
