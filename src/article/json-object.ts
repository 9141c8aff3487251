/**
 * JSON objects, one rule for the whole data model: what counts as one (`isObject`), and an
 * object's defined fields (`compact`). Every reader and writer imports them from here: the lean
 * and full readers, the schema.org mapping, JSON-LD detection and writing, and the Trusted Types
 * policy's check of the JSON-LD it admits.
 *
 * Why a module of its own: the schema.org mapping and the sanitizer are chunks loaded later, and
 * when they imported these from formats.ts (which the card's reader also uses), Vite 8 (Rolldown)
 * split an app's card bundle into 4 files at start, 19,867 B gzip against its 19,200 B budget
 * (`npm run size`, "npm card"): formats.ts and part-loading.ts left the entry for chunks of their
 * own. Imported from this small module instead, the card is one file. Check "npm card" after
 * moving anything here.
 */

/** A JSON object (not a list, not `null`). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields of `record` that are not `undefined`, in a new object. By default it inherits
 * nothing, as the data model's objects must: junk a host page put on `Object.prototype`
 * (`Object.prototype.section = …`) cannot make an absent field look present. JSON handed to the
 * host as an ordinary object (`newsArticleJsonLd`, structured-data.ts) passes `Object.prototype`.
 */
export function compact<T extends object>(record: T, prototype: object | null = null): T {
  const out = Object.create(prototype) as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}
