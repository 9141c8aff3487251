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
  const previous = [serverPageUrl, serverMemo] as const;
  serverPageUrl = new URL(url).href;
  serverMemo = new Map();
  try {
    return render();
  } finally {
    [serverPageUrl, serverMemo] = previous;
  }
}
