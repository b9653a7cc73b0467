import { h } from './dom.js';

/**
 * One tooltip for the whole page (WAI-ARIA tooltip pattern): shown while a trigger is hovered or focused, pinned by a
 * tap or click (so it works on phones), hidden by Escape or a second tap.
 */
export function createTooltip(): { element: HTMLElement; attach(trigger: HTMLElement, lines: () => readonly string[]): void } {
  const element = h('div', { id: 'source-tip', role: 'tooltip', class: 'tooltip', hidden: true });
  let owner: HTMLElement | undefined;
  let pinned = false;

  const hide = () => {
    owner?.removeAttribute('aria-describedby');
    owner = undefined;
    pinned = false;
    element.hidden = true;
  };
  const show = (trigger: HTMLElement, lines: readonly string[]) => {
    if (owner !== trigger) hide();
    element.replaceChildren(...lines.map((line) => h('p', {}, line)));
    element.hidden = false;
    owner = trigger;
    trigger.setAttribute('aria-describedby', element.id);
    const box = trigger.getBoundingClientRect();
    element.style.top = `${box.bottom + window.scrollY + 4}px`;
    element.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - element.offsetWidth - 8))}px`;
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });

  return {
    element,
    attach(trigger, lines) {
      trigger.addEventListener('mouseenter', () => show(trigger, lines()));
      trigger.addEventListener('focus', () => show(trigger, lines()));
      trigger.addEventListener('mouseleave', () => !pinned && hide());
      trigger.addEventListener('blur', () => hide());
      trigger.addEventListener('click', () => {
        if (owner === trigger && pinned) return hide();
        show(trigger, lines());
        pinned = true;
      });
    },
  };
}
