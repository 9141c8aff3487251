/**
 * The article JSON format, version 1 (docs/ARCHITECTURE.md, "Data"): what authors, feeds and
 * partner sites write. Only `headline` is required; every element renders what exists and leaves
 * out the rest. `schema/article.schema.json` describes the same format for other tools.
 */
export interface Article {
  /** Plain text. Required. */
  headline: string;
  /** Canonical story URL: `http(s):` or relative. */
  url?: string | null;
  /** Kicker shown above the headline. */
  section?: string | null;
  /** Dek / summary, plain text. */
  description?: string | null;
  /** BCP 47 language tag, e.g. `en`, `es`, `ar`. */
  language?: string | null;
  /** ISO 8601 date or date-time. */
  datePublished?: string | null;
  /** ISO 8601 date or date-time. */
  dateModified?: string | null;
  authors?: Author[] | null;
  publisher?: Publisher | null;
  image?: ArticleImage | null;
  /** HTML; sanitized before it is rendered. */
  body?: string | null;
  faq?: Faq | null;
  /** Plain text. */
  copyright?: string | null;
  /** Computed from `body` where absent. */
  readingTimeMinutes?: number | null;
  /** For a syndicated copy: the URL of the original story (schema.org `isBasedOn`). */
  isBasedOn?: string | null;
}

export interface Author {
  name: string;
  url?: string | null;
  /** Avatar URL. */
  image?: string | null;
  role?: string | null;
}

export interface Publisher {
  name: string;
  url?: string | null;
  /** Logo URL. */
  logo?: string | null;
}

export interface ArticleImage {
  src: string;
  /** Required; `""` marks a decorative image. */
  alt: string;
  caption?: string | null;
  credit?: string | null;
  width?: number | null;
  height?: number | null;
  srcset?: string | null;
  sizes?: string | null;
  /** Copyright of the picture, plain text (schema.org `copyrightNotice`); not shown. */
  copyrightNotice?: string | null;
  /** URL of the picture's licence (schema.org `license`); not shown. */
  license?: string | null;
  /** URL where the picture can be licensed (schema.org `acquireLicensePage`); not shown. */
  acquireLicensePage?: string | null;
}

export interface Faq {
  title?: string | null;
  items: FaqItem[];
}

export interface FaqItem {
  /** Plain text. */
  question: string;
  /** HTML; sanitized before it is rendered. */
  answer: string;
  id?: string | null;
}

/** What `<newsprint-byline>` accepts on its own: authors and, optionally, dates and reading time. */
export interface BylineData {
  authors?: Author[] | null;
  datePublished?: string | null;
  dateModified?: string | null;
  readingTimeMinutes?: number | null;
  /** Used only to compute the reading time when `readingTimeMinutes` is absent. */
  body?: string | null;
  language?: string | null;
}

declare const sanitizedHtmlBrand: unique symbol;
/**
 * HTML that went through `sanitizeHtml()`. Only `article/sanitize.ts` can make one, and only
 * `renderSanitized()` there turns it into a template value, so raw JSON is never bound as HTML.
 */
export type SanitizedHtml = string & { readonly [sanitizedHtmlBrand]: true };

declare const safeUrlBrand: unique symbol;
/** A URL that passed the URL policy (`http:`, `https:`, or resolved relative). */
export type SafeUrl = string & { readonly [safeUrlBrand]: true };

/*
 * The normalized model that elements render: the same fields, with every URL checked and resolved,
 * every HTML field sanitized, and derived values (reading time) filled in. Made by `parse.ts`.
 */
export interface NormalizedAuthor {
  name: string;
  url?: SafeUrl;
  image?: SafeUrl;
  role?: string;
}

export interface NormalizedPublisher {
  name: string;
  url?: SafeUrl;
  logo?: SafeUrl;
}

export interface NormalizedImage {
  src: SafeUrl;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
  /** Every candidate URL passed the URL policy. */
  srcset?: string;
  sizes?: string;
  copyrightNotice?: string;
  license?: SafeUrl;
  acquireLicensePage?: SafeUrl;
}

/**
 * The image as `<newsprint-figure>` shows it: `src` is absent when the data's address is not one
 * an image may be loaded from (`javascript:`, `data:` …); the figure then shows "Image unavailable"
 * with the caption and credit.
 */
export type FigureImage = Omit<NormalizedImage, 'src'> & { src?: SafeUrl };

export interface NormalizedFaqItem {
  question: string;
  answer: SanitizedHtml;
  id?: string;
}

export interface NormalizedFaq {
  title?: string;
  items: NormalizedFaqItem[];
}

export interface NormalizedByline {
  authors: NormalizedAuthor[];
  datePublished?: string;
  dateModified?: string;
  readingTimeMinutes?: number;
  language?: string;
}

export interface NormalizedArticle {
  headline: string;
  url?: SafeUrl;
  section?: string;
  description?: string;
  language?: string;
  datePublished?: string;
  dateModified?: string;
  authors: NormalizedAuthor[];
  publisher?: NormalizedPublisher;
  image?: NormalizedImage;
  body?: SanitizedHtml;
  faq?: NormalizedFaq;
  copyright?: string;
  readingTimeMinutes?: number;
  isBasedOn?: SafeUrl;
}

/** A part of schema.org JSON-LD that could not be used and was left out (docs/decisions/0001). */
export interface Omission {
  /** The article field that stayed empty, e.g. `datePublished`, `authors[1]`, `image`. */
  path: string;
  /** Why, in the words of the error article JSON would get for it. */
  reason: string;
}

/** Options for turning input into the normalized model. */
export interface ParseOptions {
  /**
   * Why some of the page's JSON-LD blocks could not be read (they are not JSON even leniently),
   * for the error message when the blocks that could be read hold no article.
   */
  unreadable?: string;
  /** Base for relative URLs: the `src` URL when data came through `src`, else the page. */
  baseUrl?: string;
  /** `referrerpolicy` given to the images inside sanitized HTML (body, FAQ answers). */
  referrerPolicy?: string;
  /**
   * The reader shows a teaser (`<newsprint-card>`): `body` and `faq` are left out unread, so no
   * HTML is sanitized and the sanitizer is not even loaded; a bad body cannot fail a card.
   */
  teaser?: boolean;
}
