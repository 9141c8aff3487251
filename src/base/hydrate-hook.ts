/**
 * Lit's hydration support is a page global hook (`litElementHydrateSupport`) that every copy of
 * Lit calls when it loads. The script-tag bundle applies its own to its own Lit only, and only on
 * a page with server-rendered elements (`src/newsprint.ts`). This module, imported before our
 * Lit, remembers the page's value and sets it aside, so that our Lit is not patched by another
 * copy's hook; `restorePageHook()` puts it back, so a copy of Lit the page loads later is not
 * patched (and made to render) by ours.
 */
const page = globalThis as { litElementHydrateSupport?: unknown };
const pageHook = page.litElementHydrateSupport;
try {
  delete page.litElementHydrateSupport;
} catch {
  // A read-only global: Lit will call whatever it is, as before.
}

export function restorePageHook(): void {
  if (pageHook === undefined) delete page.litElementHydrateSupport;
  else page.litElementHydrateSupport = pageHook;
}
