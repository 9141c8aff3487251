/**
 * A copy of the data as plain JSON values, made before anything reads it.
 *
 * The `article` property takes any value a host script can make: objects with getters that throw,
 * Proxies (revoked ones throw on every operation), cycles, BigInt, `toJSON` methods, sparse lists
 * of length 2³²−1. The readers (the article parser, the JSON-LD mapper) and the server renderer's
 * inline data (`JSON.stringify`) would each meet those differently, and some of them with a throw
 * that is not a `NewsprintDataError`. Copying once, bounded, gives every reader the same plain
 * data and turns every hostile shape into one `NewsprintDataError` naming where it is.
 *
 * The copy is what `JSON.parse(JSON.stringify(value))` would give, without calling `toJSON`
 * (data is data, not code) and with limits: own enumerable string keys only, `undefined`,
 * functions and symbols left out of objects (`null` in lists), no cycles, no BigInt.
 *
 * The copy is frozen, every object and list in it, and the whole copy is remembered: given it
 * again (the server renderer copies the data once, then hands that copy to the element, whose
 * reader copies it again), `plainJson` returns it as it is instead of walking the data again.
 * Frozen, such a copy cannot have changed since it was made; anything else, including a plain
 * object equal to a copy or a copy's unfrozen clone, is copied afresh. Only the whole copy is
 * remembered, not each object in it: a WeakSet entry per object doubled the time of a copy.
 */
import { NewsprintDataError } from './errors.js';
import { LIMITS, formatCount } from './limits.js';

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const at = (path: string) => (path ? `"${path}"` : 'The data');

/** The (frozen) copies `plainJson` has returned. */
const copies = new WeakSet<object>();

/** Whether `value` is a copy `plainJson` made (so reading it again would copy nothing new). */
export function isPlainJsonCopy(value: unknown): boolean {
  return typeof value === 'object' && value !== null && copies.has(value);
}

/** The plain JSON copy of `value`; throws `NewsprintDataError` for what JSON cannot hold. */
export function plainJson(value: unknown): unknown {
  // Our own copy (frozen, so unchanged): nothing to copy. A WeakSet lookup cannot throw, even for
  // a revoked Proxy.
  if (isPlainJsonCopy(value)) return value;
  let values = 0;
  const open = new Set<object>();

  const copy = (input: unknown, path: string, depth: number): Plain | undefined => {
    if (++values > LIMITS.jsonValues) {
      throw new NewsprintDataError(
        `The data holds more than ${formatCount(LIMITS.jsonValues)} values; the most Newsprint reads is ${formatCount(LIMITS.jsonValues)}.`,
      );
    }
    switch (typeof input) {
      case 'string':
      case 'boolean':
      case 'number':
        return input;
      case 'undefined':
      case 'function':
      case 'symbol':
        return undefined;
      case 'bigint':
        throw new NewsprintDataError(`${at(path)} is a BigInt, which JSON cannot hold.`, {
          ...(path ? { path } : {}),
        });
    }
    if (input === null) return null;
    const object = input as object;
    if (depth >= LIMITS.jsonDepth) {
      throw new NewsprintDataError(
        `${at(path)} is nested more than ${LIMITS.jsonDepth} levels deep; Newsprint reads at most ${LIMITS.jsonDepth}.`,
        { ...(path ? { path } : {}) },
      );
    }
    if (open.has(object)) {
      throw new NewsprintDataError(
        `${at(path)} contains itself (a cycle), which JSON cannot hold.`,
        {
          ...(path ? { path } : {}),
        },
      );
    }
    open.add(object);
    try {
      if (Array.isArray(object)) {
        const length = object.length;
        if (length > LIMITS.jsonListItems) {
          throw new NewsprintDataError(
            `${at(path)} is a list of ${formatCount(length)} items; the most Newsprint reads is ${formatCount(LIMITS.jsonListItems)}.`,
            { ...(path ? { path } : {}) },
          );
        }
        const out: Plain[] = [];
        for (let index = 0; index < length; index++) {
          out.push(copy(object[index], `${path}[${index}]`, depth + 1) ?? null);
        }
        return made(out);
      }
      const out: { [key: string]: Plain } = {};
      for (const key of Object.keys(object)) {
        const keyPath = join(path, key);
        let raw: unknown;
        try {
          raw = (object as Record<string, unknown>)[key];
        } catch (cause) {
          throw new NewsprintDataError(`Reading "${keyPath}" threw an error.`, {
            path: keyPath,
            cause,
          });
        }
        const item = copy(raw, keyPath, depth + 1);
        // defineProperty, not `out[key] =`: a key "__proto__" stays a field, as in JSON.parse.
        if (item !== undefined) {
          Object.defineProperty(out, key, {
            value: item,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      return made(out);
    } finally {
      open.delete(object);
    }
  };

  try {
    const result = copy(value, '', 0);
    if (typeof result === 'object' && result !== null) copies.add(result);
    return result;
  } catch (error) {
    if (isDataError(error)) throw error;
    // A getter or a Proxy trap threw, or a revoked Proxy: the data cannot be read.
    throw new NewsprintDataError('The data could not be read: reading one of its fields threw.', {
      cause: error,
    });
  }
}

/** A finished object or list of a copy: frozen (its children already are). */
function made<T extends object>(copy: T): T {
  return Object.freeze(copy);
}

/** `instanceof`, which itself throws for a revoked Proxy (a host can throw one from a trap). */
function isDataError(error: unknown): boolean {
  try {
    return error instanceof NewsprintDataError;
  } catch {
    return false;
  }
}

function join(path: string, key: string): string {
  const part = /^[A-Za-z_$@][\w$@-]*$/.test(key) ? key : JSON.stringify(key);
  return path ? `${path}.${part}` : part;
}
