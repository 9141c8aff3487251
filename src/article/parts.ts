/**
 * The parts of the data model loaded only when the data needs them ("pay for what you show"): the
 * HTML sanitizer (DOMPurify and `sanitize.ts`, about 14 KB gzip) and the HTML measure
 * (`html-measure.ts`, the limits' scan of an HTML string and its word count) for a field that holds
 * HTML, and the schema.org mapping (`schema-org.ts`, with the lenient JSON reader) for JSON-LD. `parse.ts` reaches them only
 * through this module, which imports neither statically, so a card (which reads no HTML) never
 * loads the sanitizer, and article JSON never loads the mapping.
 *
 * Each part registers itself here when its module is evaluated. Code that imports a part
 * statically (the article and FAQ elements render HTML; the server renderer; the npm entry
 * `newsprint`, whose `parseArticle` is synchronous) has it at once. Otherwise reading data that
 * needs a part throws `PartNotLoaded`, whose `load()` imports it (`import()`: a lazy chunk in an
 * app's bundle, a Subresource-Integrity-checked chunk of `dist/newsprint.js`); the element waits
 * for it and reads the data again (`base/newsprint-element.ts`). `PartNotLoaded` and the schema.org
 * part are in part-loading.ts.
 */
import { isSchemaOrg } from './json-ld.js';
import { PartNotLoaded, hasSchemaOrgPart, loadSchemaOrg } from './part-loading.js';
import type { SanitizeOptions } from './sanitize.js';
import type { SanitizedHtml } from './types.js';

// The main file's half (part-loading.ts), for the modules that import them from here.
export {
  PartNotLoaded,
  fromSchemaOrg,
  parseJsonLd,
  provideSchemaOrgPart,
  type SchemaOrgPart,
} from './part-loading.js';

export interface HtmlPart {
  sanitizeHtml(html: string, options?: SanitizeOptions): SanitizedHtml;
}

export interface HtmlMeasurePart {
  checkHtmlLimits(html: string, path: string, total?: { chars: number; elements: number }): void;
  countWordsInHtml(html: string): number;
}

let htmlPart: HtmlPart | undefined;
let htmlMeasurePart: HtmlMeasurePart | undefined;

export function provideHtmlMeasurePart(part: HtmlMeasurePart): void {
  htmlMeasurePart = part;
}

export function provideHtmlPart(part: HtmlPart): void {
  htmlPart = part;
}

const loadHtml = () => import('./sanitize.js').then((module) => provideHtmlPart(module));
const loadHtmlMeasure = () =>
  import('./html-measure.js').then((module) => provideHtmlMeasurePart(module.htmlMeasure));

function html(): HtmlPart {
  if (!htmlPart) throw new PartNotLoaded('sanitizer', loadHtml);
  return htmlPart;
}

export function sanitizeHtml(text: string, options?: SanitizeOptions): SanitizedHtml {
  return html().sanitizeHtml(text, options);
}

function htmlMeasure(): HtmlMeasurePart {
  if (!htmlMeasurePart) throw new PartNotLoaded('HTML measure', loadHtmlMeasure);
  return htmlMeasurePart;
}

export function checkHtmlLimits(
  html: string,
  path: string,
  total?: { chars: number; elements: number },
): void {
  htmlMeasure().checkHtmlLimits(html, path, total);
}

export function countWordsInHtml(html: string): number {
  return htmlMeasure().countWordsInHtml(html);
}

/**
 * Throws `PartNotLoaded` (loading every missing part at once) unless the parts are here that
 * reading `input` as a whole article could need: a byline, figure or FAQ given a whole article
 * reads it only when a `newsprint-load` listener asks for `detail.article`, and then
 * synchronously. A standalone part (no `headline`, not JSON-LD) needs nothing.
 */
export function ensureWholeArticleParts(input: unknown): void {
  const jsonLd = isSchemaOrg(input);
  const fields = typeof input === 'object' && input !== null ? input : {};
  if (!jsonLd && !Object.hasOwn(fields, 'headline')) return;
  const html = jsonLd || Object.hasOwn(fields, 'body') || Object.hasOwn(fields, 'faq');
  const missing: Array<[PartNotLoaded['part'], () => Promise<unknown>]> = [];
  if (jsonLd && !hasSchemaOrgPart()) missing.push(['schema.org mapping', loadSchemaOrg]);
  if (html && !htmlPart) missing.push(['sanitizer', loadHtml]);
  if (html && !htmlMeasurePart) missing.push(['HTML measure', loadHtmlMeasure]);
  if (missing.length) {
    throw new PartNotLoaded(missing[0][0], () => Promise.all(missing.map(([, load]) => load())));
  }
}
