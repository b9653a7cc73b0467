import { h } from './dom.js';

/**
 * The place for plan review. The issue asks for "log pain and runs on past days and press review: the status, the
 * reasons and the revised days", built on the library's `reviewPlan`, which has not been written yet. Until it is
 * published, this section says so rather than imitating a review the library cannot give.
 */
export function renderReview(): HTMLElement {
  return h(
    'section',
    { class: 'review', 'aria-labelledby': 'review-heading' },
    h('h3', { id: 'review-heading' }, 'Review (not available yet)'),
    h(
      'p',
      {},
      'Logging pain and runs on past days and reviewing the plan needs the library’s ',
      h('code', {}, 'reviewPlan'),
      ', which has not been published yet. This page will offer it once the package does.',
    ),
  );
}
