// Shared by the React and Vue tests: reading rendered text out of shadow roots, and recording
// events where a host page would see them last (on `document`, after the app's own listeners).
import { expect, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Article, NewsprintElement, NewsprintToggleDetail } from 'newsprint';

export interface Recorded<Detail> {
  detail: Detail;
  /** Whether the app had cancelled the event by the time it bubbled to `document`. */
  defaultPrevented: boolean;
}

/** Records every `type` event reaching `document`; call the returned `stop` when done. */
export function record<Detail>(type: string): { events: Recorded<Detail>[]; stop: () => void } {
  const events: Recorded<Detail>[] = [];
  const listener = (event: Event) =>
    events.push({
      detail: (event as CustomEvent<Detail>).detail,
      defaultPrevented: event.defaultPrevented,
    });
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

/** The text of `selector` inside `element`'s shadow root, trimmed; '' when absent. */
export function shadowText(element: Element | null | undefined, selector: string): string {
  return element?.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '';
}

/** Waits until the element has rendered its data (or failed), then returns it. */
export async function rendered<E extends NewsprintElement<unknown>>(
  root: ParentNode,
  selector: string,
): Promise<E> {
  const element = await vi.waitFor(() => {
    const found = root.querySelector<E>(selector);
    if (!found?.shadowRoot?.querySelector('.base > *')) throw new Error(`${selector} not rendered`);
    return found;
  });
  await element.updateComplete;
  return element;
}

/** Text of the list items of the app's FAQ activity log. */
export function activity(root: ParentNode): string[] {
  return [...root.querySelectorAll('ol[aria-label="FAQ activity"] li')].map(
    (item) => item.textContent?.trim() ?? '',
  );
}

/**
 * With the story's article open in the app: a click, Enter, then ArrowDown and Space on the FAQ
 * reach the app as three `newsprint-toggle` events, in order, and the app's activity log says so.
 */
export async function expectFaqTogglesReachTheApp(host: ParentNode, story: Article): Promise<void> {
  const toggles = record<NewsprintToggleDetail>('newsprint-toggle');
  const [first, second] = story.faq!.items;
  try {
    const question = page.getByRole('button', { name: first!.question });
    await question.click();
    await vi.waitFor(() => expect(toggles.events).toHaveLength(1));
    await expect.element(question).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Enter}'); // the button has focus from the click
    await vi.waitFor(() => expect(toggles.events).toHaveLength(2));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard(' ');
    await vi.waitFor(() => expect(toggles.events).toHaveLength(3));
    await expect
      .element(page.getByRole('button', { name: second!.question }))
      .toHaveAttribute('aria-expanded', 'true');

    const ids = toggles.events.map((event) => event.detail.id);
    expect(ids[0]).toBeTruthy();
    expect(ids[2]).toBeTruthy();
    expect(ids[2]).not.toBe(ids[0]);
    expect(toggles.events.map((event) => event.detail)).toEqual([
      { id: ids[0], index: 0, open: true },
      { id: ids[0], index: 0, open: false },
      { id: ids[2], index: 1, open: true },
    ]);
    await vi.waitFor(() =>
      expect(activity(host)).toEqual([
        `Opened question 1 (${ids[0]})`,
        `Closed question 1 (${ids[0]})`,
        `Opened question 2 (${ids[2]})`,
      ]),
    );
  } finally {
    toggles.stop();
  }
}
