/**
 * The script-tag bundle shares the page's global object with whatever else the page runs. When
 * Lit loads, it records itself in page globals (`(globalThis.litHtmlVersions ??= []).push(…)`,
 * `globalThis.litPropertyMetadata ??= new WeakMap()`) and calls polyfill hooks it finds there
 * (`litHtmlPolyfillSupport?.(…)`). A page whose global of one of these names holds something else
 * (a CMS variable, junk) makes that throw, and the whole bundle with it: no element is defined.
 *
 * This module runs first in `dist/newsprint.js` (imported first by `src/newsprint.ts`) and
 * replaces only values Lit could not use anyway: a version record that is not a list, a metadata
 * map that is not a WeakMap, a polyfill hook that is not a function. Valid values (another copy
 * of Lit's, a real polyfill) are left alone.
 */
const VERSION_RECORDS = ['reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];
const POLYFILL_HOOKS = [
  'reactiveElementPolyfillSupport',
  'litHtmlPolyfillSupport',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
];

function replace(name: string, usable: (value: unknown) => boolean, fresh: () => unknown): void {
  const page = globalThis as unknown as Record<string, unknown>;
  try {
    const value = page[name];
    if (value === undefined || value === null || usable(value)) return;
    page[name] = fresh();
  } catch {
    // A read-only or throwing global: nothing to do about it here.
  }
}

for (const name of VERSION_RECORDS) {
  replace(
    name,
    (value) => typeof (value as { push?: unknown }).push === 'function',
    () => [],
  );
}
replace(
  'litPropertyMetadata',
  (value) => value instanceof WeakMap,
  () => new WeakMap(),
);
for (const name of POLYFILL_HOOKS) {
  replace(
    name,
    (value) => typeof value === 'function',
    () => undefined,
  );
}
