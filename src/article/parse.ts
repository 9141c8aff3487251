/**
 * Unknown JSON -> the normalized model (SPEC §2), or a `NewsprintDataError` naming the bad field.
 *
 * Types are checked strictly and the first bad field is reported; unsafe URLs are not errors but
 * are dropped (SPEC §4). `schema/article.schema.json` accepts exactly what `parseArticle` accepts:
 * its patterns are the ones below and in formats.ts, and `parse.test.ts` runs both over the same
 * documents. The card reads well-formed data with its own lean reader first (teaser.ts).
 */
import { NewsprintDataError } from './errors.js';
import { compact, isDate, isObject, LANGUAGE } from './formats.js';
import { isSchemaOrg } from './json-ld.js';
import { LIMITS, checkListLimit, checkTextLimit } from './limits.js';
// The sanitizer, the HTML measure and the schema.org mapping are loaded only when the data needs
// them (parts.ts).
import { checkHtmlLimits, countWordsInHtml, fromSchemaOrg, sanitizeHtml } from './parts.js';
import { plainJson } from './plain-json.js';
import type {
  FigureImage,
  NormalizedArticle,
  NormalizedAuthor,
  NormalizedByline,
  NormalizedFaq,
  NormalizedFaqItem,
  NormalizedImage,
  NormalizedPublisher,
  Omission,
  ParseOptions,
  SafeUrl,
  SanitizedHtml,
} from './types.js';
import { provideFullReader } from './teaser.js';
import { safeSrcset, safeUrl } from './urls.js';

export type { ParseOptions } from './types.js';

const WORDS_PER_MINUTE = 230;

type Json = Record<string, unknown>;
type HtmlBudget = { chars: number; elements: number };

/** The smallest valid document of each kind, for messages about a top level that is no object. */
const EXAMPLES = {
  article: '{ "headline": "…" }',
  image: '{ "src": "…", "alt": "…" }',
  FAQ: '{ "items": [ … ] }',
  byline: '{ "authors": [ … ] }',
};

/** What a value is, in words a blogger knows. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'missing';
    default:
      return typeof value;
  }
}

/** A value quoted for a message, cut short so a whole body never lands in the console. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** Words at 230 a minute, rounded up, at least one minute. */
export function readingTimeMinutes(text: string): number {
  return minutesFor(text.split(/\s+/).filter(Boolean).length);
}

const minutesFor = (words: number): number => Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));

/**
 * The field readers: one JSON object at a path, read one field per call. Each reader checks the
 * type, trims text, treats blank optional text as absent, and throws naming the field's path.
 */
class Fields {
  /**
   * `omitted` makes the reader lenient, for mapped schema.org JSON-LD (SPEC §2): an optional field
   * (or list item) that cannot be used is left out and noted there instead of being an error.
   */
  private constructor(
    private readonly data: Json,
    private readonly path: string,
    readonly options: ParseOptions,
    private readonly omitted?: Omission[],
    /** The HTML measured so far in this document: the HTML limits are for all of it together. */
    private readonly htmlUsed: HtmlBudget = { chars: 0, elements: 0 },
  ) {}

  /** The top of a document: an article, or a standalone part (which `what` names). */
  static root(
    value: unknown,
    options: ParseOptions,
    what: keyof typeof EXAMPLES,
    omitted?: Omission[],
  ): Fields {
    if (!isObject(value)) {
      throw new NewsprintDataError(
        `The ${what} data must be a JSON object like ${EXAMPLES[what]}, but it is ${kindOf(value)}.`,
      );
    }
    return new Fields(value, '', options, omitted);
  }

  private at(value: unknown, path: string): Fields {
    if (!isObject(value)) throw wrongType(path, 'an object', value);
    return new Fields(value, path, this.options, this.omitted, this.htmlUsed);
  }

  /** `read()`, or (lenient) undefined with a note when it finds the field unusable. */
  private optional<T>(path: string, read: () => T): T | undefined {
    if (!this.omitted) return read();
    try {
      return read();
    } catch (error) {
      if (!(error instanceof NewsprintDataError)) throw error;
      this.omitted.push({ path, reason: error.message });
      return undefined;
    }
  }

  pathOf(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  /**
   * The field's value: own properties only, never one inherited from a polluted prototype. `null`
   * is absent, as feeds serialize a missing field; a required field that is `null` is "missing".
   */
  private get(key: string): unknown {
    return Object.hasOwn(this.data, key) ? (this.data[key] ?? undefined) : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Text as given (trimmed), `""` included; longer than the text limit is an error. */
  string(key: string): string | undefined {
    const value = this.rawString(key);
    if (value !== undefined) checkTextLimit(value, this.pathOf(key));
    return value;
  }

  private rawString(key: string): string | undefined {
    const value = this.get(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw wrongType(this.pathOf(key), 'text', value);
    return value.trim();
  }

  /**
   * HTML as given (trimmed, blank is absent), measured against the HTML limits before anything
   * parses it. Not sanitized: for counting words, or for `html()`.
   */
  rawHtml(key: string): string | undefined {
    const value = this.rawString(key) || undefined;
    if (value !== undefined) checkHtmlLimits(value, this.pathOf(key), this.htmlUsed);
    return value;
  }

  /** Optional text; blank is absent. */
  text(key: string): string | undefined {
    return this.optional(this.pathOf(key), () => this.string(key)) || undefined;
  }

  /** Text that must be there, possibly `""` (an image's `alt`). */
  requiredString(key: string, hint: string): string {
    const value = this.string(key);
    if (value === undefined) throw missing(this.pathOf(key), hint);
    return value;
  }

  /** Text that must be there and not blank. */
  requiredText(key: string, hint: string): string {
    const value = this.requiredString(key, hint);
    if (!value) throw empty(this.pathOf(key), hint);
    return value;
  }

  /** A URL through the URL policy: an unsafe one is dropped, not an error (SPEC §4). */
  url(key: string): SafeUrl | undefined {
    const value = this.text(key);
    return value === undefined ? undefined : safeUrl(value, this.options.baseUrl);
  }

  /** A URL that must be given, though the URL policy may still drop it. */
  requiredUrl(key: string, hint: string): SafeUrl | undefined {
    return safeUrl(this.requiredText(key, hint), this.options.baseUrl);
  }

  srcset(key: string): string | undefined {
    const value = this.text(key);
    return value === undefined ? undefined : safeSrcset(value, this.options.baseUrl);
  }

  html(key: string): SanitizedHtml | undefined {
    const value = this.rawHtml(key);
    return value === undefined ? undefined : sanitizeHtml(value, this.options);
  }

  requiredHtml(key: string, hint: string): SanitizedHtml {
    if (this.rawString(key) === undefined) throw missing(this.pathOf(key), hint);
    const value = this.rawHtml(key);
    if (value === undefined) throw empty(this.pathOf(key), hint);
    return sanitizeHtml(value, this.options);
  }

  date(key: string): string | undefined {
    return this.matching(key, isDate, 'a date like "2026-01-26" or "2026-01-26T09:30:00Z"');
  }

  language(key: string): string | undefined {
    const value = this.text(key);
    const hint = value?.includes('_') ? ` Use a hyphen: ${quote(value.replace(/_/g, '-'))}.` : '';
    return this.matching(
      key,
      (tag) => LANGUAGE.test(tag),
      'a language tag like "en" or "pt-BR"',
      hint,
    );
  }

  /** Optional text without spaces (an id that a URL fragment can name). */
  word(key: string): string | undefined {
    return this.matching(key, (text) => !/\s/.test(text), 'one word without spaces, like "cost"');
  }

  positiveInteger(key: string): number | undefined {
    return this.number(key, Number.isInteger, 'a whole number greater than 0');
  }

  positiveNumber(key: string): number | undefined {
    return this.number(key, Number.isFinite, 'a number greater than 0');
  }

  object<T>(key: string, read: (fields: Fields) => T): T | undefined {
    const value = this.get(key);
    const path = this.pathOf(key);
    return value === undefined ? undefined : this.optional(path, () => read(this.at(value, path)));
  }

  /**
   * A list of at most `max` items (`what` names them in the message); longer is an error, even
   * when lenient. Lenient, an item that cannot be used is left out and the others kept.
   */
  list<T>(key: string, read: (fields: Fields) => T, max: number, what: string): T[] | undefined {
    const value = this.get(key);
    if (value === undefined) return undefined;
    const path = this.pathOf(key);
    if (!Array.isArray(value)) {
      return this.optional<T[]>(path, () => {
        throw wrongType(path, 'a list', value);
      });
    }
    // Before iterating: a list built in a script can claim any length (2³²−1).
    checkListLimit(value.length, max, path, what);
    const items: T[] = [];
    value.forEach((item, index) => {
      const itemPath = `${path}[${index}]`;
      const ok = this.optional(itemPath, () => ({ item: read(this.at(item, itemPath)) }));
      if (ok) items.push(ok.item);
    });
    return items;
  }

  /** A list that must be there and hold at least one item. */
  requiredList<T>(
    key: string,
    read: (fields: Fields) => T,
    hint: string,
    max: number,
    what: string,
  ): T[] {
    const items = this.list(key, read, max, what);
    if (items === undefined) throw missing(this.pathOf(key), hint);
    if (!items.length) throw empty(this.pathOf(key), hint);
    return items;
  }

  private matching(
    key: string,
    test: (text: string) => boolean,
    expected: string,
    hint = '',
  ): string | undefined {
    const value = this.text(key);
    return this.optional(this.pathOf(key), () => {
      if (value !== undefined && !test(value)) {
        throw badValue(this.pathOf(key), expected, `${quote(value)}.${hint}`);
      }
      return value;
    });
  }

  private number(key: string, test: (n: number) => boolean, expected: string): number | undefined {
    const value = this.get(key);
    if (value === undefined) return undefined;
    return this.optional(this.pathOf(key), () => {
      if (typeof value !== 'number') throw wrongType(this.pathOf(key), expected, value);
      if (!test(value) || value <= 0) throw badValue(this.pathOf(key), expected, `${value}.`);
      return value;
    });
  }
}

function wrongType(path: string, expected: string, value: unknown): NewsprintDataError {
  return new NewsprintDataError(`"${path}" must be ${expected}, but it is ${kindOf(value)}.`, {
    path,
  });
}

function badValue(path: string, expected: string, actual: string): NewsprintDataError {
  return new NewsprintDataError(`"${path}" must be ${expected}, but it is ${actual}`, { path });
}

function missing(path: string, hint: string): NewsprintDataError {
  return new NewsprintDataError(`"${path}" is missing. ${hint}`, { path });
}

function empty(path: string, hint: string): NewsprintDataError {
  return new NewsprintDataError(`"${path}" is empty. ${hint}`, { path });
}

// One reader per part of the format, shared by `parseArticle` and the part parsers.

function author(fields: Fields): NormalizedAuthor {
  return compact({
    name: fields.requiredText('name', 'Every author needs a name.'),
    url: fields.url('url'),
    image: fields.url('image'),
    role: fields.text('role'),
  });
}

function publisher(fields: Fields): NormalizedPublisher {
  return compact({
    name: fields.requiredText('name', 'A publisher needs a name.'),
    url: fields.url('url'),
    logo: fields.url('logo'),
  });
}

/** The image, or undefined when its `src` is not a safe URL (every field is checked first). */
function image(fields: Fields): NormalizedImage | undefined {
  const normalized = imageWithAnySrc(fields);
  return normalized.src === undefined ? undefined : compact({ ...normalized, src: normalized.src });
}

/** Every field of an image; `src` is absent when the URL policy dropped it. */
function imageWithAnySrc(fields: Fields): FigureImage {
  return compact({
    src: fields.requiredUrl('src', 'An image needs the address of the picture.'),
    alt: fields.requiredString(
      'alt',
      'Describe the picture for people who cannot see it, or use "" for a decorative image.',
    ),
    caption: fields.text('caption'),
    credit: fields.text('credit'),
    width: fields.positiveInteger('width'),
    height: fields.positiveInteger('height'),
    srcset: fields.srcset('srcset'),
    sizes: fields.text('sizes'),
    copyrightNotice: fields.text('copyrightNotice'),
    license: fields.url('license'),
    acquireLicensePage: fields.url('acquireLicensePage'),
  });
}

function faqItem(fields: Fields): NormalizedFaqItem {
  return compact({
    question: fields.requiredText('question', 'Every FAQ item needs a question.'),
    answer: fields.requiredHtml('answer', 'Every FAQ item needs an answer.'),
    id: fields.word('id'),
  });
}

function faq(fields: Fields): NormalizedFaq {
  return compact({
    title: fields.text('title'),
    items: fields.requiredList(
      'items',
      faqItem,
      'An FAQ needs a list of questions and answers.',
      LIMITS.faqItems,
      'questions',
    ),
  });
}

/**
 * The byline fields, which sit at the top of an article and of a standalone byline alike. The
 * reading time is counted from the body's string (`countWordsInHtml`): a byline never sanitizes
 * (parses) a body it does not show; the article passes its own, already sanitized one. A teaser
 * does not read the body at all.
 */
function byline(
  fields: Fields,
  body = fields.options.teaser ? undefined : fields.rawHtml('body'),
): NormalizedByline {
  const authors = fields.list('authors', author, LIMITS.authors, 'authors') ?? [];
  return compact({
    authors,
    datePublished: fields.date('datePublished'),
    dateModified: fields.date('dateModified'),
    readingTimeMinutes:
      fields.positiveNumber('readingTimeMinutes') ??
      (body === undefined ? undefined : minutesFor(countWordsInHtml(body))),
    language: fields.language('language'),
  });
}

function article(fields: Fields): NormalizedArticle {
  if (!fields.has('headline')) {
    throw new NewsprintDataError('The article has no headline. Add a "headline" text field.', {
      path: 'headline',
    });
  }
  const headline = fields.requiredText('headline', 'Write the headline as text.');
  const url = fields.url('url');
  const section = fields.text('section');
  const description = fields.text('description');
  // A teaser shows neither: the body and FAQ are not read, so not sanitized (or even checked).
  const body = fields.options.teaser ? undefined : fields.html('body');
  return compact({
    headline,
    url,
    section,
    description,
    ...byline(fields, body),
    publisher: fields.object('publisher', publisher),
    image: fields.object('image', image),
    body,
    faq: fields.options.teaser ? undefined : fields.object('faq', faq),
    copyright: fields.text('copyright'),
    isBasedOn: fields.url('isBasedOn'),
  });
}

/** Where a field of the model came from in schema.org, for messages about mapped JSON-LD. */
const SCHEMA_ORG_FIELDS: Record<string, string> = {
  headline: '"headline" or "name"',
  url: '"url" or "mainEntityOfPage"',
  section: '"articleSection"',
  description: '"description"',
  language: '"inLanguage"',
  datePublished: '"datePublished"',
  dateModified: '"dateModified"',
  authors: '"author"',
  publisher: '"publisher"',
  image: '"image"',
  body: '"articleBody"',
  faq: 'the FAQPage "mainEntity" questions',
  copyright: '"copyrightNotice"',
};

function withSchemaOrgField(error: unknown): unknown {
  if (!(error instanceof NewsprintDataError) || error.path === undefined) return error;
  const field = SCHEMA_ORG_FIELDS[error.path.split(/[.[]/)[0]];
  if (!field) return error;
  return new NewsprintDataError(`${error.message} (In the schema.org data: ${field}.)`, {
    path: error.path,
    cause: error,
  });
}

/**
 * A whole article's fields, from article JSON (an object with `headline`) or schema.org JSON-LD;
 * undefined when `input` is neither (then it may be just a part). Mapped JSON-LD is read leniently
 * (what cannot be used is left out and listed in `omitted`); its errors also name the schema.org
 * field they came from.
 */
function readWhole<T>(
  input: unknown,
  options: ParseOptions,
  read: (fields: Fields) => T,
): { value: T; omitted?: Omission[] } | undefined {
  if (isSchemaOrg(input)) {
    const mapped = fromSchemaOrg(input, options.unreadable);
    const omitted: Omission[] = [];
    try {
      return { value: read(Fields.root(mapped, options, 'article', omitted)), omitted };
    } catch (error) {
      throw withSchemaOrgField(error);
    }
  }
  if (isObject(input) && Object.hasOwn(input, 'headline')) {
    return { value: read(Fields.root(input, options, 'article')) };
  }
  return undefined;
}

/**
 * The `language` (JSON-LD: `inLanguage`) of the whole article a part is read from, when valid:
 * what `<newsprint-figure>` and `<newsprint-faq>` speak when given a whole article. A standalone
 * part (no `headline`, not JSON-LD) has none, and neither has an invalid tag: the part's own
 * parser does not judge a field it does not show.
 */
export function wholeArticleLanguage(input: unknown): string | undefined {
  try {
    return readWhole(plainJson(input), {}, (fields) => fields.language('language'))?.value;
  } catch {
    return undefined;
  }
}

/** Article JSON or schema.org JSON-LD -> the normalized article. */
export function parseArticle(input: unknown, options: ParseOptions = {}): NormalizedArticle {
  return readArticle(input, options).article;
}

/**
 * `parseArticle`, and what was left out of JSON-LD (`[{ path, reason }]`, empty for article JSON,
 * which is strict): `path` names the field of the article that stayed empty, e.g. `authors[1]`.
 */
export function readArticle(
  raw: unknown,
  options: ParseOptions = {},
): { article: NormalizedArticle; omitted: Omission[] } {
  const input = plainJson(raw);
  const whole = readWhole(input, options, article);
  if (whole) return { article: whole.value, omitted: whole.omitted ?? [] };
  return { article: article(Fields.root(input, options, 'article')), omitted: [] };
}

/**
 * The image of a whole article, or a standalone image object `{ src, alt, … }`. An unsafe `src`
 * is no error (URLs the policy drops never are): the image comes back without `src`, and
 * `<newsprint-figure>` shows it as unavailable, with its caption and credit.
 */
export function parseImageInput(raw: unknown, options: ParseOptions = {}): FigureImage {
  const input = plainJson(raw);
  const whole = readWhole(input, options, (fields) =>
    required(
      fields.object('image', imageWithAnySrc),
      'The article has no image. Add an "image" object with "src" and "alt".',
      'image',
    ),
  );
  return whole ? whole.value : imageWithAnySrc(Fields.root(input, options, 'image'));
}

/** The FAQ of a whole article (or FAQPage JSON-LD), or a standalone `{ title?, items }`. */
export function parseFaqInput(raw: unknown, options: ParseOptions = {}): NormalizedFaq {
  const input = plainJson(raw);
  const fromArticle = (fields: Fields) =>
    required(
      fields.object('faq', faq),
      'The article has no FAQ. Add a "faq" object with "items".',
      'faq',
    );
  const whole = readWhole(input, options, fromArticle);
  return whole ? whole.value : faq(Fields.root(input, options, 'FAQ'));
}

const BYLINE_FIELDS = ['authors', 'datePublished', 'dateModified', 'readingTimeMinutes', 'body'];

/** The byline of a whole article, or a standalone `{ authors, datePublished?, … }`. */
export function parseBylineInput(raw: unknown, options: ParseOptions = {}): NormalizedByline {
  const input = plainJson(raw);
  const whole = readWhole(input, options, (fields) => byline(fields));
  if (whole) return whole.value;
  const fields = Fields.root(input, options, 'byline');
  // A standalone byline with none of its fields is almost surely a typo (`author` for `authors`).
  if (!BYLINE_FIELDS.some((key) => fields.has(key))) {
    throw missing('authors', 'A byline needs "authors", a date or a reading time.');
  }
  return byline(fields);
}

function required<T>(value: T | undefined, message: string, path: string): T {
  if (value === undefined) throw new NewsprintDataError(message, { path });
  return value;
}

// The card's lean reader leaves what it does not read itself to this module (teaser.ts).
provideFullReader(readArticle);
