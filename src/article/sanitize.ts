// STUB: owned by the sanitizer work. Signatures are fixed; bodies are replaced.
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { SanitizedHtml } from './types.js';

export interface SanitizeOptions {
  /** Base for relative URLs in links and images. */
  baseUrl?: string;
}

/** The one way to make renderable HTML from a data string. */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): SanitizedHtml {
  void options;
  const text = document.createElement('p');
  text.textContent = html;
  return text.outerHTML as SanitizedHtml;
}

/** Binds sanitized HTML into a Lit template. */
export function renderSanitized(html: SanitizedHtml | undefined) {
  return html === undefined ? undefined : unsafeHTML(html);
}

/** The text of an HTML string (for excerpts and reading time), never rendering it. */
export function htmlToText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}
