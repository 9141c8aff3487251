import { NewsprintDataError } from './errors.js';
import { PartNotLoaded, parseJsonLd } from './part-loading.js';

/** Raw JSON from one of the data sources, and the base its relative URLs resolve against. */
export interface LoadedJson {
  json: unknown;
  /** The `src` URL after redirects, or the page's URL for inline data. */
  baseUrl: string;
  /** Inline JSON-LD only: why some of the blocks could not be read, when others could. */
  unreadable?: string;
}

/** What `fetchJson` (fetch-json.ts, loaded only when an element has a `src`) takes. */
export interface FetchOptions {
  /** Aborts the request: the element was removed, or `src` changed. */
  signal?: AbortSignal;
  /** Milliseconds before the request is given up. */
  timeout: number;
  /** Largest response body accepted, in bytes. */
  maxBytes: number;
  referrerPolicy?: ReferrerPolicy;
}

export const DEFAULT_TIMEOUT = 10_000;
/** An article with a long body is around 100 KB; 2 MiB leaves room and still stops a runaway. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Marks the JSON-LD an element writes about itself (`structured-data`): output, never input. */
export const STRUCTURED_DATA_ATTRIBUTE = 'data-newsprint-structured-data';

const JSON_SCRIPT = ':scope > script[type="application/json"]';
const JSON_LD_SCRIPTS = `:scope > script[type="application/ld+json"]:not([${STRUCTURED_DATA_ATTRIBUTE}])`;

/**
 * The inline data scripts among an element's children: the first article JSON script, else every
 * JSON-LD script in page order (pages carry several: Organization, WebSite, …, then the article).
 */
export function findInlineScripts(host: Element): HTMLScriptElement[] {
  const json = host.querySelector<HTMLScriptElement>(JSON_SCRIPT);
  return json ? [json] : [...host.querySelectorAll<HTMLScriptElement>(JSON_LD_SCRIPTS)];
}

/**
 * Whether the HTML parser may still be writing `node`'s text: the page is loading and nothing
 * follows the node in the document yet. An element defined by a script in `<head>` upgrades as
 * soon as its tag is parsed, and its inline JSON can arrive in several network packets; reading
 * the first packet's half would report malformed JSON for a story that is fine.
 */
export function mayStillBeParsing(node: Node): boolean {
  if (node.ownerDocument?.readyState !== 'loading') return false;
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nextSibling) return false;
  }
  return true;
}

/**
 * Parses the inline data scripts' text. Article JSON is strict JSON. JSON-LD is read leniently
 * (`lenient-json.ts`, through `parts.ts`: loaded only for a block `JSON.parse` refuses), and several blocks become one list in page order; a block that still cannot
 * be read is skipped if another can be, since the article may be in that one. Nothing readable is a
 * data error.
 */
export function readInlineJson(scripts: HTMLScriptElement[]): LoadedJson {
  const values: unknown[] = [];
  let failure: NewsprintDataError | undefined;
  scripts.forEach((script, index) => {
    const text = script.textContent ?? '';
    try {
      values.push(script.type === 'application/json' ? JSON.parse(text) : parseJsonLd(text));
    } catch (cause) {
      // The lenient reader is not loaded yet: the element loads it and reads all blocks again.
      if (cause instanceof PartNotLoaded) throw cause;
      const which = scripts.length > 1 ? ` number ${index + 1}` : '';
      failure ??= new NewsprintDataError(
        `The inline <script type="${script.type}">${which} does not hold valid JSON (${String((cause as Error).message).slice(0, 80)}).`,
        { cause },
      );
    }
  });
  if (!values.length && failure) throw failure;
  return {
    // Several blocks as one graph: a block that is no JSON-LD (a stray config object) is ignored.
    json: values.length === 1 ? values[0] : { '@graph': values },
    baseUrl: document.baseURI,
    unreadable: failure?.message,
  };
}
