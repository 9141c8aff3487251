/**
 * A value as an element's `article` takes it at run time: anything. TypeScript refuses data that
 * does not fit the element's input type (a misspelt field, a number for a name), which is what a
 * partner wants and what tests of bad input must get past: `el.article = untyped(bad)`. The
 * return type comes from where the value goes.
 */
export function untyped<Target>(value: unknown): Target {
  return value as Target;
}
