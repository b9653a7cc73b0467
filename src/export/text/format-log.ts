import type { LogEntry, Plan } from '../../model/index.js';

const pains = (parts: [string, number | undefined][]) =>
  parts.flatMap(([when, value]) => (value === undefined ? [] : [`${value}/10 ${when}`])).join(', ');

/** What was logged on a day, in words: "ran 4 mi (pain 3/10 during); pain 6/10 next morning; session done". */
export function formatLogged(entries: readonly LogEntry[]): string {
  return entries
    .map((entry): string => {
      switch (entry.kind) {
        case 'pain':
          return `pain ${pains([['during', entry.during], ['after', entry.after], ['next morning', entry.nextMorning]])}`;
        case 'run':
        case 'race': {
          const pain = entry.pain === undefined ? '' : pains([['during', entry.pain.during], ['after', entry.pain.after]]);
          const time = entry.durationMinutes === undefined ? '' : ` in ${entry.durationMinutes} min`;
          return `${entry.kind === 'race' ? 'raced' : 'ran'} ${entry.distance.value} ${entry.distance.unit}${time}${pain ? ` (pain ${pain})` : ''}`;
        }
        case 'session':
          return entry.exercises === undefined ? 'session done' : `session: ${entry.exercises.map((exercise) => `${exercise.exerciseId}${exercise.setsDone === undefined ? '' : ` ${exercise.setsDone} sets`}${exercise.repsDone === undefined ? '' : ` × ${exercise.repsDone}`}`).join(', ')}`;
        case 'symptom':
          return `red flag: ${entry.redFlag.replaceAll('-', ' ')}`;
        case 'missed':
          return `missed ${entry.what}`;
        case 'clearance':
          return entry.note === undefined ? 'cleared by a clinician' : `cleared by a clinician: ${entry.note}`;
      }
    })
    .join('; ');
}

/** The plan's last review as lines: its day and decision, then each reason; none when the plan was never reviewed. */
export function reviewLines(plan: Plan): string[] {
  const review = plan.lastReview;
  if (review === undefined) return [];
  const ended = review.today > plan.endDate && review.status === 'progress';
  // A referral says how soon, as its first reason (the most urgent) does.
  const soon = { today: ' today', 'within-days': ' within days', routine: '' }[review.reasons?.[0]?.urgency ?? 'routine'];
  const decision = ended ? `the plan ended on ${plan.endDate}` : { progress: 'go on as planned', hold: 'hold: no more running than the week before', 'step-back': 'step back', refer: `stop and see a clinician${soon}` }[review.status];
  return [`Reviewed on ${review.today}: ${decision}.`, ...(review.reasons ?? []).map((reason) => `- ${reason.message}`)];
}
