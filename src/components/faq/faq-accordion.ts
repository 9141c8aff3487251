/**
 * The FAQ's accordion behaviour, after the WAI-ARIA APG accordion pattern: which answers are
 * landmarks, moving between the questions with the keyboard, bringing an item into view.
 */

/** The APG's limit for region landmarks that can be open together (see `useRegions`). */
const MAX_REGIONS = 6;

/**
 * Whether open answers are `role="region"` landmarks, labelled by their question. The APG makes
 * the role optional and advises against it where more than about six panels can be open at
 * once: every open region is a landmark, and a screen reader's landmark list would fill with
 * answers, burying the page's own regions. So: regions in single mode (one open at a time) and
 * when there are at most six items; plain panels when `multiple` could open more than six. Where
 * they are regions, a reader can jump back to the answer being read and hear which question it
 * answers.
 *
 * Only open answers get the role: a closed `hidden="until-found"` panel keeps its (empty) box,
 * and Chromium would list it as an empty, named landmark. `aria-labelledby` is on every panel
 * when regions are used (closed panels are hidden, so naming them costs nothing, and it says
 * which question a panel belongs to in any state); without regions it is left out, since ARIA
 * does not allow naming a plain `div`.
 */
export function useRegions(multiple: boolean, itemCount: number): boolean {
  return !multiple || itemCount <= MAX_REGIONS;
}

/**
 * The question a key moves focus to, after the WAI-ARIA APG accordion: Down/Up to the
 * next/previous question, wrapping at the ends; Home/End to the first/last. Undefined for any
 * other key, or with a modifier (those are the browser's and the screen reader's).
 */
export function questionForKey(
  event: KeyboardEvent,
  index: number,
  count: number,
): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  switch (event.key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

const prefersMotion = (): boolean => matchMedia('(prefers-reduced-motion: no-preference)').matches;

/**
 * Scrolls a question's item into view (smoothly only where motion is welcome: a focus the reader
 * asked for, with no reduced-motion preference) and maybe focuses the question.
 */
export function revealQuestion(button: HTMLElement, focus: boolean): void {
  if (focus) button.focus({ preventScroll: true });
  const item = button.closest('.item') ?? button;
  item.scrollIntoView({
    block: 'start',
    behavior: focus && prefersMotion() ? 'smooth' : 'auto',
  });
}
