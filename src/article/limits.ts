/**
 * The sizes Newsprint accepts, and the cheap checks that enforce them before any expensive work.
 *
 * Why limits at all: the browser's HTML parser (and jsdom's, on the server) is slow on deep trees
 * and on very many elements, and every HTML field is parsed by DOMPurify and again by Lit. A body
 * of 20,000 unclosed `<b>` (60 KB) blocked a page for seconds. So each HTML field is measured as a
 * string first (a single linear scan, no DOM) and refused when it is over a limit.
 *
 * Why an error and not a truncated body: a story cut at an arbitrary point looks complete to its
 * reader and to the editor, who would never learn that its end is missing; an error says which
 * field is too big and by how much, before anyone publishes it. It is also the same verdict on
 * the server and in the browser, so server-rendered HTML never disagrees with the browser's.
 *
 * The README lists these numbers ("Limits"); change both together. The HTML measure (the scan of
 * an HTML string's tags, and the word count) is in `html-measure.ts`: only data that holds HTML
 * needs it, so a card never loads it.
 */
import { NewsprintDataError } from './errors.js';

export const LIMITS = {
  /**
   * Characters of HTML in one document: the body and every FAQ answer together. The longest
   * body in the real-world corpus the tests use is about 50,000.
   */
  htmlChars: 256 * 1024,
  /** Elements nested inside one another in one HTML field. */
  htmlDepth: 100,
  /**
   * Elements in the HTML of one document (counted from its tags, including ones the parser would
   * add). A long story has one or two thousand; sanitizing, rendering and laying out 5,000 takes
   * a few hundred milliseconds on a slow machine, which is where a page starts to feel stuck.
   */
  htmlElements: 5_000,
  /** Characters of any other text field (headline, question, caption, URL…). */
  textChars: 16 * 1024,
  /** Authors of one story. */
  authors: 100,
  /** Questions of one FAQ. */
  faqItems: 200,
  /** Objects and lists nested inside one another in the data. */
  jsonDepth: 64,
  /** Items of any one list in the data. */
  jsonListItems: 10_000,
  /** Values (objects, lists, texts, numbers…) in the whole data. */
  jsonValues: 100_000,
} as const;

/** `12,345`: numbers in messages, grouped so a blogger can read them. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** Throws when a plain text field is longer than the text limit. */
export function checkTextLimit(text: string, path: string): void {
  if (text.length > LIMITS.textChars) {
    throw new NewsprintDataError(
      `"${path}" is ${formatCount(text.length)} characters long; the most Newsprint accepts here is ${formatCount(LIMITS.textChars)}.`,
      { path },
    );
  }
}

/** Throws when a list of the format is longer than its limit (checked before iterating it). */
export function checkListLimit(length: number, max: number, path: string, what: string): void {
  if (length > max) {
    throw new NewsprintDataError(
      `"${path}" has ${formatCount(length)} ${what}; the most Newsprint shows is ${formatCount(max)}.`,
      { path },
    );
  }
}
