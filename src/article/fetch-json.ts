/**
 * The `src` data source: article JSON fetched without credentials, with a timeout and a size cap.
 * A module of its own so that a page whose elements get their data inline or as a property never
 * downloads it: the element imports it when it first has a `src` (base/newsprint-element.ts).
 */
import { NewsprintDataError } from './errors.js';
import type { FetchOptions, LoadedJson } from './load.js';

// The checks of the attributes that bound a request, loaded with it.
export { requestLimits } from './request-limits.js';

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
