/**
 * Numeric attributes that guard the page (`timeout`, `max-bytes`) must not fail open on a typo.
 * Lit's Number converter turns `max-bytes="2MB"` into NaN, which removed the size cap (an endless
 * response grew the heap by about 570 MB), and `timeout="10s"` (NaN) or a value over 2³¹−1 ms
 * (which `setTimeout` treats as 0) aborted every request at once. A value that is not a positive
 * number in range falls back to the default, with one console warning naming the attribute.
 *
 * Here, beside the request code that uses them (fetch-json.ts re-exports `requestLimits`), not in
 * src/base: the data model imports nothing from the element layer.
 */
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from './load.js';

/** The longest delay `setTimeout` keeps: anything longer fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface NumberAttribute {
  /** The attribute's name, for the warning. */
  name: string;
  fallback: number;
  max: number;
  /** What the number counts, for the warning: "milliseconds", "bytes". */
  unit: string;
}

/**
 * `value` when it is a positive number no larger than `spec.max`, else `spec.fallback`; `warn`
 * is called with the message when it is not.
 */
export function validNumber(
  value: unknown,
  spec: NumberAttribute,
  warn: (message: string) => void,
  /** The attribute's text, when it is set: shown instead of the NaN it parsed to. */
  text?: string | null,
): number {
  if (typeof value === 'number' && value > 0 && value <= spec.max) return value;
  const shown =
    text != null ? JSON.stringify(text) : typeof value === 'number' ? String(value) : typeof value;
  warn(
    `${spec.name} must be a positive number of ${spec.unit} (at most ${spec.max}), but it is ${shown.slice(0, 40)}; using the default, ${spec.fallback}.`,
  );
  return spec.fallback;
}

const TIMEOUT_ATTRIBUTE: NumberAttribute = {
  name: 'timeout',
  fallback: DEFAULT_TIMEOUT,
  max: MAX_TIMER_MS,
  unit: 'milliseconds',
};
const MAX_BYTES_ATTRIBUTE: NumberAttribute = {
  name: 'max-bytes',
  fallback: DEFAULT_MAX_BYTES,
  max: Number.MAX_SAFE_INTEGER,
  unit: 'bytes',
};

/**
 * An element's `timeout` and `max-bytes` as a `src` request takes them: each invalid value falls
 * back to its default with one warning, not again while it stays the same (`warned`, the
 * element's own). Called only when an element makes a request, from the request code's chunk
 * (article/fetch-json.ts re-exports it).
 */
export function requestLimits(
  host: HTMLElement & { timeout: unknown; maxBytes: unknown },
  warned: Map<string, unknown>,
): { timeout: number; maxBytes: number } {
  const checked = (value: unknown, spec: NumberAttribute): number =>
    validNumber(
      value,
      spec,
      (message) => {
        if (Object.is(warned.get(spec.name), value)) return;
        warned.set(spec.name, value);
        console.warn(`<${host.localName}>: ${message}`, host);
      },
      host.getAttribute(spec.name),
    );
  return {
    timeout: checked(host.timeout, TIMEOUT_ATTRIBUTE),
    maxBytes: checked(host.maxBytes, MAX_BYTES_ATTRIBUTE),
  };
}
