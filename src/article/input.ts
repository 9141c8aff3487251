/*
 * What the elements' `article` property accepts, as TypeScript types: article JSON (`types.ts`),
 * schema.org JSON-LD, or (byline, figure, FAQ) just the element's part. Types only: at run time
 * the elements take any value and report what they cannot use as a `newsprint-error` (README,
 * "Data").
 *
 * The aim is that a misspelt field in an object literal fails to compile, in either format:
 * `{ headlin: 'x' }` and `{ '@type': 'NewsArticle', headlin: 'x' }`. So JSON-LD has no catch-all
 * `[key: string]` signature (which would make every key known and switch TypeScript's check for
 * unknown keys off for the whole union, article JSON included); it lists the schema.org property
 * names an article, FAQ or web page node uses, plus any `@` keyword. JSON from `JSON.parse()` or
 * `response.json()` is `any` and is accepted as it is; a typed JSON-LD object with other
 * properties can be passed with `as SchemaOrgJsonLd`.
 */
import type { Article, ArticleImage, BylineData, Faq } from './types.js';

/**
 * schema.org property names of the node types Newsprint reads (Thing, CreativeWork, Article,
 * NewsArticle, WebPage, FAQPage), whatever their values: the parser checks the values.
 */
type SchemaOrgProperty =
  // Thing
  | 'additionalType'
  | 'alternateName'
  | 'description'
  | 'disambiguatingDescription'
  | 'identifier'
  | 'image'
  | 'mainEntityOfPage'
  | 'name'
  | 'potentialAction'
  | 'sameAs'
  | 'subjectOf'
  | 'url'
  // CreativeWork
  | 'about'
  | 'abstract'
  | 'accessMode'
  | 'accessModeSufficient'
  | 'accessibilityFeature'
  | 'accessibilitySummary'
  | 'accountablePerson'
  | 'acquireLicensePage'
  | 'alternativeHeadline'
  | 'associatedMedia'
  | 'audience'
  | 'author'
  | 'award'
  | 'citation'
  | 'comment'
  | 'commentCount'
  | 'conditionsOfAccess'
  | 'contentLocation'
  | 'contentReferenceTime'
  | 'contributor'
  | 'copyrightHolder'
  | 'copyrightNotice'
  | 'copyrightYear'
  | 'correction'
  | 'creativeWorkStatus'
  | 'creator'
  | 'creditText'
  | 'dateCreated'
  | 'dateModified'
  | 'datePublished'
  | 'discussionUrl'
  | 'editor'
  | 'encoding'
  | 'expires'
  | 'funder'
  | 'genre'
  | 'hasPart'
  | 'headline'
  | 'inLanguage'
  | 'interactionStatistic'
  | 'isAccessibleForFree'
  | 'isBasedOn'
  | 'isFamilyFriendly'
  | 'isPartOf'
  | 'keywords'
  | 'license'
  | 'locationCreated'
  | 'mainEntity'
  | 'maintainer'
  | 'mentions'
  | 'position'
  | 'producer'
  | 'provider'
  | 'publication'
  | 'publisher'
  | 'publisherImprint'
  | 'publishingPrinciples'
  | 'review'
  | 'sourceOrganization'
  | 'spatialCoverage'
  | 'speakable'
  | 'sponsor'
  | 'temporalCoverage'
  | 'text'
  | 'thumbnail'
  | 'thumbnailUrl'
  | 'timeRequired'
  | 'translationOfWork'
  | 'translator'
  | 'typicalAgeRange'
  | 'version'
  | 'video'
  | 'wordCount'
  // Article, NewsArticle
  | 'articleBody'
  | 'articleSection'
  | 'backstory'
  | 'dateline'
  | 'pageEnd'
  | 'pageStart'
  | 'pagination'
  | 'printColumn'
  | 'printEdition'
  | 'printPage'
  | 'printSection'
  // WebPage
  | 'breadcrumb'
  | 'lastReviewed'
  | 'primaryImageOfPage'
  | 'relatedLink'
  | 'reviewedBy'
  | 'significantLink';

/** One schema.org node: `NewsArticle`, `Article` or any subtype, `FAQPage`, a `WebPage`… */
export type SchemaOrgNode = {
  '@type': string | readonly string[];
  /** `@context`, `@id` and the other JSON-LD keywords. */
  [keyword: `@${string}`]: unknown;
} & { [Property in SchemaOrgProperty]?: unknown };

/** A JSON-LD document with its nodes in `@graph`. */
export interface SchemaOrgGraph {
  '@graph': readonly unknown[];
  [keyword: `@${string}`]: unknown;
}

/**
 * schema.org JSON-LD as a page embeds it: one node, a `@graph`, or a list of them (the page's
 * `<script type="application/ld+json">` blocks).
 */
export type SchemaOrgJsonLd = SchemaOrgNode | SchemaOrgGraph | readonly SchemaOrgJsonLd[];

/** A whole article: article JSON or schema.org JSON-LD. What the card and the article take. */
export type ArticleInput = Article | SchemaOrgJsonLd;

/** What `<newsprint-byline>` takes: a whole article, or just `{ authors, datePublished?, … }`. */
export type BylineInput = ArticleInput | BylineData;

/** What `<newsprint-figure>` takes: a whole article (its `image`), or just the image. */
export type FigureInput = ArticleInput | ArticleImage;

/** What `<newsprint-faq>` takes: a whole article (its `faq`), FAQPage JSON-LD, or `{ title?, items }`. */
export type FaqInput = ArticleInput | Faq;
