/**
 * Unknown JSON -> the normalized model (docs/ARCHITECTURE.md, "Data"), or a `NewsprintDataError`
 * naming the bad field.
 *
 * Types are checked strictly and the first bad field is reported (docs/decisions/0001 says why);
 * unsafe URLs are not errors but are dropped (docs/ARCHITECTURE.md, "Errors"). `schema/article.schema.json`
 * accepts exactly what `parseArticle` accepts: its patterns are the ones in fields.ts (the field
 * reader) and formats.ts, and `parse-schema.test.ts` runs both over the same documents. The card
 * reads well-formed data with its own lean reader first (teaser.ts).
 */
import { NewsprintDataError } from './errors.js';
import { Fields, missing } from './fields.js';
import { compact, isObject } from './json-object.js';
import { isSchemaOrg } from './json-ld.js';
import { LIMITS } from './limits.js';
// The HTML measure and the schema.org mapping are loaded only when the data needs them (parts.ts).
import { countWordsInHtml, fromSchemaOrg } from './parts.js';
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
} from './types.js';
import { provideFullReader } from './teaser.js';

export type { ParseOptions } from './types.js';

const WORDS_PER_MINUTE = 230;

/** Words at 230 a minute, rounded up, at least one minute. */
export function readingTimeMinutes(text: string): number {
  return minutesFor(text.split(/\s+/).filter(Boolean).length);
}

const minutesFor = (words: number): number => Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));

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
