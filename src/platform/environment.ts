/**
 * Where Newsprint runs: the reader's page, or a page the server renderer renders for. The bottom
 * layer: the data model (src/article) and the elements (src/base, src/components) both ask it, so
 * it imports neither (eslint.config.mjs enforces that).
 */

/**
 * Where the page is. In the browser: the document. During server rendering (`newsprint/ssr`)
 * there is no document, so the renderer names the page it renders for, and URLs in the data
 * resolve (and links count as same-origin) exactly as they will in the reader's browser.
 */
let serverPageUrl: string | undefined;
/** Results reused within one server render (the article and its nested elements parse alike). */
let serverMemo: Map<string, unknown> | undefined;

/**
 * `compute()`, remembered for the rest of the current server render under `key`; in the browser
 * (or outside a render) simply `compute()`. On the server, DOMPurify runs on jsdom, where
 * sanitizing a story costs tens of milliseconds: the same body must not be sanitized three times.
 */
export function serverMemoized<T>(key: string, compute: () => T): T {
  if (!serverMemo) return compute();
  if (serverMemo.has(key)) return serverMemo.get(key) as T;
  const value = compute();
  serverMemo.set(key, value);
  return value;
}

/** Results reused within one server render, by the data object they were computed from. */
let serverObjectMemo: WeakMap<object, Map<string, unknown>> | undefined;

/**
 * `compute()` for the data object `data`, remembered for the rest of the current server render
 * under `key`; in the browser (or for a primitive) simply `compute()`. The server renderer reads
 * the data to validate it and learn its language, then the element reads the same (frozen) copy
 * with the same options while rendering: the second reading is the first.
 */
export function serverMemoizedFor<T>(data: unknown, key: string, compute: () => T): T {
  if (!serverObjectMemo || typeof data !== 'object' || data === null) return compute();
  let memo = serverObjectMemo.get(data);
  if (!memo) serverObjectMemo.set(data, (memo = new Map()));
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

/**
 * The options that tell one reading of the same data from another: those of article/types.ts
 * `ParseOptions` that `readOnce` keys on.
 */
export interface ReadingOptions {
  unreadable?: string;
  baseUrl?: string;
  referrerPolicy?: string;
}

/**
 * `read(json, options)` by the element `tag`, made once per server render for the same data
 * object and options (the server renderer's check and the element's own reading are one); in the
 * browser simply `read(json, options)`. Data read from inline JSON (with `unreadable` fields) is
 * never the renderer's object, so it is not remembered.
 */
export function readOnce<Result, Options extends ReadingOptions = ReadingOptions>(
  tag: string,
  read: (json: unknown, options: Options) => Result,
  json: unknown,
  options: Options,
): Result {
  if (options.unreadable !== undefined) return read(json, options);
  const key = `${tag}\n${options.baseUrl ?? ''}\n${options.referrerPolicy ?? ''}`;
  return serverMemoizedFor(json, key, () => read(json, options));
}

/** Whether this is the server renderer at work (no page, no reader, no URL fragment). */
export function onServer(): boolean {
  return serverPageUrl !== undefined;
}

/** The page's base URL: the server page being rendered, else `document.baseURI`. */
export function pageBaseUrl(): string {
  return serverPageUrl ?? document.baseURI;
}

/** The page's origin: the server page being rendered, else `location.origin`. */
export function pageOrigin(): string {
  return serverPageUrl === undefined ? location.origin : new URL(serverPageUrl).origin;
}

/**
 * Runs `render` (synchronous: nothing may outlive it) as if on the page at `url`. Used only by the
 * server renderer; nested calls restore the outer page.
 */
export function onServerPage<T>(url: string, render: () => T): T {
  const previous = [serverPageUrl, serverMemo, serverObjectMemo] as const;
  serverPageUrl = new URL(url).href;
  serverMemo = new Map();
  serverObjectMemo = new WeakMap();
  try {
    return render();
  } finally {
    [serverPageUrl, serverMemo, serverObjectMemo] = previous;
  }
}
