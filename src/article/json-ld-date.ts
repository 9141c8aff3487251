/**
 * A schema.org date as pages really write it -> ISO 8601, when it can be read without guessing.
 *
 * Read: ISO 8601 with a space for the `T`, slashes for the hyphens, or no separators at all
 * (`2021-12-06 14:36`, `2023/02/21 21:20`, `20180619T055000+0900`); a `UTC`/`GMT` zone
 * (`2022-05-05T22:12:00 UTC`); RFC 2822, the date of e-mail and RSS (`Mon, 18 Nov 2019 16:07:38
 * -0600`). Always year first (or RFC 2822's named month), so the day and the month cannot swap.
 * Anything else is returned as it is, and `parse.ts` leaves out what is then not a valid date:
 * `03/04/2021` (March or April?), a bare number (seconds or milliseconds?), `yesterday`.
 *
 * Why not a date library: the ones that read these forms (date-fns `parse`, dayjs with its
 * custom-format plugin, luxon) add 2–20 KB gzip to a script-tag bundle whose whole budget for
 * this is a few hundred bytes, and each would still need these forms spelled out as formats.
 */
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

const ISO_LIKE =
  /^(\d{4})[-/]?(\d\d)[-/]?(\d\d)(?:[T ](\d\d):?(\d\d)(?::?(\d\d(?:[.,]\d+)?))?)?\s*(Z|UTC|GMT|[+-]\d\d:?\d\d)?$/i;
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d\d):(\d\d)(?::(\d\d))?\s*(Z|UT|UTC|GMT|[+-]\d{4})?$/i;

const pad = (part: string): string => part.padStart(2, '0');

/** `UTC` -> `Z`, `+0900` -> `+09:00`; absent stays absent (a local time, as ISO 8601 allows). */
function zone(text: string | undefined): string {
  if (!text) return '';
  if (/^[zgu]/i.test(text)) return 'Z';
  return `${text.slice(0, 3)}:${text.slice(-2)}`;
}

/** The ISO 8601 form of `text` when it is one of the forms above, else `text` unchanged. */
export function isoDate(text: string): string {
  const value = text.trim();
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    const [, year, month, day, hour, minute, second] = iso;
    const time = hour ? `T${hour}:${minute}${second ? `:${second.replace(',', '.')}` : ''}` : '';
    return `${year}-${month}-${day}${time}${hour ? zone(iso[7]) : ''}`;
  }
  const rfc = RFC_2822.exec(value);
  const month = rfc ? MONTHS.indexOf(rfc[2].toLowerCase()) : -1;
  if (rfc && month % 3 === 0) {
    const [, day, , year, hour, minute, second] = rfc;
    return `${year}-${pad(String(month / 3 + 1))}-${pad(day)}T${hour}:${minute}${second ? `:${second}` : ''}${zone(rfc[7])}`;
  }
  return value;
}
