/**
 * Lit's hydration support is a page global hook (`litElementHydrateSupport`) that every copy of
 * Lit calls when it loads. The script-tag bundle installs it for its own Lit only: this module,
 * imported before it, remembers the page's value, and `restorePageHook()`, called once the
 * bundle's Lit has loaded, puts it back, so a copy of Lit the page loads later is not patched
 * (and made to render) by ours.
 */
const page = globalThis as { litElementHydrateSupport?: unknown };
const pageHook = page.litElementHydrateSupport;

export function restorePageHook(): void {
  if (pageHook === undefined) delete page.litElementHydrateSupport;
  else page.litElementHydrateSupport = pageHook;
}
