import { NewsprintNavigateEvent } from '../events/events.js';

/**
 * Turns a click on one of our links into a cancelable `newsprint-navigate` from `host`; when the
 * host page cancels it, the browser does not follow the link. Clicks that open a new tab or
 * window (modifier keys, middle button) are left to the browser: routing them in place would
 * take away the reader's choice.
 */
export function navigateFromClick(host: HTMLElement, event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
  if (!link) return;
  const allowed = host.dispatchEvent(new NewsprintNavigateEvent({ url: link.href }));
  if (!allowed) event.preventDefault();
}
