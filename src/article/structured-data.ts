/**
 * schema.org `NewsArticle` JSON-LD for a story, for search engines and feed readers: what
 * `<newsprint-article structured-data>` puts into its light DOM, and what the server renderer
 * (`newsprint/ssr`) writes into the HTML. Everything comes from the normalized model, so every
 * URL has passed the URL policy and every text field is plain text.
 *
 * No FAQPage: search engines stopped showing FAQ rich results in 2026, so an FAQ stays plain
 * content of the article (FAQPage JSON-LD is still read as input).
 */
export { jsonForScript } from './json-script.js';
import { compact } from './json-object.js';
import { htmlToText } from './sanitize.js';
import type { NormalizedArticle, NormalizedImage } from './types.js';

type JsonLd = Record<string, unknown>;

/**
 * Drops absent fields, so the JSON holds only what the story has; an ordinary object, as
 * `newsArticleJsonLd` has always returned.
 */
const present = (node: JsonLd): JsonLd => compact(node, Object.prototype);

function imageObject(image: NormalizedImage): JsonLd {
  return present({
    '@type': 'ImageObject',
    contentUrl: image.src,
    url: image.src,
    caption: image.caption,
    description: image.alt || undefined,
    width: image.width,
    height: image.height,
    creditText: image.credit,
    copyrightNotice: image.copyrightNotice,
    license: image.license,
    acquireLicensePage: image.acquireLicensePage,
  });
}

/**
 * The story as one `NewsArticle` node. `url` and `mainEntityOfPage` name the canonical story
 * (for a syndicated copy, the original), and `isBasedOn` the story a copy was made from.
 */
export function newsArticleJsonLd(article: NormalizedArticle): JsonLd {
  const { publisher } = article;
  const text = article.body ? htmlToText(article.body) : '';
  return present({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    articleSection: article.section,
    inLanguage: article.language,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    url: article.url,
    mainEntityOfPage: article.url ? { '@type': 'WebPage', '@id': article.url } : undefined,
    isBasedOn: article.isBasedOn,
    author: article.authors.length
      ? article.authors.map((author) =>
          present({ '@type': 'Person', name: author.name, url: author.url, image: author.image }),
        )
      : undefined,
    publisher: publisher
      ? present({
          '@type': 'Organization',
          name: publisher.name,
          url: publisher.url,
          logo: publisher.logo ? { '@type': 'ImageObject', url: publisher.logo } : undefined,
        })
      : undefined,
    image: article.image ? imageObject(article.image) : undefined,
    copyrightNotice: article.copyright,
    wordCount: text ? text.split(/\s+/).length : undefined,
  });
}
