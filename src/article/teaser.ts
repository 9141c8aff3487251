/**
 * The card's reader: what `parse.ts` makes of article JSON read as a teaser (`teaser: true`), for
 * data that is well formed, in a fraction of its code. A page of cards then runs without the full
 * reader (its field paths, messages, lenient JSON-LD reading and URL tricks: bench/README.md,
 * "Script-tag chunks").
 *
 * It accepts only what it can read exactly as `parse.ts` does: article JSON (not JSON-LD) whose
 * every field the teaser reads has the right type and an ordinary value (URLs of printable ASCII,
 * with no `&` before their scheme is settled, that the URL parser resolves to http(s) without
 * credentials). Anything else, an error
 * included, it leaves to the full reader: loaded then (`PartNotLoaded`, as the sanitizer is: see
 * parts.ts), which gives exactly its result or its error. Both read the same plain copy of the
 * data (`plainJson`, made once here). `parse.ts` registers itself when it is evaluated, so code
 * that imports it (the server renderer, the npm entry) never waits.
 */
import { pageBaseUrl } from '../platform/environment.js';
import { isDate, LANGUAGE } from './formats.js';
import { compact, isObject } from './json-object.js';
import { isSchemaOrg } from './json-ld.js';
import { LIMITS } from './limits.js';
import { PartNotLoaded } from './part-loading.js';
import { plainJson } from './plain-json.js';
import type {
  NormalizedArticle,
  NormalizedAuthor,
  NormalizedImage,
  Omission,
  ParseOptions,
  SafeUrl,
} from './types.js';

type Json = Record<string, unknown>;
type ReadArticle = (
  input: unknown,
  options: ParseOptions,
) => { article: NormalizedArticle; omitted: Omission[] };

let fullReader: ReadArticle | undefined;

/** `parse.ts`'s `readArticle`, registered when that module is evaluated. */
export function provideFullReader(read: ReadArticle): void {
  fullReader = read;
}

/** Thrown (and caught below) where the lean reader would not give `parse.ts`'s result. */
const DECLINED = new Error('not for the lean reader');

function decline(): never {
  throw DECLINED;
}

/** `readArticle(json, { ...options, teaser: true })`, by the lean reader where it can. */
export function readTeaser(
  json: unknown,
  options: ParseOptions,
): { article: NormalizedArticle; omitted: Omission[] } {
  const input = plainJson(json);
  const article = leanTeaser(input, options.baseUrl);
  if (article) return { article, omitted: [] };
  // Not well-formed article JSON: the full reader says what it makes of it.
  if (!fullReader) {
    throw new PartNotLoaded('data reader', () =>
      import('./parse.js').then((module) => provideFullReader(module.readArticle)),
    );
  }
  return fullReader(input, { ...options, teaser: true });
}

function object(value: unknown): Json {
  return isObject(value) ? value : decline();
}

/** An own field; `null` is absent (parse.ts, `Fields.get`). */
const get = (data: Json, key: string): unknown =>
  Object.hasOwn(data, key) ? (data[key] ?? undefined) : undefined;

/** Text, trimmed, `""` included, within the text limit. */
function string(data: Json, key: string): string | undefined {
  const value = get(data, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') decline();
  const trimmed = value.trim();
  return trimmed.length > LIMITS.textChars ? decline() : trimmed;
}

/** Optional text; blank is absent. */
const text = (data: Json, key: string): string | undefined => string(data, key) || undefined;

const required = (data: Json, key: string): string => text(data, key) ?? decline();

/** Printable ASCII without space: nothing in it for urls.ts's checks to undo or refuse… */
const PLAIN_URL = /^[!-~]+$/;
/**
 * …but for `&`, where urls.ts decodes character references to see the scheme they may hide
 * (`java&#x3a;script:`). Query strings of image CDNs are full of `&` (`?w=600&h=338`). What
 * comes before the first `&` is not changed by decoding: unless it is empty or all scheme
 * letters without a colon, it already decides the scheme, and the literal one is urls.ts's too.
 */
const SCHEME_STILL_OPEN = /^[a-z0-9+.-]*$/i;
/**
 * urls.ts's bounds, repeated rather than imported: a shared module for them made Vite split the
 * card's npm build into 2–3 files at start (+324 to +628 B gzip, measured).
 */
const MAX_URL_LENGTH = 2048;
const MAX_SRCSET_LENGTH = 16 * 1024;
const MAX_SRCSET_CANDIDATES = 32;

/** `safeUrl(value, baseUrl)` (urls.ts) for a plain URL it accepts. */
function url(value: string | undefined, baseUrl: string | undefined): SafeUrl | undefined {
  if (value === undefined) return undefined;
  if (value.length > MAX_URL_LENGTH || !PLAIN_URL.test(value)) decline();
  const ampersand = value.indexOf('&');
  if (ampersand >= 0 && SCHEME_STILL_OPEN.test(value.slice(0, ampersand))) decline();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1].toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') decline();
  // Throws (declines) where the parser refuses it.
  const parsed = new URL(value, baseUrl ?? pageBaseUrl());
  if (!/^https?:$/.test(parsed.protocol) || parsed.username || parsed.password) decline();
  return parsed.href.length > MAX_URL_LENGTH ? decline() : (parsed.href as SafeUrl);
}

/** `safeSrcset` (urls.ts) for `url 640w, url 2x` with plain URLs, every candidate kept. */
function srcset(value: string | undefined, baseUrl: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const candidates = value.split(', ');
  if (value.length > MAX_SRCSET_LENGTH || candidates.length > MAX_SRCSET_CANDIDATES) decline();
  return candidates
    .map((candidate) => {
      const [address, descriptor, ...rest] = candidate.split(' ');
      if (rest.length || !/^(?:\d+w|\d+(?:\.\d+)?x)$/.test(descriptor) || !parseFloat(descriptor))
        decline();
      return `${url(address.includes(',') ? decline() : address, baseUrl)} ${descriptor}`;
    })
    .join(', ');
}

function matching(data: Json, key: string, test: (text: string) => boolean): string | undefined {
  const value = text(data, key);
  return value === undefined || test(value) ? value : decline();
}

function positive(data: Json, key: string, test: (n: number) => boolean): number | undefined {
  const value = get(data, key);
  if (value === undefined) return undefined;
  return typeof value === 'number' && test(value) && value > 0 ? value : decline();
}

function author(data: Json, baseUrl?: string): NormalizedAuthor {
  return compact({
    name: required(data, 'name'),
    url: url(text(data, 'url'), baseUrl),
    image: url(text(data, 'image'), baseUrl),
    role: text(data, 'role'),
  });
}

function image(data: Json, baseUrl?: string): NormalizedImage {
  const alt = string(data, 'alt');
  return compact({
    src: url(required(data, 'src'), baseUrl) as SafeUrl,
    alt: alt ?? decline(),
    caption: text(data, 'caption'),
    credit: text(data, 'credit'),
    width: positive(data, 'width', Number.isInteger),
    height: positive(data, 'height', Number.isInteger),
    srcset: srcset(text(data, 'srcset'), baseUrl),
    sizes: text(data, 'sizes'),
    copyrightNotice: text(data, 'copyrightNotice'),
    license: url(text(data, 'license'), baseUrl),
    acquireLicensePage: url(text(data, 'acquireLicensePage'), baseUrl),
  });
}

/**
 * The teaser `parse.ts` reads from a plain JSON copy, or undefined where the lean reader leaves
 * it to `parse.ts`. Exported for teaser.test.ts, which holds the two readers to the same result.
 */
export function leanTeaser(input: unknown, baseUrl?: string): NormalizedArticle | undefined {
  try {
    return teaser(input, baseUrl);
  } catch {
    return undefined;
  }
}

/** `parse.ts`'s `article()` with `teaser: true`, field for field, in its order. */
function teaser(input: unknown, baseUrl?: string): NormalizedArticle {
  if (isSchemaOrg(input)) decline();
  const data = object(input);
  const authors = get(data, 'authors') ?? [];
  if (!Array.isArray(authors) || authors.length > LIMITS.authors) decline();
  const publisher = get(data, 'publisher');
  const picture = get(data, 'image');
  return compact({
    headline: required(data, 'headline'),
    url: url(text(data, 'url'), baseUrl),
    section: text(data, 'section'),
    description: text(data, 'description'),
    authors: authors.map((item) => author(object(item), baseUrl)),
    datePublished: matching(data, 'datePublished', isDate),
    dateModified: matching(data, 'dateModified', isDate),
    readingTimeMinutes: positive(data, 'readingTimeMinutes', Number.isFinite),
    language: matching(data, 'language', (tag) => LANGUAGE.test(tag)),
    publisher:
      publisher === undefined
        ? undefined
        : compact({
            name: required(object(publisher), 'name'),
            url: url(text(object(publisher), 'url'), baseUrl),
            logo: url(text(object(publisher), 'logo'), baseUrl),
          }),
    image: picture === undefined ? undefined : image(object(picture), baseUrl),
    copyright: text(data, 'copyright'),
    isBasedOn: url(text(data, 'isBasedOn'), baseUrl),
  });
}
