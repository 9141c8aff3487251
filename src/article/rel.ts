import { pageBaseUrl, pageOrigin } from '../platform/environment.js';

/**
 * `rel` for a link: `noopener noreferrer ugc` when it leaves the page's origin (data links are
 * user-generated content for search engines, and neither the window nor the referrer is handed
 * to them), else `undefined`. A URL that does not parse is treated as external.
 */
export function relFor(url: string): string | undefined {
  try {
    return new URL(url, pageBaseUrl()).origin === pageOrigin()
      ? undefined
      : 'noopener noreferrer ugc';
  } catch {
    return 'noopener noreferrer ugc';
  }
}
