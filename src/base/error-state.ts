import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedJson } from '../article/load.js';
import { relFor } from '../article/rel.js';
import { safeUrl } from '../article/urls.js';
import type { NewsprintStrings } from '../i18n/strings.js';

/**
 * What a reader sees when a story cannot be shown: one quiet line in the element's language
 * ("This story isn't available right now") and, where the story's address is known, a link to it.
 * Never the technical reason (an HTTP status, a JSON position, a field path): that is for the
 * page's developer, in the `newsprint-error` event and the console.
 *
 * `role="status"`, not `alert`: a page of ten slow embeds would otherwise interrupt a screen
 * reader ten times for something the reader cannot fix. The line is in the reading order.
 */
export function errorView(strings: NewsprintStrings, storyUrl: string | undefined): TemplateResult {
  return html`<div class="error" part="error" role="status">
    <svg
      class="error-icon"
      aria-hidden="true"
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
    >
      <circle cx="12" cy="12" r="9.5"></circle>
      <path d="M12 7.5v5.5M12 16.5v.01"></path>
    </svg>
    <p class="error-text">
      <span class="error-title">${strings.errorTitle}</span>
      ${
        storyUrl
          ? html` <a
              class="error-link"
              part="error-link"
              href=${storyUrl}
              rel=${relFor(storyUrl) ?? nothing}
              >${strings.errorLink}</a
            >`
          : nothing
      }
    </p>
  </div>`;
}

/**
 * The story's address for the error line, if anything names one: the `url` of the data that
 * failed to parse (article JSON or schema.org), else the element's light-DOM fallback link
 * (`<newsprint-card src="…"><a href="https://…">Headline</a></newsprint-card>`). Both pass the
 * URL policy; a relative `url` in fetched data resolves against the `src`, as everywhere.
 */
export function storyUrlFor(host: Element, loaded: LoadedJson | undefined): string | undefined {
  // Called on the error path, which must never throw: a hostile `article` object (a throwing
  // getter, a revoked Proxy) simply gives no link.
  try {
    return findStoryUrl(host, loaded);
  } catch {
    return undefined;
  }
}

function findStoryUrl(host: Element, loaded: LoadedJson | undefined): string | undefined {
  const json = loaded?.json;
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const url = (json as Record<string, unknown>).url;
    if (typeof url === 'string') {
      const safe = safeUrl(url, loaded?.baseUrl);
      if (safe) return safe;
    }
  }
  // The server's DOM shim (newsprint/ssr) has no querySelector: no fallback link there.
  if (typeof host.querySelector !== 'function') return undefined;
  const fallback = host.querySelector(':scope > a[href]');
  const href = fallback?.getAttribute('href');
  return href ? safeUrl(href) : undefined;
}
