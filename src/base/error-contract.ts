/**
 * The error path itself must never throw (issue #16): whatever a host script throws from a getter
 * or a Proxy trap, or passes as `strings`, ends in the error state and one `newsprint-error`.
 *
 * A thrown value can be anything: a Symbol, `undefined`, a revoked Proxy (on which even
 * `instanceof` throws), an Error whose `message` is a Symbol (`new Error(symbol)` and template
 * strings throw "Cannot convert a Symbol value to a string") or a getter that throws. So nothing
 * here reads a host value outside a `try`, and only plain strings are kept from it.
 */
import { NewsprintDataError } from '../article/errors.js';
import { stringsFor, type NewsprintStrings } from '../i18n/strings.js';

const FALLBACK_MESSAGE = 'The article data could not be shown.';

/** `cause` as a `NewsprintDataError` whose message and path are strings; never throws. */
export function toDataError(cause: unknown): NewsprintDataError {
  try {
    if (cause instanceof NewsprintDataError) {
      const { message, path } = cause;
      const inner: unknown = cause.cause;
      if (typeof message === 'string' && (path === undefined || typeof path === 'string')) {
        // Only the class's own instances as they are: a look-alike is copied into a real one.
        if (Object.getPrototypeOf(cause) === NewsprintDataError.prototype) return cause;
        return new NewsprintDataError(message || FALLBACK_MESSAGE, {
          ...(path === undefined ? {} : { path }),
          ...(inner === undefined ? {} : { cause: inner }),
        });
      }
    }
    const message: unknown = cause instanceof Error ? cause.message : undefined;
    return new NewsprintDataError(
      typeof message === 'string' && message ? message : FALLBACK_MESSAGE,
      { cause },
    );
  } catch {
    return new NewsprintDataError(FALLBACK_MESSAGE, { cause });
  }
}

let stringKeys: readonly string[] | undefined;

/**
 * The host's `strings` overrides that are usable: own fields the catalog knows, holding strings.
 * A field whose getter throws, or that holds anything else, is left to the built-in string.
 */
export function readableStrings(overrides: unknown): Partial<NewsprintStrings> | undefined {
  if (typeof overrides !== 'object' || overrides === null) return undefined;
  stringKeys ??= Object.keys(stringsFor('en'));
  const usable: Record<string, string> = {};
  for (const key of stringKeys) {
    try {
      if (!Object.prototype.hasOwnProperty.call(overrides, key)) continue;
      const value: unknown = (overrides as Record<string, unknown>)[key];
      if (typeof value === 'string') usable[key] = value;
    } catch {
      // A throwing getter or Proxy trap: the built-in string stays.
    }
  }
  return usable as Partial<NewsprintStrings>;
}
