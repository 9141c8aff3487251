// Type test for the data: what `article` accepts (article JSON, schema.org JSON-LD, or the
// element's part) and what `newsprint-load` carries (the normalized article). Compiled like
// dom-types.ts, by `npm run typecheck` (src/) and `npm run test:frameworks` (dist/): each
// `@ts-expect-error` must stay an error, or the compile fails.
import 'newsprint/define';
import type {
  Article,
  NewsprintLoadEvent,
  NormalizedArticle,
  NormalizedByline,
  SchemaOrgJsonLd,
} from 'newsprint';

const card = document.createElement('newsprint-card');

// Article JSON.
card.article = { headline: 'Mission Accomplished?', url: '/stories/cuba-medics' };
card.article = { headline: 'x', authors: [{ name: 'Ana' }], image: { src: 'a.jpg', alt: '' } };
// @ts-expect-error: `headlin` is not a field (and the headline is missing)
card.article = { headlin: 'Mission Accomplished?' };
// @ts-expect-error: `descripton` is not a field, even beside a headline
card.article = { headline: 'x', descripton: 'y' };
// @ts-expect-error: an author's name is text
card.article = { headline: 'x', authors: [{ name: 3 }] };

// schema.org JSON-LD: one node, a @graph, the page's list of blocks.
card.article = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  '@id': 'https://example.com/story#article',
  headline: 'x',
  author: { '@type': 'Person', name: 'Ana' },
  datePublished: '2026-01-02',
};
card.article = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }] };
card.article = [{ '@type': 'BreadcrumbList' }, { '@type': ['NewsArticle'], headline: 'x' }];
// @ts-expect-error: `headlin` is not a schema.org property
card.article = { '@type': 'NewsArticle', headlin: 'x' };
// A typed JSON-LD object with properties of its own goes in with a cast.
const ld = { '@type': 'NewsArticle', headline: 'x', myField: 1 };
card.article = ld as SchemaOrgJsonLd;

// Parsed JSON is `any`, and is accepted as it is; `unknown` must say what it is.
card.article = JSON.parse('{"headline":"x"}');
declare const fromSomewhere: unknown;
// @ts-expect-error: unknown data needs a type (`as Article`)
card.article = fromSomewhere;
card.article = fromSomewhere as Article;
card.article = null;
card.article = undefined;

// Parts: a byline, an image, an FAQ on their own.
const byline = document.createElement('newsprint-byline');
byline.article = { authors: [{ name: 'Ana' }], datePublished: '2026-01-02' };
byline.article = { headline: 'x', authors: [{ name: 'Ana' }] };
// @ts-expect-error: `author` is not a byline field (`authors`)
byline.article = { author: [{ name: 'Ana' }] };
document.createElement('newsprint-figure').article = { src: 'a.jpg', alt: 'A street' };
// @ts-expect-error: `alt` is required (`""` for a decorative image)
document.createElement('newsprint-figure').article = { src: 'a.jpg' };
document.createElement('newsprint-faq').article = {
  items: [{ question: 'Q?', answer: '<p>A</p>' }],
};
// @ts-expect-error: a question's text is `question`
document.createElement('newsprint-faq').article = { items: [{ q: 'Q?', answer: 'A' }] };
// @ts-expect-error: a card takes a whole article, not a byline
card.article = { authors: [{ name: 'Ana' }] };

// newsprint-load: a card's and an article's carry the normalized article, no cast.
card.addEventListener('newsprint-load', (event) => {
  const headline: string = event.detail.article.headline;
  const authors: string[] = event.detail.article.authors.map((author) => author.name);
  // @ts-expect-error: the normalized article has no `headlin`
  return [headline, authors, event.detail.article.headlin];
});
document.querySelector('newsprint-article')?.addEventListener('newsprint-load', (event) => {
  const article: NormalizedArticle = event.detail.article;
  return article;
});
const onLoad = (event: NewsprintLoadEvent) => event.detail.article.headline;
card.addEventListener('newsprint-load', onLoad);
card.removeEventListener('newsprint-load', onLoad);
// Other events keep their types on the element.
card.addEventListener('click', (event) => event.clientX);

// A byline's may be the whole article or just its part: the handler tells them apart.
byline.addEventListener('newsprint-load', (event) => {
  const data = event.detail.article;
  // @ts-expect-error: a byline given just its part has no headline
  void data.headline;
  const part: NormalizedByline | undefined = 'headline' in data ? undefined : data;
  return part;
});
// On an ancestor, any element's load arrives.
document.addEventListener('newsprint-load', (event) => {
  // @ts-expect-error: this could be a figure's image
  void event.detail.article.headline;
  return 'headline' in event.detail.article ? event.detail.article.headline : undefined;
});
