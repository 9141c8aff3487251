/** Formatting and direction in the element's language, through `Intl` (no locale data shipped). */
import { fill } from './strings.js';

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

// Building an Intl formatter costs far more than using one; a page of 200 cards asks for the
// same few again and again. Keyed by kind, language and options; bounded so odd tags can't grow it.
const formatters = new Map<string, { format(value: never): string }>();
function cached<T extends { format(value: never): string }>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    if (formatters.size > 100) formatters.clear();
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** How much of a date to write: `dateStyle` (default `long`), `timeStyle` for the time of day. */
export type DateStyle = Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'>;

/**
 * A date in the language's words, every element's one date formatter: long by default ("January
 * 26, 2026", "26 de enero de 2026"), `{ dateStyle: 'medium' }` shorter ("Jan 26, 2026"), with
 * `timeStyle` the time of day too. A date without a time is a calendar day, not an instant: it is
 * formatted in UTC so no reader sees it shift to the day before.
 */
export function formatDate(
  iso: string,
  lang: string,
  { dateStyle = 'long', timeStyle }: DateStyle = {},
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = dateOnly.test(iso) ? 'UTC' : undefined;
  return safeFormat(
    () =>
      cached(
        `date|${lang}|${dateStyle}|${timeStyle}|${timeZone}`,
        () => new Intl.DateTimeFormat(lang, { dateStyle, timeStyle, timeZone }),
      ).format(date),
    iso,
  );
}

export function formatNumber(value: number, lang: string): string {
  return safeFormat(
    () => cached(`number|${lang}`, () => new Intl.NumberFormat(lang)).format(value),
    String(value),
  );
}

// An invalid tag from data (`lang="x!"`) makes Intl throw; a readable fallback beats an error state.
function safeFormat(format: () => string, fallback: string): string {
  try {
    return format();
  } catch {
    return fallback;
  }
}

const rtlLanguages = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
const rtlScripts = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/** Writing direction of a language tag, by its script subtag or its primary language. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const [primary = '', ...rest] = lang.toLowerCase().split('-');
  const script = rest.find((part) => part.length === 4);
  if (script) return rtlScripts.has(script) ? 'rtl' : 'ltr';
  return rtlLanguages.has(primary) ? 'rtl' : 'ltr';
}

/**
 * The items joined as the language joins a list, keeping each item's markup: Intl formats
 * placeholders and we put the items back where they stand. Every list of authors goes through
 * here (the byline, the card, their names for screen readers). English bylines follow news style
 * (no serial comma: "Ana, Luis and Eva"), which is British English's list pattern.
 */
export function joinList<T>(items: T[], lang: string): Array<T | string> {
  if (items.length < 2) return items;
  const locale = /^en(?:-|$)/i.test(lang) ? 'en-GB' : lang;
  try {
    const parts = cached(
      `list|${locale}`,
      () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
    ).formatToParts(items.map((_, index) => String(index)));
    return parts.map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value));
  } catch {
    return items.flatMap((item, index) => (index === 0 ? [item] : [', ', item]));
  }
}

/**
 * A short list for one line (cards, compact bylines): two items joined, three or more as the
 * first and a count, "Ernesto Alvarez and 3 others" (`andOthers`, `{name}` and `{n}`), keeping
 * the first item's markup.
 */
export function shortList<T>(items: T[], lang: string, andOthers: string): Array<T | string> {
  if (items.length < 3) return joinList(items, lang);
  const [before = '', after = ''] = andOthers.split('{name}');
  return [before, items[0]!, fill(after, { n: formatNumber(items.length - 1, lang) })];
}
