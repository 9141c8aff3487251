/**
 * The heading level an element renders for its `heading-level`, the same rule for every element:
 * a number is rounded and clamped to 1–6, as HTML has `h1`–`h6` (`7` is `h6`, `0` is `h1`);
 * anything else (a removed attribute is `null`, `heading-level="x"` is `NaN`) gives the element's
 * own default, `fallback`. A numeric string counts as its number: a framework may set the
 * property to an attribute's text.
 */
export function headingLevel(value: unknown, fallback: number): number {
  const level = value === null ? NaN : Math.round(value as number);
  return Number.isNaN(level) ? fallback : Math.min(6, Math.max(1, level));
}
