/**
 * The one place that turns a data string into renderable HTML (SPEC §3, STYLE "Safety boundary").
 *
 * Trusted Types policies the bundle creates (the README must list them, so a page with
 * `require-trusted-types-for 'script'` and a `trusted-types` allow-list can admit them):
 *   - `newsprint-sanitizer` — ours, made here on the first sanitize/htmlToText call. Its
 *     `createHTML` blesses a string only while this module is parsing it into DOMPurify's inert
 *     document, and that output never reaches a live sink. Its `createScript` blesses only a JSON
 *     object, only while `writeJsonLd()` sets the text of the `application/ld+json` script of
 *     `<newsprint-article structured-data>`. At any other time both throw; no `createScriptURL`.
 *   - `lit-html` — Lit's, created when lit-html is imported. `renderSanitized()` → `unsafeHTML()`
 *     → Lit sets a `<template>`'s innerHTML through it.
 *   - NOT `dompurify`: DOMPurify makes a policy named `dompurify` (or `dompurify#<suffix>` from a
 *     `data-tt-policy-suffix` attribute on the script that loaded it) lazily, on the first
 *     `sanitize()` call without a `TRUSTED_TYPES_POLICY` option. We always pass that option (our
 *     policy, or `null`), so it never does. Nothing else in the bundle may call DOMPurify directly.
 *   Copies: a second copy of the bundle on the same page creates both names again, which a
 *   `trusted-types` directive refuses unless it lists `'allow-duplicates'`.
 */
import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier, WindowLike } from 'dompurify';
import { nothing } from 'lit';
import type { TrustedTypePolicy, TrustedTypesWindow } from 'trusted-types/lib/index.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { NewsprintDataError } from './errors.js';
import type { SanitizedHtml } from './types.js';
import { serverMemoized } from '../platform/environment.js';
import { provideHtmlPart } from './parts.js';
import { relFor, safeSrcset, safeUrl } from './urls.js';

export interface SanitizeOptions {
  /** Base for relative URLs in links and images: the `src` URL for fetched data, else the page. */
  baseUrl?: string;
  /** `referrerpolicy` of every image: the element's own, so data-made images follow it too. */
  referrerPolicy?: string;
}

/** Our Trusted Types policy's name (see the top of this file). */
export const SANITIZER_POLICY_NAME = 'newsprint-sanitizer';
/**
 * Every Trusted Types policy name the script-tag bundle creates: ours, Lit's, and the chunk
 * loader's (`scripts/chunk-loader.js`: script URLs of the build's own chunks only).
 */
export const TRUSTED_TYPES_POLICY_NAMES = [
  SANITIZER_POLICY_NAME,
  'lit-html',
  'newsprint-loader',
] as const;

/**
 * What an article body is made of. `div` joins the list because feeds wrap paragraphs in it and
 * unwrapping glues blocks together; without attributes it can do nothing. `del`/`ins` carry
 * corrections. No tables: they need `headers`/`id` references (and we strip ids), responsive
 * styling, and they are the home of the parser's foster-parenting quirks; their text is kept.
 */
// prettier-ignore
const ALLOWED_TAGS = [
  'p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure',
  'figcaption', 'pre', 'hr', 'br', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup',
  'mark', 'q', 'cite', 'abbr', 'code', 'span', 'time', 'del', 'ins', 'img',
];

/**
 * No `class`: our shadow stylesheet would match it, so data could take on (spoof) our UI's look or
 * hide text. No `style` (restyling, CSS exfiltration), `id`/`name` (clobbering, `aria-*`
 * id-reference hijacking), `slot`/`part` (host styling via `::part`), no `aria-*`/`role` (data
 * could relabel or hide content from assistive technology), no `data-*`, no `target`.
 */
// prettier-ignore
const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'srcset', 'sizes', 'datetime', 'cite', 'lang',
  'dir',
];

/** Redundant with the allow-list on purpose: a future widening of it cannot let these back in. */
// prettier-ignore
const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'template', 'slot', 'form', 'input', 'button',
  'select', 'option', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'title', 'dialog',
  'portal', 'fencedframe',
];
// prettier-ignore
const FORBID_ATTR = [
  'style', 'class', 'id', 'name', 'slot', 'part', 'exportparts', 'is', 'target', 'srcdoc',
  'formaction', 'action', 'xlink:href', 'ping', 'background', 'poster', 'popover', 'tabindex',
  'autofocus', 'contenteditable', 'accesskey', 'nonce', 'referrerpolicy',
];
/** Removed with their text (on top of DOMPurify's script, style, template, svg, math…). */
// prettier-ignore
const ADD_FORBID_CONTENTS = [
  'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'object', 'embed', 'applet',
];

/** Blocks whose tags are removed but whose text is kept: a space keeps their words apart. */
// prettier-ignore
const UNWRAPPED_BLOCKS = new Set([
  'h1', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'address', 'details',
  'summary', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'center', 'fieldset', 'legend', 'form', 'picture', 'menu', 'hgroup', 'search',
]);

/**
 * DOMPurify's own scheme check, as strict as ours (http/https or no scheme). The hook below then
 * resolves and re-checks every URL with `safeUrl()`, which is the real policy.
 */
const ALLOWED_URI_REGEXP = /^(?:https?:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const BASE_CONFIG: Config = {
  // And `body`: the parsed document's own, the root DOMPurify walks and returns the inside of.
  // Refused, it is "removed with its content kept": DOMPurify then deep-copies everything in it
  // out of it, on every call, for nothing (the copies are thrown away with the document; about a
  // tenth of a sanitize). A `<body>` tag in the data never makes a second one (the parser merges
  // it into this one), and the body's own tag and attributes are never in the output.
  ALLOWED_TAGS: [...ALLOWED_TAGS, 'body'],
  ALLOWED_ATTR,
  FORBID_TAGS,
  FORBID_ATTR,
  ADD_FORBID_CONTENTS,
  ALLOWED_URI_REGEXP,
  // Only HTML elements: SVG and MathML are where namespace-confusion mXSS lives.
  ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_XML: true,
  SANITIZE_DOM: true,
  // id/name are forbidden above, so this never fires; it stays as a second lock on clobbering.
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  // A string: Lit's unsafeHTML wants one, and blesses it with its own `lit-html` policy.
  RETURN_TRUSTED_TYPE: false,
};

/**
 * Per-call state for the hooks. DOMPurify's `sanitize()` is synchronous and our hooks never call
 * back into it, so a module variable set just for the duration of one call is seen only by that
 * call's hooks; `try/finally` restores it even when sanitizing throws.
 */
let active: SanitizeOptions = {};
/** True only while our code is inside DOMPurify (inert parsing); our TT policy checks it. */
let parsing = false;
/** True only while `writeJsonLd()` sets a script's text; our TT policy checks it. */
let writingJsonLd = false;

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Sets the text of a `<script type="application/ld+json">` the element writes about itself.
 * Script text is a Trusted Types sink (even for JSON-LD), so on a page that requires them the
 * text goes through our policy, which blesses nothing but a JSON object, and only here. Returns
 * false, writing nothing, where the page refuses our policy.
 */
export function writeJsonLd(script: HTMLScriptElement, json: string): boolean {
  if (script.type !== 'application/ld+json' || !isJsonObject(json)) return false;
  const trusted = typeof window !== 'undefined' && 'trustedTypes' in window;
  const ours = sanitizerPolicy();
  if (!ours) {
    if (trusted) return false; // the page refused the policy: it would refuse the text too
    script.text = json;
    return true;
  }
  writingJsonLd = true;
  try {
    script.text = ours.createScript(json) as unknown as string;
    return true;
  } finally {
    writingJsonLd = false;
  }
}

let purifier: Purifier | undefined;
/**
 * A second instance for `sanitizeHtml`, given its configuration once (`setConfig`): DOMPurify
 * otherwise parses the configuration object again on every call (its allow-lists rebuilt as
 * sets), about a seventh of sanitizing a short FAQ answer. `htmlToText` keeps the first, which
 * takes its configuration per call (it asks for a DOM, not a string).
 */
let htmlPurifier: Purifier | undefined;
let policy: TrustedTypePolicy | null | undefined;
/** The window DOMPurify works in on the server (a jsdom window), where there is no page. */
let serverWindow: WindowLike | undefined;

/**
 * Gives the sanitizer a DOM to work in where there is no page: the server renderer
 * (`newsprint/ssr`) passes a jsdom window. The same DOMPurify configuration, allow-list and URL
 * hooks then run on the server as in the browser. Not for browsers: the page's window is used.
 */
export function useServerWindow(window: WindowLike): void {
  serverWindow = window;
  purifier = htmlPurifier = undefined;
  policy = null; // a server has no Trusted Types
}
let warned = false;

function warnOnce(message: string, cause?: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`Newsprint: ${message}`, ...(cause === undefined ? [] : [cause]));
}

/** Our Trusted Types policy, made once; `null` where Trusted Types do not exist or refuse it. */
function sanitizerPolicy(): TrustedTypePolicy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory =
    typeof window === 'undefined'
      ? undefined
      : (window as Partial<TrustedTypesWindow>).trustedTypes;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      const created = factory.createPolicy(SANITIZER_POLICY_NAME, {
        createHTML(input: string): string {
          if (!parsing) throw new TypeError(`${SANITIZER_POLICY_NAME} only serves the sanitizer`);
          return input;
        },
        // Only the element's own JSON-LD (`structured-data`), only while it writes it, and only
        // a JSON object: as script text that cannot run (`{"…":` is a syntax error in JS).
        createScript(input: string): string {
          if (!writingJsonLd || !isJsonObject(input)) {
            throw new TypeError(`${SANITIZER_POLICY_NAME} only writes Newsprint's JSON-LD`);
          }
          return input;
        },
      });
      // A real TrustedTypePolicy: createScriptURL exists and throws, which is what DOMPurify's
      // shape check wants and what we want it to do.
      policy = created as unknown as TrustedTypePolicy;
    } catch (error) {
      warnOnce(
        `the Trusted Types policy "${SANITIZER_POLICY_NAME}" could not be created; add it to ` +
          "the page's trusted-types directive. Article HTML will be left out.",
        error,
      );
    }
  }
  return policy;
}

/** A private DOMPurify instance with our hooks, on the page's (or the server's) window. */
function createPurifier(): Purifier | undefined {
  const scope = serverWindow ?? (typeof window === 'undefined' ? undefined : window);
  if (!scope) return undefined;
  const instance = DOMPurify(scope);
  if (!instance.isSupported) return undefined;
  instance.addHook('uponSanitizeElement', keepWordBoundaries);
  instance.addHook('afterSanitizeAttributes', enforceUrlAndMediaRules);
  return instance;
}

/** The instance `htmlToText` uses, made on first use (no work at import). */
function getPurifier(): Purifier | undefined {
  return (purifier ??= createPurifier());
}

/**
 * The instance `sanitizeHtml` uses, its configuration set once. Called inside `purify()`, where
 * our Trusted Types policy blesses what DOMPurify makes while reading it (its empty HTML).
 */
function getHtmlPurifier(config: Config): Purifier | undefined {
  if (htmlPurifier) return htmlPurifier;
  const instance = createPurifier();
  instance?.setConfig(config);
  return (htmlPurifier = instance);
}

function keepWordBoundaries(
  node: Node,
  event: { tagName: string; allowedTags: Record<string, boolean> },
) {
  if (event.allowedTags[event.tagName] || !UNWRAPPED_BLOCKS.has(event.tagName)) return;
  const parent = node.parentNode;
  if (!parent) return;
  const doc = node.ownerDocument ?? document;
  parent.insertBefore(doc.createTextNode(' '), node);
  parent.insertBefore(doc.createTextNode(' '), node.nextSibling);
}

const URL_ATTRIBUTES = ['href', 'src', 'cite'] as const;
const DIMENSION = /^\d{1,5}$/;

/** Runs on every element after DOMPurify has dropped what the allow-list does not know. */
function enforceUrlAndMediaRules(element: Element): void {
  for (const name of URL_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const url = safeUrl(value, active.baseUrl);
    if (url === undefined) element.removeAttribute(name);
    else element.setAttribute(name, url);
  }
  const srcset = element.getAttribute('srcset');
  if (srcset !== null) {
    const safe = element.localName === 'img' ? safeSrcset(srcset, active.baseUrl) : undefined;
    if (safe === undefined) element.removeAttribute('srcset');
    else element.setAttribute('srcset', safe);
  }
  for (const name of ['width', 'height']) {
    const value = element.getAttribute(name);
    // Presentational sizes on hr/pre would restyle; on img only plain pixel counts are kept.
    if (value !== null && (element.localName !== 'img' || !DIMENSION.test(value.trim()))) {
      element.removeAttribute(name);
    }
  }
  if (element.localName !== 'img') element.removeAttribute('sizes');

  if (element.localName === 'a') {
    const href = element.getAttribute('href');
    const rel = href === null ? undefined : relFor(href);
    // `target` is never kept and never forced: opening tabs is the reader's choice (WCAG G200),
    // and a host that wants to route or count clicks listens to `newsprint-navigate`.
    if (rel === undefined) element.removeAttribute('rel');
    else element.setAttribute('rel', rel);
  } else if (element.localName === 'img') {
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
    // Data cannot set one (FORBID_ATTR); the element's own policy is set here, on the server too.
    if (active.referrerPolicy) element.setAttribute('referrerpolicy', active.referrerPolicy);
    if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
  }
}

function purify<T>(run: (instance: Purifier, config: Config) => T, fallback: T): T {
  const instance = getPurifier();
  if (!instance) return fallback;
  // Always pass a policy or null, so DOMPurify never creates its own `dompurify` policy.
  const config: Config = { ...BASE_CONFIG, TRUSTED_TYPES_POLICY: sanitizerPolicy() };
  const previous = [parsing, active] as const;
  parsing = true;
  try {
    return run(instance, config);
  } catch (error) {
    // On the server, dropping the HTML silently would publish a story without its body: the
    // renderer's caller gets an error instead (the HTML limits keep jsdom's stack from overflowing).
    if (serverWindow) {
      throw new NewsprintDataError('The HTML could not be sanitized on the server.', {
        cause: error,
      });
    }
    // Only an environment problem gets here (e.g. Trusted Types refusing the parse): fail closed.
    warnOnce('HTML could not be sanitized and is left out.', error);
    return fallback;
  } finally {
    [parsing, active] = previous;
  }
}

/**
 * The one way to make renderable HTML from a data string: DOMPurify with the strict allow-list
 * above, every URL through the URL policy (relative ones resolved against `options.baseUrl`),
 * `rel="noopener noreferrer ugc"` on links to other origins, lazy images with the element's
 * referrer policy.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): SanitizedHtml {
  if (typeof html !== 'string' || html === '') return '' as SanitizedHtml;
  const key = `sanitize\n${options.baseUrl ?? ''}\n${options.referrerPolicy ?? ''}\n${html}`;
  return serverMemoized(key, () =>
    purify((instance, config) => {
      active = options;
      // The configuration is the same on every call (the policy is made once): set it once.
      const clean = (getHtmlPurifier(config) ?? instance).sanitize(html);
      // Nothing but whitespace is nothing (also where jsdom and Chromium differ on what is left).
      return (clean.trim() === '' ? '' : clean) as SanitizedHtml;
    }, '' as SanitizedHtml),
  );
}

/**
 * Server only: set by the server renderer (`src/ssr/render.ts`) for one render, it binds a
 * placeholder in place of sanitized HTML and writes the HTML into its output itself, so that Lit's
 * server renderer does not parse the HTML again.
 */
export const serverHtml: { bind?: (html: SanitizedHtml) => unknown } = {};

/** Binds sanitized HTML into a Lit template (`nothing` when there is none). */
export function renderSanitized(html: SanitizedHtml | undefined) {
  return html === undefined || html === '' ? nothing : (serverHtml.bind ?? unsafeHTML)(html);
}

const HEADING_TAG = /<(\/?)h([1-6])(?=[\s/>])/gi;

/**
 * Sanitized HTML with every heading moved down `offset` levels (at most to `h6`): a body written
 * for a page whose `h1` is the headline, placed under a headline of another level. Done on the
 * string, not the DOM, so the server renders the same markup the browser does (hydration compares
 * them). Safe on sanitized output: text never holds a raw `<` (it is `&lt;`), and in an attribute
 * value the swap changes only a digit of text.
 */
export function shiftHeadings(html: SanitizedHtml, offset: number): SanitizedHtml {
  if (offset <= 0) return html;
  return html.replace(
    HEADING_TAG,
    (_tag, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + offset)}`,
  ) as SanitizedHtml;
}

// prettier-ignore
const BLOCK_TEXT = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure',
  'figcaption', 'pre', 'hr', 'br',
]);

function collectText(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    // Node type numbers, not `Node.TEXT_NODE`: on the server the nodes are jsdom's, not globals.
    if (child.nodeType === 3) {
      out.push((child as Text).data.replace(/\s+/g, ' '));
    } else if (child.nodeType === 1) {
      const block = BLOCK_TEXT.has((child as Element).localName);
      if (block) out.push('\n');
      collectText(child, out);
      if (block) out.push('\n');
    }
  }
}

/**
 * The text a reader would see of an HTML string (for the JSON-LD `wordCount`): sanitized the
 * same way into DOMPurify's inert document — never rendered, no image loads — with blocks on
 * their own lines so words never run together.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  return serverMemoized(`text\n${html}`, () => textOf(html));
}

function textOf(html: string): string {
  const body = purify(
    (instance, config) => instance.sanitize(html, { ...config, RETURN_DOM: true }),
    undefined,
  );
  if (!body) return '';
  const out: string[] = [];
  collectText(body, out);
  return out
    .join('')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

provideHtmlPart({ sanitizeHtml });
