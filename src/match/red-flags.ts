import type { RED_FLAGS } from '../model/index.js';

/**
 * Each red flag in plain words: what the runner reported and what to do. Any one of them means referral; they are
 * not weighed against anything. The list follows common referral criteria for knee and leg pain (hot swollen joint
 * with fever, locking, inability to bear weight, trauma, neurological or vascular signs, constant or night pain,
 * unexplained weight loss) and the warning signs of bone stress injury.
 */
export const RED_FLAG_MESSAGES: Record<(typeof RED_FLAGS)[number], string> = {
  swelling: 'The joint is swollen. Swelling needs a clinician to examine it before you follow an exercise plan.',
  locking: 'The knee locks or catches. Something may be caught inside the joint: see a clinician.',
  'giving-way': 'The knee gives way. Instability needs a clinician to examine it.',
  'night-pain': 'The pain wakes you at night. Night pain needs a clinician to rule out bone injury and other causes.',
  'rest-pain': 'It hurts even at rest. Constant pain needs a clinician to find its cause.',
  fever: 'You have a fever with the pain. A hot, painful joint with fever can be an infection: see a clinician today.',
  trauma: 'It started with a fall, a blow or another injury. An injury needs a clinician to check for damage before exercise.',
  'focal-bone-tenderness': 'One spot of bone is tender to press. This can be a bone stress injury: see a clinician before running again.',
  'pain-on-hopping': 'Hopping on the leg hurts. This can be a bone stress injury: see a clinician before running again.',
  numbness: 'There is numbness or tingling. Nerve symptoms need a clinician to examine them.',
  'calf-swelling': 'The calf is swollen. A swollen calf can be a blood clot: see a clinician today.',
  'unable-to-bear-weight': 'You cannot put weight on the leg. See a clinician today.',
  'unexplained-weight-loss': 'You have lost weight without trying. Pain with unexplained weight loss needs a clinician to find its cause.',
};
