/**
 * A server-rendered element whose markup the browser would not render the same way (issue #16,
 * finding 4): the page is served at another URL than the `pageUrl` the server rendered for (a
 * preview, a CDN, another path), so relative links in the data resolve, and same-origin links
 * are judged, differently. Lit's hydration then throws "Hydration value mismatch" halfway: the
 * element was left dead (its FAQ buttons never got their listeners, new data never rendered) and
 * the error reached the page as an unhandled rejection. Instead the element renders afresh over
 * the server's markup, keeping the server's styles.
 */
import { render, type RenderOptions } from 'lit';

/**
 * Replaces the server's markup in `root` (all but its `<style>` elements, which hold the server's
 * styles until the element has adopted its own sheets) with a fresh render of `value`.
 */
export function renderAfresh(
  root: HTMLElement | DocumentFragment,
  value: unknown,
  options: RenderOptions,
): void {
  for (const node of [...root.childNodes]) {
    if (!(node instanceof HTMLStyleElement)) node.remove();
  }
  delete (root as { _$litPart$?: unknown })._$litPart$;
  render(value, root, options);
}
