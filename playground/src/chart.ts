import type { Plan } from 'rehab-protocols';
import { h, shortDate, svg } from './dom.js';

// Plain SVG rather than a chart library: two small charts need a scale, a step line, points, bars and labels. This
// file is about 1.7 kB gzipped in the bundle, far less than a general chart library, and SVG elements are in the DOM,
// so the tests can read each point's value and position.

const DAILY_WIDTH = 720;
const WEEKLY_WIDTH = 360;
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

/** Daily chart: the limit of each day as a step line with a point per day; days without running sit at 0. */
export function renderDailyChart(plan: Plan): SVGSVGElement {
  const limits = plan.days.map((day) => day.running.maxDistance?.value ?? 0);
  const height = 240;
  const chart = frame(
    'Daily running limit',
    `How far the runner may run on each of the ${plan.days.length} days, in ${plan.unit}.`,
    'daily-chart',
    plan.days.length,
    Math.max(...limits),
    plan.unit,
    [DAILY_WIDTH, height],
  );
  const { root, x, y, band } = chart;
  const steps = limits.map((value, index) => `${index === 0 ? 'M' : 'L'}${x(index) - band / 2},${y(value)}H${x(index) + band / 2}`).join('');
  root.append(svg('path', { class: 'limit-line', d: steps, 'aria-hidden': 'true' }));
  const labelEvery = Math.ceil(plan.days.length / 14);
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
    if (index % labelEvery === 0 || index === plan.days.length - 1) {
      root.append(svg('text', { class: 'day-label', x: x(index), y: height - MARGIN.bottom + 16, 'text-anchor': 'middle', 'aria-hidden': 'true' }, day.day));
    }
  });
  root.append(svg('text', { class: 'axis-label', x: DAILY_WIDTH / 2, y: height - 4, 'text-anchor': 'middle', 'aria-hidden': 'true' }, 'day of the plan'));
  return root;
}

/** Weekly chart: the sum of each 7-day block's daily limits, the most the plan allows that week. */
export function renderWeeklyChart(plan: Plan): SVGSVGElement {
  const totals = weeklyLimitTotals(plan);
  const height = 240;
  const { root, x, y, band } = frame(
    'Weekly total of the daily limits',
    `The sum of each week's daily limits, in ${plan.unit}: the most the plan allows that week.`,
    'weekly-chart',
    totals.length,
    Math.max(...totals),
    plan.unit,
    [WEEKLY_WIDTH, height],
  );
  totals.forEach((total, index) => {
    const barWidth = Math.min(band * 0.6, 80);
    root.append(
      svg(
        'rect',
        { class: 'week-bar', x: x(index) - barWidth / 2, y: y(total), width: barWidth, height: y(0) - y(total), 'data-week': index + 1, 'data-total': total },
        svg('title', {}, `Week ${index + 1}: ${total} ${plan.unit}`),
      ),
      svg('text', { class: 'day-label', x: x(index), y: height - MARGIN.bottom + 16, 'text-anchor': 'middle', 'aria-hidden': 'true' }, `week ${index + 1}`),
    );
  });
  return root;
}

/** Each 7-day block's sum of daily limits, rounded to 0.1 as the limits are. */
export function weeklyLimitTotals(plan: Plan): number[] {
  const totals: number[] = [];
  for (const day of plan.days) {
    const week = Math.floor((day.day - 1) / 7);
    totals[week] = (totals[week] ?? 0) + (day.running.maxDistance?.value ?? 0);
  }
  return totals.map((total) => Math.round(total * 10) / 10);
}

/** The charts' numbers as a table, for screen readers and for anyone who wants the figures. */
export function renderChartTable(plan: Plan): HTMLElement {
  return h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, 'Chart data as a table'),
    h(
      'table',
      {},
      h('caption', {}, `Daily running limit, ${plan.unit}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Day'), h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, `Limit (${plan.unit})`))),
      h(
        'tbody',
        {},
        ...plan.days.map((day) =>
          h('tr', {}, h('td', {}, day.day), h('td', {}, day.date), h('td', {}, day.running.maxDistance?.value ?? '—')),
        ),
      ),
    ),
  );
}
