/**
 * The FAQ's data: how `<newsprint-faq>` reads its input, and the ids that name its items in
 * events, deep links and the methods.
 */
import { parseFaqInput, wholeArticleLanguage } from '../../article/parse.js';
import type { NormalizedFaq, NormalizedFaqItem, ParseOptions } from '../../article/types.js';
import { partReading, type Reading } from '../../base/reading.js';

/** The FAQ as the element renders it: the normalized FAQ, plus the article's language if any. */
export interface FaqData extends NormalizedFaq {
  /** The `language` of the whole article (or `inLanguage` of the JSON-LD) the FAQ came from. */
  language?: string;
}

/** An item with the id that names it in events, deep links and the methods. */
export interface FaqEntry extends NormalizedFaqItem {
  id: string;
}

/** How `<newsprint-faq>` reads its data, in the browser and in `newsprint/ssr`. */
export function readFaq(json: unknown, options: ParseOptions): Reading<FaqData> {
  const faq = parseFaqInput(json, options);
  // parseFaqInput returns no language; the whole article it came from may have one.
  const language = wholeArticleLanguage(json);
  return partReading(language ? { ...faq, language } : faq, json, options, language);
}

/** Longest generated id, in characters: enough to tell questions apart, short enough to share. */
const MAX_SLUG_LENGTH = 60;

/**
 * A URL-fragment-friendly slug of a question: lowercase, Latin accents and apostrophes dropped
 * (`¿Qué es?` → `que-es`, `Cuba's` → `cubas`), letters and digits of every script kept (Arabic
 * stays Arabic), everything else collapsed into single hyphens, cut at a word boundary near 60
 * characters. May be `""`.
 */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // combining accents of Latin, Greek, Cyrillic
    .normalize('NFC')
    .replace(/['\u2019]/g, '') // "Cuba's" -> "cubas", not "cuba-s"
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const chars = [...slug];
  if (chars.length <= MAX_SLUG_LENGTH) return slug;
  const cut = chars.slice(0, MAX_SLUG_LENGTH + 1).join('');
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, -1)).replace(
    /-+$/,
    '',
  );
}

/**
 * The id of each item, unique within the FAQ. An `id` from the data is kept as it is (a later
 * duplicate gets `-2`, `-3`…); an item without one gets the slug of its question, made unique the
 * same way, or `question-N` (N from 1) when the question has no letters or digits at all.
 *
 * Why a slug: it is the same on every load of the same data (so a shared `#link` keeps working),
 * it does not move to another question when items are added, removed or reordered (an index-based
 * id would), and a reader can see in the URL which question it opens. It changes only when the
 * question's wording changes; an editor who needs permanent links sets `id` in the data.
 */
export function faqItemIds(items: ReadonlyArray<{ question: string; id?: string }>): string[] {
  const taken = new Set<string>();
  // The next suffix to try for each base: restarting at 2 for every duplicate made n identical
  // questions cost n² (8,000 took seconds). Each suffix is tried at most once, so this is linear.
  const nextSuffix = new Map<string, number>();
  const unique = (base: string): string => {
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${n++}`;
    nextSuffix.set(base, n);
    taken.add(id);
    return id;
  };
  const ids: (string | undefined)[] = items.map((item) => (item.id ? unique(item.id) : undefined));
  return ids.map(
    (id, index) => id ?? unique(slugify(items[index].question) || `question-${index + 1}`),
  );
}

/** The items with their ids. */
export function faqEntries(items: readonly NormalizedFaqItem[]): FaqEntry[] {
  const ids = faqItemIds(items);
  return items.map((item, index) => ({ ...item, id: ids[index] }));
}
