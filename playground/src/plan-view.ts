import { citeOnce, groupNotes, type ConditionMatch, type Plan, type ReferralReason } from 'rehab-protocols';
import { renderCalendar } from './calendar.js';
import { renderChartTable, renderDailyChart, renderWeeklyChart } from './chart.js';
import { h } from './dom.js';
import { renderExports } from './exports.js';
import { renderReview, type ReviewState } from './review.js';
import { citationText } from './sources.js';
import type { createTooltip } from './tooltip.js';

/** The plan flags shown first, as alerts: `red-s` (see a doctor first), `diagnosed` (the clinician's advice first) and `watch-for` (what would mean stopping). */
const FIRST: ReadonlySet<string> = new Set(['red-s', 'watch-for', 'diagnosed']);
const LEADS: Readonly<Record<string, string>> = { 'red-s': 'See a doctor first. ', 'watch-for': 'Watch for this. ', diagnosed: 'Your clinician first. ' };

type Tooltip = ReturnType<typeof createTooltip>;

function matchSummary(match: ConditionMatch, plan: Plan): HTMLElement {
  // A plan that follows a clinician's diagnosis says so; the diagnosis is theirs, the score only ranks the answers.
  if (plan.flags.some((flag) => flag.kind === 'diagnosed')) return h('div', { class: 'match' }, h('p', {}, 'This plan is for ', h('strong', {}, match.name), ', as a clinician diagnosed it.'));
  return h(
    'div',
    { class: 'match' },
    h('p', {}, 'Your answers are consistent with ', h('strong', {}, match.name), ` (score ${match.score.toFixed(2)}). This is not a diagnosis.`),
    h('ul', { class: 'reasons' }, ...match.supporting.slice(0, 5).map((reason) => h('li', {}, reason.message))),
  );
}

/** The plan: summary, guidance, charts, calendar, checkpoints, sources, exports and the place for review. */
export function renderPlan(plan: Plan, tooltip: Tooltip, review: { state: ReviewState; onChange: (state: ReviewState) => void }, match?: ConditionMatch): HTMLElement {
  const planned = plan.days.some((day) => day.running.planned !== undefined);
  const goal = plan.goalDistance === undefined ? 'no goal distance' : `goal ${plan.goalDistance.value} ${plan.goalDistance.unit}`;
  // The days' flags, one note per cause with its days; the calendar's days link here rather than repeat them.
  const notes = groupNotes(plan);
  const leading = plan.flags.filter((flag) => FIRST.has(flag.kind));
  const others = plan.flags.filter((flag) => !FIRST.has(flag.kind));
  const cited = citeOnce(plan);
  return h(
    'section',
    { class: 'plan', 'aria-labelledby': 'plan-heading' },
    h('h2', { id: 'plan-heading' }, plan.protocolName),
    h('p', { class: 'summary' }, `${plan.days.length} days, ${plan.startDate} to ${plan.endDate}; distances in ${plan.unit}; ${goal}.`),
    // Notes the runner must read before anything else (see a doctor for a RED-S assessment; what would mean stopping)
    // come first, as alerts.
    ...leading.map((flag) => h('div', { class: 'error red-s', role: 'alert', 'data-kind': flag.kind }, h('p', {}, h('strong', {}, LEADS[flag.kind] ?? ''), flag.message))),
    match !== undefined && matchSummary(match, plan),
    plan.guidance.length > 0 && h('ul', { class: 'guidance' }, ...plan.guidance.map((line) => h('li', {}, line))),
    (others.length > 0 || notes.length > 0) &&
      h(
        'section',
        { class: 'plan-flags', 'aria-labelledby': 'plan-flags-heading' },
        h('h3', { id: 'plan-flags-heading' }, 'Notes on this plan'),
        others.length > 0 && h('ul', {}, ...others.map((flag) => h('li', { 'data-kind': flag.kind }, flag.message))),
        notes.length > 0 &&
          h('ol', { class: 'day-notes' }, ...notes.map((note) => h('li', { id: `note-${note.number}`, 'data-kind': note.kind, 'data-note': note.number }, h('strong', {}, `${note.when}: `), cited(note)))),
      ),
    h(
      'section',
      { class: 'charts', 'aria-labelledby': 'charts-heading' },
      h('h3', { id: 'charts-heading' }, 'Mileage'),
      h(
        'div',
        { class: 'chart-row' },
        h('figure', {}, renderDailyChart(plan), h('figcaption', {}, planned ? `Planned run (green bars) under the day’s limit (blue line), ${plan.unit}` : `How far you may run each day (${plan.unit})`)),
        h('figure', {}, renderWeeklyChart(plan), h('figcaption', {}, planned ? `Each week’s planned running (${plan.unit})` : `Each week: the lowest and highest daily limit (${plan.unit})`)),
      ),
      renderChartTable(plan),
    ),
    renderCalendar(plan, tooltip, notes),
    h(
      'section',
      { class: 'how-to', 'aria-labelledby': 'how-to-heading' },
      h('h3', { id: 'how-to-heading' }, 'How to do each exercise'),
      ...plan.exercises.map((exercise) =>
        h(
          'details',
          {},
          h('summary', {}, exercise.name),
          h('ol', {}, ...exercise.instructions.map((step) => h('li', {}, step))),
          exercise.cues.length > 0 && h('ul', { class: 'cues' }, ...exercise.cues.map((cue) => h('li', {}, cue))),
        ),
      ),
    ),
    plan.checkpoints.length > 0 &&
      h(
        'section',
        { class: 'checkpoints', 'aria-labelledby': 'checkpoints-heading' },
        h('h3', { id: 'checkpoints-heading' }, 'Checkpoints'),
        h('ul', {}, ...plan.checkpoints.map((checkpoint) => h('li', {}, h('strong', {}, `Day ${checkpoint.day} (${checkpoint.date}): `), `${checkpoint.assess} If not: ${checkpoint.ifNotBetter}`))),
      ),
    renderExports(plan),
    renderReview(plan, review.state, review.onChange),
    h(
      'section',
      { class: 'sources', 'aria-labelledby': 'sources-heading' },
      h('h3', { id: 'sources-heading' }, 'Sources'),
      h('ul', {}, ...plan.sources.map((source) => h('li', { id: `source-${source.id}` }, citationText(source)))),
    ),
  );
}

/** How soon the referral asks the runner to see a clinician: its first reason's urgency (reasons come most urgent first). */
function mostUrgent(reasons: readonly ReferralReason[]): ReferralReason['urgency'] {
  return reasons[0]?.urgency ?? 'routine';
}

/** The referral's heading: how soon its most urgent reason asks the runner to see a clinician. */
function referralHeading(reasons: readonly ReferralReason[]): string {
  const most = mostUrgent(reasons);
  return most === 'today' ? 'See a clinician today' : most === 'within-days' ? 'See a clinician within days' : 'See a clinician before any plan';
}

/** A referral: who should see the runner, and why, with the matches for the clinician's information. */
export function renderReferral(reasons: readonly ReferralReason[], matches: readonly ConditionMatch[]): HTMLElement {
  return h(
    'section',
    { class: 'referral', 'aria-labelledby': 'referral-heading', 'data-urgency': mostUrgent(reasons) },
    h('h2', { id: 'referral-heading' }, referralHeading(reasons)),
    h('ul', { class: 'reasons' }, ...reasons.map((reason) => h('li', { 'data-kind': reason.kind, 'data-urgency': reason.urgency }, reason.message))),
    h('h3', {}, 'Closest matches, for the clinician'),
    h('ol', {}, ...matches.slice(0, 3).map((match) => h('li', {}, `${match.name} (score ${match.score.toFixed(2)})`))),
  );
}
