/**
 * The one place that turns a data string into renderable HTML (docs/decisions/0002):
 * DOMPurify, on a private instance with the rules of sanitize-rules.ts, and our Trusted Types
 * policy (trusted-types.ts, where the bundle's policies are listed). It also binds the result
 * into Lit templates (`renderSanitized`) and reads the text of HTML (`htmlToText`).
 */
import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier, WindowLike } from 'dompurify';
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { NewsprintDataError } from './errors.js';
import type { SanitizedHtml } from './types.js';
import { serverMemoized } from '../platform/environment.js';
import { provideHtmlPart } from './parts.js';
import {
  BASE_CONFIG,
  enforceUrlAndMediaRules,
  keepWordBoundaries,
  type SanitizeOptions,
} from './sanitize-rules.js';
import {
  sanitizerPolicy,
  warnOnce,
  whileParsing,
  withoutSanitizerPolicy,
} from './trusted-types.js';

export type { SanitizeOptions } from './sanitize-rules.js';
// The policy names are part of the package's API (src/index.ts), and the article element writes
// its JSON-LD through our policy: both from here, with the rest of the safety boundary.
export { SANITIZER_POLICY_NAME, TRUSTED_TYPES_POLICY_NAMES, writeJsonLd } from './trusted-types.js';

/**
 * Per-call state for the hooks. DOMPurify's `sanitize()` is synchronous and our hooks never call
 * back into it, so a module variable set just for the duration of one call is seen only by that
 * call's hooks; `try/finally` restores it even when sanitizing throws.
 */
let active: SanitizeOptions = {};

let purifier: Purifier | undefined;
/**
 * A second instance for `sanitizeHtml`, given its configuration once (`setConfig`): DOMPurify
 * otherwise parses the configuration object again on every call (its allow-lists rebuilt as
 * sets), about a seventh of sanitizing a short FAQ answer. `htmlToText` keeps the first, which
 * takes its configuration per call (it asks for a DOM, not a string).
 */
let htmlPurifier: Purifier | undefined;
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
  withoutSanitizerPolicy(); // a server has no Trusted Types
}

/** A private DOMPurify instance with our hooks, on the page's (or the server's) window. */
function createPurifier(): Purifier | undefined {
  const scope = serverWindow ?? (typeof window === 'undefined' ? undefined : window);
  if (!scope) return undefined;
  const instance = DOMPurify(scope);
  if (!instance.isSupported) return undefined;
  instance.addHook('uponSanitizeElement', keepWordBoundaries);
  instance.addHook('afterSanitizeAttributes', (element) =>
    enforceUrlAndMediaRules(element, active),
  );
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

function purify<T>(run: (instance: Purifier, config: Config) => T, fallback: T): T {
  const instance = getPurifier();
  if (!instance) return fallback;
  // Always pass a policy or null, so DOMPurify never creates its own `dompurify` policy.
  const config: Config = { ...BASE_CONFIG, TRUSTED_TYPES_POLICY: sanitizerPolicy() };
  const previous = active;
  try {
    return whileParsing(() => run(instance, config));
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
    active = previous;
  }
}

/**
 * The one way to make renderable HTML from a data string: DOMPurify with the strict allow-list
 * of sanitize-rules.ts, every URL through the URL policy (relative ones resolved against
 * `options.baseUrl`), `rel="noopener noreferrer ugc"` on links to other origins, lazy images with
 * the element's referrer policy.
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
