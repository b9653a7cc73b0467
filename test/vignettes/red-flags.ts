import type { Vignette } from './vignette.js';

// Cases with red flags: whatever they resemble, referral must be required. Where the picture clearly points to one
// condition, the expected top match is given too.
export const redFlagVignettes: Vignette[] = [
  {
    id: 'red-flag-1',
    source: 'logerstedt-2018',
    story: 'Joint-line pain after a twist, with swelling and the knee locking.',
    profile: { region: 'knee', locations: ['joint-line'], aggravatedBy: ['twisting'], onset: 'sudden', redFlags: ['swelling', 'locking'] },
    top: 'meniscal-injury',
    referral: true,
  },
  {
    id: 'red-flag-2',
    source: 'crossley-2016-part1',
    story: 'Pain around the kneecap on stairs, now with a fever.',
    profile: { region: 'knee', locations: ['peripatellar', 'anterior'], aggravatedBy: ['stairs-descent'], redFlags: ['fever'] },
    top: 'patellofemoral-pain',
    referral: true,
  },
  {
    id: 'red-flag-3',
    source: 'referral criteria (calf swelling: possible blood clot)',
    story: 'Aching calf that is swollen.',
    profile: { region: 'calf', locations: ['posterior'], redFlags: ['calf-swelling'] },
    referral: true,
  },
  {
    id: 'red-flag-4',
    source: 'warden-2014',
    story: 'Shin pain at one tender spot that wakes the runner at night.',
    profile: { region: 'shin', redFlags: ['focal-bone-tenderness', 'night-pain'] },
    top: 'tibial-bone-stress-injury',
    referral: true,
  },
  {
    id: 'red-flag-5',
    source: 'referral criteria (neurological signs)',
    story: 'Buttock pain with numbness down the leg.',
    profile: { region: 'hip', locations: ['posterior'], redFlags: ['numbness'] },
    referral: true,
  },
  {
    id: 'red-flag-6',
    source: 'referral criteria (trauma, inability to bear weight)',
    story: 'Fell on the knee on a trail and cannot put weight on the leg.',
    profile: { region: 'knee', onset: 'sudden', redFlags: ['trauma', 'unable-to-bear-weight'] },
    referral: true,
  },
  {
    id: 'red-flag-7',
    source: 'koc-2023; referral criteria (unexplained weight loss, rest pain)',
    story: 'Heel pain that is there even at rest, with weight loss the runner cannot explain.',
    profile: { region: 'heel', locations: ['plantar-medial-heel'], redFlags: ['unexplained-weight-loss', 'rest-pain'] },
    referral: true,
  },
  {
    id: 'red-flag-8',
    source: 'logerstedt-2018',
    story: 'The knee gives way after a twisting injury.',
    profile: { region: 'knee', aggravatedBy: ['twisting'], redFlags: ['giving-way'] },
    referral: true,
  },
  {
    id: 'red-flag-9',
    source: 'martin-2018; referral criteria (night pain)',
    story: 'Midportion Achilles pain that now wakes the runner at night.',
    profile: { region: 'ankle', locations: ['achilles-midportion'], redFlags: ['night-pain'] },
    top: 'achilles-tendinopathy-midportion',
    referral: true,
  },
  {
    id: 'red-flag-10',
    source: 'baker-2016; referral criteria (swelling)',
    story: 'Outer knee pain on runs, and the knee has swollen.',
    profile: { region: 'knee', locations: ['lateral'], aggravatedBy: ['running'], redFlags: ['swelling'] },
    referral: true,
  },
];
