/**
 * What both data readers share: the full one (`parse.ts`) and the card's lean one (`teaser.ts`),
 * so the two cannot judge a date, a language tag or an object's fields apart. The JSON-LD writer
 * (structured-data.ts) uses its `compact` too.
 *
 * Why `isObject` and `compact` are written out again in json-ld.ts, trusted-types.ts and
 * json-ld-values.ts (the schema.org mapping): when those modules imported them from here, Vite 8
 * (Rolldown) split an app's card bundle into 4 files at start, 19,867 B gzip against its
 * 19,200 B budget (`npm run size`, "npm card"): this module and part-loading.ts left the entry
 * for chunks of their own, although the entry has always loaded them by the time a lazy chunk
 * needs them. With the copies it is one file again (19,100 B). Try the shared import again with
 * a newer Vite, and check "npm card".
 */

// ISO 8601 calendar dates, with real month lengths and leap years (`Date` rolls 2026-02-30 over
// to March instead of rejecting it), optionally with a time and a zone.
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_DAY = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29';
const TIME =
  'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?';
const DATE = new RegExp(`^(?:\\d{4}-${MONTH_DAY}|${LEAP_DAY})(?:${TIME})?$`);
/** A JSON object (not a list, not `null`). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plausible BCP 47 tag: a 2–3 letter language, then subtags (script, region, variants…). */
export const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** The pattern, and a date `Date` can read (belt and braces: the pattern already implies it). */
export function isDate(text: string): boolean {
  return DATE.test(text) && !Number.isNaN(new Date(text).getTime());
}

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
