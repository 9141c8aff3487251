/**
 * What both data readers share: the full one (`parse.ts`) and the card's lean one (`teaser.ts`),
 * so the two cannot judge a date or a language tag apart. What a JSON object is, and its defined
 * fields, are json-object.ts's.
 */

// ISO 8601 calendar dates, with real month lengths and leap years (`Date` rolls 2026-02-30 over
// to March instead of rejecting it), optionally with a time and a zone.
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_DAY = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29';
const TIME =
  'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?';
const DATE = new RegExp(`^(?:\\d{4}-${MONTH_DAY}|${LEAP_DAY})(?:${TIME})?$`);
/** A plausible BCP 47 tag: a 2–3 letter language, then subtags (script, region, variants…). */
export const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** The pattern, and a date `Date` can read (belt and braces: the pattern already implies it). */
export function isDate(text: string): boolean {
  return DATE.test(text) && !Number.isNaN(new Date(text).getTime());
}
