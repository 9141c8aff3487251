import { NewsprintDataError } from './errors.js';
import { PartNotLoaded, parseJsonLd } from './parts.js';

/** Raw JSON from one of the data sources, and the base its relative URLs resolve against. */
export interface LoadedJson {
  json: unknown;
  /** The `src` URL after redirects, or the page's URL for inline data. */
  baseUrl: string;
  /** Inline JSON-LD only: why some of the blocks could not be read, when others could. */
  unreadable?: string;
}

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

/**
 * Fetches article JSON: without credentials, with a timeout and a size cap, and only JSON.
 * Every failure becomes a `NewsprintDataError` with a message a blogger can act on.
 * An abort through `options.signal` rejects with the signal's reason, untouched, so the caller
 * can tell "cancelled" from "failed".
 */
export async function fetchJson(src: string, options: FetchOptions): Promise<LoadedJson> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch (cause) {
    throw new NewsprintDataError(`"${src}" is not a valid URL.`, { cause });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new NewsprintDataError(
      `The data URL must start with https: or http:, not "${url.protocol}".`,
    );
  }

  const controller = new AbortController();
  const timedOut = new NewsprintDataError(
    `The article data at ${url.href} did not arrive within ${options.timeout / 1000} seconds.`,
  );
  const timer = setTimeout(() => controller.abort(timedOut), options.timeout);
  const cancel = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });

  try {
    let response: Response;
    try {
      // A RequestInit that inherits nothing: fetch() reads every member it knows through the
      // prototype chain, so a page with `Object.prototype.body` (or `method`, `integrity`…) set
      // would otherwise break or change the request.
      const init: RequestInit = Object.assign(Object.create(null) as RequestInit, {
        credentials: 'omit',
        mode: 'cors',
        redirect: 'follow',
        headers: { Accept: 'application/json, application/ld+json;q=0.9' },
        referrerPolicy: options.referrerPolicy ?? 'strict-origin-when-cross-origin',
        signal: controller.signal,
      } satisfies RequestInit);
      response = await fetch(url.href, init);
    } catch (cause) {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw new NewsprintDataError(
        `The article data at ${url.href} could not be fetched (network error, or the server does not allow cross-origin requests).`,
        { cause },
      );
    }

    if (!response.ok) {
      throw new NewsprintDataError(
        `The article data at ${url.href} could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      );
    }
    const type = response.headers.get('Content-Type') ?? '';
    if (/html|xml|image\/|video\/|audio\//i.test(type)) {
      throw new NewsprintDataError(
        `The address ${url.href} returned ${type.split(';')[0]} instead of article JSON. Check that it points at a .json file.`,
      );
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > options.maxBytes) throw tooLarge(url, options.maxBytes);

    const text = await readCapped(response, options.maxBytes, url, controller.signal);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new NewsprintDataError(
        `The article data at ${url.href} is not valid JSON (${(cause as Error).message}).`,
        { cause },
      );
    }
    return { json, baseUrl: response.url || url.href };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

// Counts bytes as they stream in: Content-Length can be absent or wrong.
async function readCapped(
  response: Response,
  maxBytes: number,
  url: URL,
  signal: AbortSignal,
): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(url, maxBytes);
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw error;
  }
  return text + decoder.decode();
}

function tooLarge(url: URL, maxBytes: number): NewsprintDataError {
  return new NewsprintDataError(
    `The article data at ${url.href} is larger than ${Math.round(maxBytes / 1024)} KB, the most this element accepts.`,
  );
}

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
