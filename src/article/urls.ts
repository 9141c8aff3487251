// STUB: owned by the sanitizer/URL-policy work. Signatures are fixed; bodies are replaced.
import type { SafeUrl } from './types.js';

/** The URL policy: `http:`/`https:` or relative (resolved against `baseUrl`, else the page). */
export function safeUrl(value: string, baseUrl?: string): SafeUrl | undefined {
  try {
    const url = new URL(value.trim(), baseUrl ?? document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? (url.href as SafeUrl) : undefined;
  } catch {
    return undefined;
  }
}

/** A `srcset` with every candidate URL checked and resolved; undefined when none is safe. */
export function safeSrcset(value: string, baseUrl?: string): string | undefined {
  void value;
  void baseUrl;
  return undefined;
}

/** `rel` for a link: `noopener noreferrer ugc` when it leaves the page's origin. */
export function relFor(url: string): string | undefined {
  return new URL(url, document.baseURI).origin === location.origin ? undefined : 'noopener noreferrer ugc';
}
