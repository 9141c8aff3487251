/**
 * Server rendering (Node only): an element and its data as HTML with a declarative shadow root,
 * so the whole story, styled, is in the page before any script runs, for readers with scripts
 * blocked, crawlers and feed readers. When `dist/newsprint.js` (or `newsprint/hydrate` first, then
 * the elements) loads, each element hydrates: it reads the data the HTML carries (an inline
 * `<script type="application/json">` child), renders the same template and adopts the server's
 * DOM instead of rendering again, and fetches nothing.
 *
 * The sanitizer is the browser's: the same DOMPurify configuration, allow-list and URL hooks of
 * `article/sanitize.ts`, running on a jsdom window.
 */
import { randomUUID } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { digestForTemplateResult } from '@lit-labs/ssr-client';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { JSDOM } from 'jsdom';
import { html, type TemplateResult } from 'lit';
import { STRUCTURED_DATA_ATTRIBUTE } from '../article/load.js';
import { plainJson } from '../article/plain-json.js';
import { htmlMeasure } from '../article/html-measure.js';
import { provideHtmlMeasurePart, provideSchemaOrgPart } from '../article/parts.js';
import { serverHtml, useServerWindow } from '../article/sanitize.js';
import { fromSchemaOrg, parseLenientJson } from '../article/schema-org.js';
import { jsonForScript, newsArticleJsonLd } from '../article/structured-data.js';
import type { NormalizedArticle, SanitizedHtml } from '../article/types.js';
import { onServerPage, pageBaseUrl, readOnce } from '../platform/environment.js';
import { DEFAULT_REFERRER_POLICY } from '../base/newsprint-element.js';
import type { Reading } from '../base/reading.js';
import { readArticleElement } from '../components/article/article.js';
import { readByline } from '../components/byline/byline.js';
import { readCard } from '../components/card/card.js';
import { readFaq } from '../components/faq/faq.js';
import { readFigure } from '../components/figure/figure.js';
import '../define.js';
import type { NewsprintReaders, NewsprintTagList } from '../frameworks/elements.js';
// Every language's strings at once: a server render is synchronous (i18n/strings.ts).
import '../i18n/languages.js';
import { NewsprintElementRenderer } from './styles.js';

// Every part of the data model, at once: server rendering is synchronous. (Provided by value, so
// that an app's server bundle, which may treat these modules as free of side effects, keeps them.)
provideHtmlMeasurePart(htmlMeasure);
provideSchemaOrgPart({ fromSchemaOrg, parseLenientJson });

export interface RenderElementOptions {
  /**
   * The data, as the `article` property takes it: article JSON, schema.org JSON-LD, or for
   * byline, figure and FAQ just their part. It is validated here: invalid data throws a
   * `NewsprintDataError` (with `path`), so the server can answer with an error page of its own.
   */
  article: unknown;
  /**
   * The URL of the page the HTML is for. Relative URLs in the data resolve against it, and links
   * to other origins get `rel="noopener noreferrer ugc"`, exactly as in the browser.
   */
  pageUrl: string | URL;
  /**
   * Attributes of the element: `theme`, `heading-level`, `layout`, `multiple`, `eager`… `true`
   * writes a boolean attribute; `false`, `null` and `undefined` leave it out.
   */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /**
   * The page's language (its `<html lang>`), for strings and dates when neither `attributes.lang`
   * nor the data names one. Default `en`. The element gets the language it was rendered in as its
   * `lang` attribute, so the browser renders the same words and hydration matches.
   */
  lang?: string;
  /**
   * `<newsprint-article>` only: schema.org `NewsArticle` JSON-LD in the element's light DOM, the
   * same as its `structured-data` attribute does in the browser.
   */
  structuredData?: boolean;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
/** Inputs the server fixes itself: the data travels inline, and nothing may make it fetch. */
const RESERVED = new Set(['src', 'lang', 'structured-data']);

let serverDom: JSDOM | undefined;

/** One jsdom window for the sanitizer, made on the first render. */
function ensureServerDom(): void {
  if (serverDom) return;
  serverDom = new JSDOM('<!doctype html><html><body></body></html>');
  useServerWindow(serverDom.window as unknown as Parameters<typeof useServerWindow>[0]);
}

/**
 * Each element's own reading of its data, the function the element calls in the browser: the
 * server refuses exactly what the browser would show as an error, and nothing the element ignores.
 * One for every tag of the element registry (src/frameworks/elements.ts), and typed by it.
 */
const READERS: NewsprintReaders = {
  'newsprint-article': readArticleElement,
  'newsprint-card': readCard,
  'newsprint-byline': readByline,
  'newsprint-figure': readFigure,
  'newsprint-faq': readFaq,
};

/**
 * The tags the server renders: the registry's, in its order. (Read from `READERS`, which must
 * name every tag, not from the registry's own list: that would make the registry a module of
 * the npm build, a file of its own in dist/, for five strings.)
 */
export const NEWSPRINT_TAGS = Object.keys(READERS) as unknown as NewsprintTagList;
export type NewsprintTag = (typeof NEWSPRINT_TAGS)[number];

/**
 * The host templates made so far, by tag and attribute names. Lit's server renderer parses a
 * template once per strings array (it caches by the array's identity): a new array for every
 * render would be parsed again every time (about a third of a card's server time).
 */
const hostTemplates = new Map<string, TemplateStringsArray>();

/**
 * Builds `<tag a="…" b .article=…></tag>` with every value a binding, so Lit escapes it. The light
 * DOM (the inline data) is not part of it: it is added to the rendered string afterwards (see
 * `withLightDom`), so Lit's server renderer never parses it.
 */
function hostTemplate(
  tag: NewsprintTag,
  attributes: Array<[string, string | true]>,
  article: unknown,
): TemplateResult {
  const strings = [`<${tag}`];
  const values: unknown[] = [];
  const last = () => strings.length - 1;
  for (const [name, value] of attributes) {
    if (value === true) {
      strings[last()] += ` ${name}`;
    } else {
      strings[last()] += ` ${name}="`;
      values.push(value);
      strings.push('"');
    }
  }
  strings[last()] += ' .article="';
  values.push(article);
  strings.push(`"></${tag}>`);
  // Lit accepts only template-literal string arrays (marked by `raw`); these strings are ours,
  // built from the fixed tag list and checked attribute names, never from data.
  const key = strings.join('\u0000');
  let literal = hostTemplates.get(key);
  if (!literal) {
    // Attribute names come from the app: keep the cache bounded whatever it passes.
    if (hostTemplates.size >= 64) hostTemplates.clear();
    literal = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
    hostTemplates.set(key, literal);
  }
  return html(literal, ...values);
}

/**
 * The rendered element with `light` as its last children, before its closing tag. Lit's server
 * renderer parses every template it renders with parse5, and an `unsafeHTML()` value is a template
 * of its own, made anew for every render: binding the inline data there had parse5 tokenize the
 * whole JSON (a card given a whole article: about a quarter of its render). The host template is
 * never hydrated (each element hydrates its own shadow root), so nothing is lost by adding the
 * light DOM as a string. The host's closing tag is the last `</tag>` in the output: nested
 * elements are other tags, and inside the shadow root, before it.
 */
function withLightDom(rendered: string, tag: NewsprintTag, light: string): string {
  const close = rendered.lastIndexOf(`</${tag}>`);
  return rendered.slice(0, close) + light + rendered.slice(close);
}

/**
 * Sanitized HTML (the body, each FAQ answer) is bound as a placeholder, and written into the
 * output after Lit's render. Bound as `unsafeHTML(html)`, it is a template of its own, made anew
 * for every render, that Lit's server renderer parses with parse5 to look for parts and custom
 * elements (about a sixth of rendering the seed article), and then writes out unchanged: sanitized
 * HTML has neither (no comments, no custom elements, no `slot` or `template` get through the
 * allow-list in `article/sanitize.ts`). Each placeholder is a cached template, parsed once; its
 * comment names a per-process nonce, which data cannot write (text and attribute values are
 * escaped, sanitized HTML has no comments).
 */
const SLOT_NONCE = randomUUID();
const slotTemplates: TemplateStringsArray[] = [];
/** A placeholder's comment, up to its index; Lit's part marker for it comes just before. */
const SLOT_OPEN = `<!--newsprint-html ${SLOT_NONCE} `;
const PART_OPEN = '<!--lit-part ';

function slotTemplate(index: number): TemplateResult {
  let literal = slotTemplates[index];
  if (!literal) {
    const strings = [`<!--newsprint-html ${SLOT_NONCE} ${index}-->`];
    literal = Object.assign(strings, { raw: [...strings] }) as unknown as TemplateStringsArray;
    slotTemplates[index] = literal;
  }
  return html(literal);
}

/**
 * `rendered` with each placeholder and its part marker replaced by the HTML and the marker Lit
 * writes for `unsafeHTML(html)` (the digest of the template `[html]`, which hydration checks).
 */
function fillSlots(rendered: string, slots: readonly SanitizedHtml[]): string {
  // Found with indexOf, not a regular expression: the output has a part marker every few
  // elements, and a regular expression tried each of them.
  let out = '';
  let done = 0;
  for (let at = rendered.indexOf(SLOT_OPEN); at >= 0; at = rendered.indexOf(SLOT_OPEN, done)) {
    const marker = rendered.lastIndexOf(PART_OPEN, at);
    const end = rendered.indexOf('-->', at);
    const markup = slots[Number(rendered.slice(at + SLOT_OPEN.length, end))];
    const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
    out += `${rendered.slice(done, marker)}${PART_OPEN}${digestForTemplateResult(html(strings))}-->${markup}`;
    done = end + 3;
  }
  return out + rendered.slice(done);
}

/**
 * The element's `referrerPolicy` as Lit will set it from the attributes written (a string
 * attribute is taken as it is; a boolean one is ""), else its default.
 */
function elementReferrerPolicy(attributes: Array<[string, string | true]>): string {
  const given = attributes.find(([name]) => name === 'referrerpolicy')?.[1];
  return given === undefined ? DEFAULT_REFERRER_POLICY : given === true ? '' : given;
}

/**
 * `pageUrl` as an absolute URL. Relative URLs in the data resolve against it, so a relative one
 * (`/stories/cuba`, what a router hands out) has nothing to resolve against: say so by name
 * instead of Node's bare "TypeError: Invalid URL".
 */
function absolutePageUrl(pageUrl: unknown): string {
  if (pageUrl instanceof URL) return pageUrl.href;
  if (typeof pageUrl === 'string' && URL.canParse(pageUrl)) return new URL(pageUrl).href;
  const given =
    typeof pageUrl === 'string'
      ? `"${pageUrl.length > 100 ? `${pageUrl.slice(0, 100)}…` : pageUrl}"`
      : String(pageUrl === null ? null : typeof pageUrl);
  throw new TypeError(
    `pageUrl must be an absolute URL, with scheme and host (e.g. "https://blog.example/stories/cuba"), not ${given}: relative URLs in the data resolve against it. Build it from the request, e.g. new URL(path, \`https://\${host}\`).`,
  );
}

/**
 * Renders `<newsprint-…>` with its data to HTML: the element with a declarative shadow root
 * (`<template shadowrootmode="open">` with its styles and markup, nested elements included) and,
 * in its light DOM, the data as `<script type="application/json">` (and, with `structuredData`,
 * `NewsArticle` JSON-LD). Synchronous; throws `NewsprintDataError` on invalid data.
 */
export function renderElementToString(tag: NewsprintTag, options: RenderElementOptions): string {
  if (!NEWSPRINT_TAGS.includes(tag)) throw new TypeError(`Unknown Newsprint element <${tag}>.`);
  const pageUrl = absolutePageUrl(options.pageUrl);
  const structuredData = options.structuredData === true;
  if (structuredData && tag !== 'newsprint-article') {
    throw new TypeError('structuredData is only for <newsprint-article>.');
  }
  ensureServerDom();

  const attributes: Array<[string, string | true]> = [];
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!ATTRIBUTE_NAME.test(name) || name.startsWith('on')) {
      throw new TypeError(`"${name}" is not an attribute the server renderer writes.`);
    }
    if (name === 'lang' || value === false || value === null || value === undefined) continue;
    if (RESERVED.has(name)) throw new TypeError(`Set "${name}" through its own option.`);
    attributes.push([name, value === true ? true : String(value)]);
  }

  return onServerPage(pageUrl, () => {
    // The options the element itself reads with (its base URL, its referrer policy), so that
    // every HTML field sanitized here is the one it renders: sanitizing is remembered within a
    // render, by HTML and options, and the element does not sanitize it again.
    const parseOptions = {
      baseUrl: pageBaseUrl(),
      referrerPolicy: elementReferrerPolicy(attributes),
    };
    // One bounded plain-JSON copy, the one the browser's element reads: cycles, BigInt and deep
    // nesting are a NewsprintDataError here, `toJSON` is not called, and a getter is read once,
    // so the inline data is exactly what was rendered.
    const article = plainJson(options.article);
    // Read as the element will (it reads again while rendering): invalid data throws here.
    const reading = readOnce<Reading<unknown>>(tag, READERS[tag], article, parseOptions);
    const dataLanguage = reading.language;
    const ownLang = options.attributes?.lang;
    const lang = (typeof ownLang === 'string' && ownLang) || dataLanguage || options.lang || 'en';
    attributes.push(['lang', lang]);
    if (structuredData) attributes.push(['structured-data', true]);

    let light = `<script type="application/json">${jsonForScript(article)}</script>`;
    if (structuredData) {
      const story = reading.data as NormalizedArticle; // only <newsprint-article> gets here
      light += `<script type="application/ld+json" ${STRUCTURED_DATA_ATTRIBUTE}>${jsonForScript(
        newsArticleJsonLd(story),
      )}</script>`;
    }
    // Lit's SSR renders synchronously here (no async directives), so the page URL set above is
    // the one every nested element sees, and no other render can interleave.
    const slots: SanitizedHtml[] = [];
    const previous = serverHtml.bind;
    serverHtml.bind = (markup) => slotTemplate(slots.push(markup) - 1);
    let rendered: string;
    try {
      rendered = collectResultSync(
        render(hostTemplate(tag, attributes, article), {
          elementRenderers: [NewsprintElementRenderer],
        }),
      );
    } finally {
      serverHtml.bind = previous;
    }
    return withLightDom(fillSlots(rendered, slots), tag, light);
  });
}
