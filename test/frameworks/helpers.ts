// Shared by the React and Vue tests: reading rendered text out of shadow roots, and recording
// events where a host page would see them last (on `document`, after the app's own listeners).
import { vi } from 'vitest';
import type { NewsprintElement } from 'newsprint';

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
