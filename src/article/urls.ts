/**
 * The URL policy (docs/ARCHITECTURE.md, "Safety"; docs/decisions/0002): every URL that comes from
 * data — links, images, `url`, author and publisher links — is `http:`, `https:` or relative, and
 * leaves here resolved and absolute.
 * Anything else is dropped (`undefined`), never "fixed".
 *
 * The browser's own URL parser decides what a string means, so what we check is exactly what a
 * link or image will load. On top of that we refuse strings that only an attacker writes:
 * obfuscated schemes (`java&#x09;script:`, `jav\u0000ascript:`), control characters, credentials
 * and absurd lengths. Some of those would resolve to a harmless relative URL; refusing them costs
 * nothing and keeps a mistake elsewhere (a string built into HTML, a different parser) harmless.
 */
import { pageBaseUrl } from '../platform/environment.js';
import type { SafeUrl } from './types.js';

/** Longer than any real article, image or profile URL; `data:` blobs and padding attacks are. */
export const MAX_URL_LENGTH = 2048;
/** A srcset of a dozen candidates fits easily; this bounds the work a hostile feed can cause. */
const MAX_SRCSET_LENGTH = 16 * 1024;
const MAX_SRCSET_CANDIDATES = 32;

/* eslint-disable no-control-regex -- matching control characters is the point of these. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);
/** What the URL parser strips from both ends (C0 controls and space). */
const EDGE_C0_OR_SPACE = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
/** Inside a URL: C0 controls (tab, newline, NUL…), DEL. The parser drops tab/CR/LF silently. */
const INNER_CONTROL = /[\u0000-\u001f\u007f]/;
/**
 * Whitespace, controls, invisible format characters and U+FFFD (what the HTML parser makes of a
 * NUL) that could pad out a scheme.
 */
const SCHEME_NOISE =
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ufffd]/g;
/** The same class as `SCHEME_NOISE`, without `g`, for a stateless test. */
const SCHEME_NOISE_TEST = new RegExp(SCHEME_NOISE.source);
/** A character reference: `&#106;`, `&#x6A`, `&colon;`, `&Tab;`, `&NewLine;` (`;` optional). */
const CHAR_REF = /&(?:#x([0-9a-f]+)|#(\d+)|(colon|tab|newline|nbsp|sol|period));?/gi;
const NAMED_REFS: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  sol: '/',
  period: '.',
};
/* eslint-enable no-control-regex */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The scheme a string would have if every trick in it were undone: character references decoded,
 * whitespace/controls/invisible characters removed, lowercased. `undefined` when it has none.
 */
function revealedScheme(value: string): string | undefined {
  // Nearly every real URL has nothing to undo: no `&`, no noise. Then the scheme is as written.
  if (!value.includes('&') && !SCHEME_NOISE_TEST.test(value)) return schemeOf(value);
  let decoded = value;
  // Twice, so `&amp;#106;` style double encoding is seen through as well.
  for (let i = 0; i < 2; i++) {
    decoded = decoded.replace(/&amp;?/gi, '&').replace(CHAR_REF, (_, hex, dec, named) => {
      if (named) return NAMED_REFS[String(named).toLowerCase()] ?? '';
      const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
  }
  return schemeOf(decoded.replace(SCHEME_NOISE, ''));
}

function schemeOf(value: string): string | undefined {
  const match = SCHEME.exec(value);
  return match ? `${match[1].toLowerCase()}:` : undefined;
}

/** A URL, or `undefined` where the parser refuses it (a bad base only matters to relative URLs). */
function parse(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * The URL policy: `http:`/`https:` or relative (resolved against `baseUrl`, else the page's
 * `document.baseURI`). Returns the absolute, serialized href, or `undefined` when refused.
 * Protocol-relative `//host/path` is accepted: it resolves to the base's http(s) scheme.
 */
export function safeUrl(value: string, baseUrl?: string): SafeUrl | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  const trimmed = value.replace(EDGE_C0_OR_SPACE, '');
  // An empty href means "this page": never what a feed means, so there is no link.
  if (trimmed === '' || INNER_CONTROL.test(trimmed)) return undefined;
  const scheme = revealedScheme(trimmed);
  if (scheme !== undefined && !ALLOWED_PROTOCOLS.has(scheme)) return undefined;

  const url = parse(trimmed, baseUrl ?? pageBaseUrl()) ?? parse(trimmed);
  if (url === undefined) return undefined;
  // The parser is the authority: a relative URL against a non-http base (about:, blob:) fails here.
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  // `https://bank.example@evil.example/` is a phishing trick; no article needs credentials.
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.href.length > MAX_URL_LENGTH) return undefined;
  return url.href as SafeUrl;
}

/** `640w`, `1x`, `1.5x`; anything else (`h`, negative, `100vw`, junk) is refused. */
const DESCRIPTOR = /^(?:\d+w|\d+(?:\.\d+)?x)$/;
const SRCSET_WHITESPACE = /[\t\n\f\r ]/;

/** Candidates of a srcset as `[url, descriptor]`, split the way the HTML spec's parser does. */
export function parseSrcset(value: string): Array<[url: string, descriptor: string]> {
  const candidates: Array<[string, string]> = [];
  let pos = 0;
  const length = value.length;
  while (pos < length) {
    while (pos < length && (SRCSET_WHITESPACE.test(value[pos]) || value[pos] === ',')) pos++;
    if (pos >= length) break;
    const urlStart = pos;
    while (pos < length && !SRCSET_WHITESPACE.test(value[pos])) pos++;
    let url = value.slice(urlStart, pos);
    let descriptor = '';
    if (url.endsWith(',')) {
      // `a.jpg, b.jpg 2x`: a URL ending in commas ends its candidate, with no descriptor.
      url = url.replace(/,+$/, '');
    } else {
      const descriptorStart = pos;
      let inParens = false;
      while (pos < length) {
        const char = value[pos];
        if (char === '(') inParens = true;
        else if (char === ')') inParens = false;
        else if (char === ',' && !inParens) break;
        pos++;
      }
      descriptor = value.slice(descriptorStart, pos).trim();
      pos++; // past the comma
    }
    candidates.push([url, descriptor]);
  }
  return candidates;
}

/**
 * A `srcset` with every candidate URL through `safeUrl()` (resolved against `baseUrl`) and every
 * descriptor checked; bad candidates are dropped. `undefined` when none is left.
 */
export function safeSrcset(value: string, baseUrl?: string): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_SRCSET_LENGTH) return undefined;
  const kept: string[] = [];
  for (const [candidate, descriptor] of parseSrcset(value)) {
    if (kept.length >= MAX_SRCSET_CANDIDATES) break;
    // Zero is not a valid width or density either (the browser would drop the candidate).
    if (descriptor !== '' && !(DESCRIPTOR.test(descriptor) && parseFloat(descriptor) > 0)) continue;
    const url = safeUrl(candidate, baseUrl);
    // A serialized href never holds whitespace; a trailing comma would end the candidate early.
    if (url === undefined || url.endsWith(',')) continue;
    kept.push(descriptor === '' ? url : `${url} ${descriptor}`);
  }
  return kept.length > 0 ? kept.join(', ') : undefined;
}

// `relFor` is in rel.ts: a page of cards needs it without the URL policy above.
export { relFor } from './rel.js';
