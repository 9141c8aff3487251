/**
 * What an element reads from its data, in one function per element that the browser element and
 * the server renderer (`newsprint/ssr`) both call, so the two never judge the same data apart.
 */
import { readArticle } from '../article/parse.js';
import { ensureWholeArticleParts } from '../article/parts.js';
import { plainJson } from '../article/plain-json.js';
import type { NormalizedArticle, Omission, ParseOptions } from '../article/types.js';
import type { NewsprintLoadDetail } from '../events/events.js';

export interface Reading<Data> {
  /** What the element renders. */
  data: Data;
  /** The language the data names (`language`, JSON-LD `inLanguage`), when it names a valid one. */
  language?: string;
  /** The `newsprint-load` detail for this data (each element's class types its `article`). */
  load: NewsprintLoadDetail<unknown>;
}

/** One element's reading: throws `NewsprintDataError` for data it cannot show. */
export type ReadData<Data> = (json: unknown, options: ParseOptions) => Reading<Data>;

/** The reading of an element that shows a whole article (`<newsprint-article>`, the card). */
export function wholeArticleReading(
  json: unknown,
  options: ParseOptions,
): Reading<NormalizedArticle> {
  const { article, omitted } = readArticle(json, options);
  return { data: article, language: article.language, load: { article, omitted } };
}

/**
 * The reading of a byline, figure or FAQ (`data`, its part): given a whole article, its
 * `newsprint-load` reports the whole normalized article and what was left out of it. That is
 * read only when a listener asks for it: the part itself never parses (or sanitizes) fields it does
 * not show, and a whole article that would not be valid as one is reported as the part alone.
 */
export function partReading<Data>(
  data: Data,
  json: unknown,
  options: ParseOptions,
  language?: string,
): Reading<Data> {
  // Copied now: the host may change its object after the load, before a listener reads it.
  const input = plainJson(json);
  // Read later, but synchronously: what that reading needs must be loaded before the load event.
  ensureWholeArticleParts(input);
  let whole: { article: NormalizedArticle; omitted: Omission[] } | null | undefined;
  const wholeArticle = () => {
    if (whole === undefined) {
      try {
        whole = readArticle(input, options);
      } catch {
        whole = null; // a standalone part, or an article with an error in a field the part ignores
      }
    }
    return whole;
  };
  return {
    data,
    language,
    load: {
      get article() {
        return wholeArticle()?.article ?? data;
      },
      get omitted() {
        return wholeArticle()?.omitted ?? [];
      },
    },
  };
}
