import type { Plan } from 'rehab-protocols';
import { h, shortDate, svg } from './dom.js';

// Plain SVG rather than a chart library: two small charts need a scale, a step line, points, bars and labels. This
// file is about 1.7 kB gzipped in the bundle, far less than a general chart library, and SVG elements are in the DOM,
// so the tests can read each point's value and position.

const DAILY_WIDTH = 720;
const WEEKLY_WIDTH = 360;

/**
 * A phone-sized page: the daily chart is drawn in a viewBox half as wide, so that its 12-unit text renders at about
 * 12 px instead of shrinking to ~6 px with a 720-wide drawing, and it labels fewer days. The page redraws when this
 * changes.
 */
export const NARROW = '(max-width: 40rem)';
const narrow = () => typeof matchMedia === 'function' && matchMedia(NARROW).matches;
const MARGIN = { top: 26, right: 12, bottom: 34, left: 44 };

/** A round upper bound for the axis and its ticks: 30 → 0, 10, 20, 30. */
function scale(max: number): { top: number; ticks: number[] } {
  if (max <= 0) return { top: 1, ticks: [0, 1] };
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? raw;
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, index) => +(index * step).toFixed(6)) };
}

interface Frame {
  readonly root: SVGSVGElement;
  readonly x: (index: number) => number;
  readonly y: (value: number) => number;
  readonly band: number;
}

function frame(title: string, description: string, id: string, count: number, max: number, unit: string, [width, height]: readonly [number, number]): Frame {
  const { top, ticks } = scale(max);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const band = plotWidth / count;
  const x = (index: number) => MARGIN.left + band * (index + 0.5);
  const y = (value: number) => MARGIN.top + plotHeight * (1 - value / top);
  const root = svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, id, class: 'chart' },
    svg('title', { id: `${id}-title` }, title),
    svg('desc', { id: `${id}-desc` }, description),
    ...ticks.map((tick) =>
      svg(
        'g',
        { class: 'tick', 'aria-hidden': 'true' },
        svg('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick) }),
        svg('text', { x: MARGIN.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, tick),
      ),
    ),
    svg('text', { class: 'axis-label', x: MARGIN.left - 6, y: MARGIN.top - 12, 'text-anchor': 'end', 'aria-hidden': 'true' }, unit),
  );
  return { root, x, y, band };
}

const planned = (day: Plan['days'][number]) => day.running.planned?.distance?.value;

/** Daily chart: the planned run of each day as a bar (when the plan knows the runner), under the day's limit, drawn as
 * a step line with a point per day; days without a distance limit sit at 0. */
export function renderDailyChart(plan: Plan): SVGSVGElement {
  const limits = plan.days.map((day) => day.running.maxDistance?.value ?? 0);
  const height = 240;
  const hasPlanned = plan.days.some((day) => planned(day) !== undefined);
  const width = narrow() ? WEEKLY_WIDTH : DAILY_WIDTH;
  const chart = frame(
    hasPlanned ? 'Planned run and running limit, by day' : 'Daily running limit',
    `How far the runner may run on each of the ${plan.days.length} days${hasPlanned ? ', and the run planned that day' : ''}, in ${plan.unit}.`,
    'daily-chart',
    plan.days.length,
    Math.max(...limits, ...plan.days.map((day) => planned(day) ?? 0)),
    plan.unit,
    [width, height],
  );
  const { root, x, y, band } = chart;
  plan.days.forEach((day, index) => {
    const value = planned(day);
    if (value === undefined) return;
    const barWidth = band * 0.55;
    root.append(
      svg(
        'rect',
        { class: 'planned-bar', x: x(index) - barWidth / 2, y: y(value), width: barWidth, height: y(0) - y(value), 'data-day': day.day, 'data-planned': value },
        svg('title', {}, `Day ${day.day}, ${shortDate(day.date)}: planned ${day.running.planned?.kind} ${value} ${plan.unit}`),
      ),
    );
  });
  const steps = limits.map((value, index) => `${index === 0 ? 'M' : 'L'}${x(index) - band / 2},${y(value)}H${x(index) + band / 2}`).join('');
  root.append(svg('path', { class: 'limit-line', d: steps, 'aria-hidden': 'true' }));
  const labelEvery = Math.ceil(plan.days.length / (width === DAILY_WIDTH ? 14 : 7));
  plan.days.forEach((day, index) => {
    const value = limits[index] ?? 0;
    const label = day.running.maxDistance === null ? 'no distance limit' : `limit ${value} ${plan.unit}`;
    root.append(
      svg(
        'circle',
        { class: 'limit-point', cx: x(index), cy: y(value), r: 3.5, 'data-day': day.day, 'data-limit': value },
        svg('title', {}, `Day ${day.day}, ${shortDate(day.date)}: ${label}`),
      ),
    );
    // Every labelEvery-th day and the last; the one before the last only when it leaves room for the last.
    const last = plan.days.length - 1;
    if ((index % labelEvery === 0 && (labelEvery === 1 || last - index >= labelEvery)) || index === last) {
      root.append(svg('text', { class: 'day-label', x: x(index), y: height - MARGIN.bottom + 16, 'text-anchor': 'middle', 'aria-hidden': 'true' }, day.day));
    }
  });
  root.append(svg('text', { class: 'axis-label', x: width / 2, y: height - 4, 'text-anchor': 'middle', 'aria-hidden': 'true' }, 'day of the plan'));
  return root;
}

/**
 * Weekly chart. With planned runs (the plan knows the runner): each week's planned distance, the number a runner reads as
 * "my week"; a week with nothing planned has no bar and no total. Without planned runs: each week's daily limits as a
 * range (the lowest and highest day), never their sum, which reads as a week's mileage and is none.
 */
export function renderWeeklyChart(plan: Plan): SVGSVGElement {
  const height = 240;
  const plannedTotals = plan.weeks.map((week) => week.plannedDistance?.value);
  const hasPlanned = plan.days.some((day) => day.running.planned !== undefined);
  const ranges = plan.weeks.map((week) => {
    const limits = plan.days.filter((day) => day.date >= week.startDate && day.date <= week.endDate).flatMap((day) => (day.running.maxDistance === null ? [] : [day.running.maxDistance.value]));
    return limits.length === 0 ? undefined : { min: Math.min(...limits), max: Math.max(...limits) };
  });
  const { root, x, y, band } = frame(
    hasPlanned ? 'Planned distance, by week' : 'Daily running limits, by week',
    hasPlanned
      ? `For each week, in ${plan.unit}: the distance of its planned runs. A week with nothing planned has no bar.`
      : `For each week, in ${plan.unit}: the lowest and highest daily limit — the most one day's run may be, not a weekly total.`,
    'weekly-chart',
    plan.weeks.length,
    hasPlanned ? Math.max(...plannedTotals.map((total) => total ?? 0)) : Math.max(...ranges.map((range) => range?.max ?? 0)),
    plan.unit,
    [WEEKLY_WIDTH, height],
  );
  const barWidth = Math.min(band * 0.5, 60);
  plan.weeks.forEach((week, index) => {
    root.append(svg('text', { class: 'day-label', x: x(index), y: height - MARGIN.bottom + 16, 'text-anchor': 'middle', 'aria-hidden': 'true' }, `week ${week.week}`));
    if (hasPlanned) {
      const total = plannedTotals[index] ?? undefined;
      if (total === undefined || total <= 0) return;
      root.append(
        svg(
          'rect',
          { class: 'week-planned-bar', x: x(index) - barWidth / 2, y: y(total), width: barWidth, height: y(0) - y(total), 'data-week': week.week, 'data-planned': total },
          svg('title', {}, `Week ${week.week}: ${total} ${plan.unit} planned`),
        ),
        svg('text', { class: 'bar-label', x: x(index), y: y(total) - 6, 'text-anchor': 'middle', 'aria-hidden': 'true' }, `${total}`),
      );
      return;
    }
    const range = ranges[index];
    if (range === undefined) return;
    // A range of one value still shows as a short bar, so that it can be seen and hovered.
    const top = y(range.max);
    const bottom = Math.max(y(range.min), top + 3);
    const label = range.min === range.max ? `${range.max}` : `${range.min}–${range.max}`;
    root.append(
      svg(
        'rect',
        { class: 'week-limit-range', x: x(index) - barWidth / 2, y: top, width: barWidth, height: bottom - top, 'data-week': week.week, 'data-min': range.min, 'data-max': range.max },
        svg('title', {}, `Week ${week.week}: daily limits ${label} ${plan.unit}`),
      ),
      svg('text', { class: 'bar-label', x: x(index), y: top - 6, 'text-anchor': 'middle', 'aria-hidden': 'true' }, label),
    );
  });
  return root;
}

/** The charts' numbers as a table, for screen readers and for anyone who wants the figures. */
export function renderChartTable(plan: Plan): HTMLElement {
  const hasPlanned = plan.days.some((day) => day.running.planned !== undefined);
  return h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, 'Chart data as a table'),
    h(
      'table',
      {},
      h('caption', {}, `By day, ${plan.unit}`),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, 'Day'), h('th', { scope: 'col' }, 'Date'), hasPlanned && h('th', { scope: 'col' }, `Planned (${plan.unit})`), h('th', { scope: 'col' }, `Limit (${plan.unit})`)),
      ),
      h(
        'tbody',
        {},
        ...plan.days.map((day) =>
          h('tr', {}, h('td', {}, day.day), h('td', {}, day.date), hasPlanned && h('td', {}, planned(day) ?? '—'), h('td', {}, day.running.maxDistance?.value ?? '—')),
        ),
      ),
    ),
  );
}
