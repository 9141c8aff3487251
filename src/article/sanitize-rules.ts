/**
 * What sanitized HTML may hold (sanitize.ts runs it): DOMPurify's configuration — the allow-lists
 * and, redundant on purpose, the deny-lists — and the two hooks that apply our own rules on top:
 * word boundaries where a block is unwrapped, and every URL through the URL policy, with `rel` on
 * links and lazy images with the element's referrer policy.
 */
import type { Config } from 'dompurify';
import { relFor, safeSrcset, safeUrl } from './urls.js';

export interface SanitizeOptions {
  /** Base for relative URLs in links and images: the `src` URL for fetched data, else the page. */
  baseUrl?: string;
  /** `referrerpolicy` of every image: the element's own, so data-made images follow it too. */
  referrerPolicy?: string;
}

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

export const BASE_CONFIG: Config = {
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
 * Runs on every element before DOMPurify judges it: a block whose tags it removes (keeping its
 * text) gets a space on each side, so its words do not run into its neighbours'.
 */
export function keepWordBoundaries(
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

/**
 * Runs on every element after DOMPurify has dropped what the allow-list does not know; `options`
 * are those of the current `sanitizeHtml` call.
 */
export function enforceUrlAndMediaRules(element: Element, options: SanitizeOptions): void {
  for (const name of URL_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const url = safeUrl(value, options.baseUrl);
    if (url === undefined) element.removeAttribute(name);
    else element.setAttribute(name, url);
  }
  const srcset = element.getAttribute('srcset');
  if (srcset !== null) {
    const safe = element.localName === 'img' ? safeSrcset(srcset, options.baseUrl) : undefined;
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
    if (options.referrerPolicy) element.setAttribute('referrerpolicy', options.referrerPolicy);
    if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
  }
}
