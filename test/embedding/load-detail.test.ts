// What `newsprint-load` tells a partner (issue #12): `detail.article`, the normalized whole article
// also for a byline, figure or FAQ that was given one, and `detail.omitted`, what was left out of
// schema.org JSON-LD, quietly (no console output).
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { NormalizedArticle, Omission } from '../../src/article/types.js';
import type { NewsprintLoadedData, NewsprintLoadEvent } from '../../src/events/events.js';
import { untyped } from '../untyped.js';
import '../../src/components/article/newsprint-article.js';
import '../../src/components/byline/newsprint-byline.js';
import '../../src/components/card/newsprint-card.js';
import '../../src/components/faq/newsprint-faq.js';
import '../../src/components/figure/newsprint-figure.js';

type Tag =
  | 'newsprint-article'
  | 'newsprint-card'
  | 'newsprint-byline'
  | 'newsprint-figure'
  | 'newsprint-faq';

const ARTICLE = {
  headline: 'Medics return home',
  language: 'es',
  datePublished: '2026-01-26',
  authors: [{ name: 'Ana Ruiz' }],
  image: { src: 'https://cdn.example/plane.jpg', alt: 'A plane', credit: 'AP' },
  body: '<p onclick="alert(1)">They landed at dawn.</p>',
  faq: { items: [{ question: 'When?', answer: '<p>At dawn.</p>' }] },
};

// One date no reader can tell (day or month first?) and an author without a name.
const JSON_LD = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Medics return home',
  datePublished: '03/04/2021',
  author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person' }],
  image: { '@type': 'ImageObject', url: 'https://cdn.example/plane.jpg', caption: 'A plane' },
};

const NAMELESS_AUTHOR: Omission = {
  path: 'authors[1]',
  reason: '"authors[1].name" is missing. Every author needs a name.',
};
const BAD_DATE: Omission = {
  path: 'datePublished',
  reason:
    '"datePublished" must be a date like "2026-01-26" or "2026-01-26T09:30:00Z", but it is "03/04/2021".',
};

/** Renders `tag` with `data` as its `article` property; its load event, and what went to the console. */
async function load(tag: Tag, data: unknown) {
  const said: unknown[][] = [];
  const saved = { warn: console.warn, error: console.error, log: console.log, info: console.info };
  console.warn =
    console.error =
    console.log =
    console.info =
      (...args: unknown[]) => said.push(args);
  try {
    const el = document.createElement(tag);
    el.article = untyped(data);
    const loaded = oneEvent(el, 'newsprint-load') as Promise<
      NewsprintLoadEvent<NewsprintLoadedData>
    >;
    fixtureSync(html`<div></div>`).append(el);
    const { detail } = await loaded;
    return { detail, said };
  } finally {
    Object.assign(console, saved);
  }
}

describe('newsprint-load detail', () => {
  it('<newsprint-article>: the normalized article, nothing omitted from article JSON', async () => {
    const { detail, said } = await load('newsprint-article', ARTICLE);
    const article = detail.article as NormalizedArticle;
    expect(article.headline).to.equal('Medics return home');
    expect(article.body).not.to.contain('onclick');
    expect(detail.omitted).to.deep.equal([]);
    expect(said).to.deep.equal([]);
  });

  it('<newsprint-article>: lists what it left out of JSON-LD, without console noise', async () => {
    const { detail, said } = await load('newsprint-article', JSON_LD);
    expect(detail.omitted).to.deep.equal([NAMELESS_AUTHOR, BAD_DATE]);
    const article = detail.article as NormalizedArticle;
    expect(article.authors.map((author) => author.name)).to.deep.equal(['Ana Ruiz']);
    expect(article.datePublished).to.equal(undefined);
    expect(said).to.deep.equal([]);
  });

  it('<newsprint-card>: the same list for the JSON-LD it shows', async () => {
    const { detail, said } = await load('newsprint-card', JSON_LD);
    expect(detail.omitted).to.deep.equal([NAMELESS_AUTHOR, BAD_DATE]);
    expect((detail.article as NormalizedArticle).headline).to.equal('Medics return home');
    expect(said).to.deep.equal([]);
  });

  for (const tag of ['newsprint-byline', 'newsprint-figure', 'newsprint-faq'] as const) {
    it(`<${tag}> given a whole article reports the whole normalized article`, async () => {
      const { detail, said } = await load(tag, ARTICLE);
      const article = detail.article as NormalizedArticle;
      expect(article.headline).to.equal('Medics return home');
      expect(article.language).to.equal('es');
      expect(article.authors).to.deep.equal([{ name: 'Ana Ruiz' }]);
      expect(article.image?.src).to.equal('https://cdn.example/plane.jpg');
      expect(article.faq?.items).to.have.length(1);
      // Normalized as <newsprint-article> reads it: the body sanitized.
      expect(article.body).to.contain('at dawn').and.not.contain('onclick');
      expect(detail.omitted).to.deep.equal([]);
      expect(said).to.deep.equal([]);
    });
  }

  it('a byline given JSON-LD reports the whole article and what was left out of it', async () => {
    const { detail, said } = await load('newsprint-byline', JSON_LD);
    expect((detail.article as NormalizedArticle).headline).to.equal('Medics return home');
    expect(detail.omitted).to.deep.equal([NAMELESS_AUTHOR, BAD_DATE]);
    expect(said).to.deep.equal([]);
  });

  it('a figure given just an image reports the image, nothing omitted', async () => {
    const image = { src: 'https://cdn.example/plane.jpg', alt: 'A plane', caption: ' Landing ' };
    const { detail } = await load('newsprint-figure', image);
    expect(detail.article).to.deep.equal({ ...image, caption: 'Landing' });
    expect(detail.omitted).to.deep.equal([]);
  });

  it('a figure given an article that is invalid elsewhere reports its image, as it shows it', async () => {
    // A body of the wrong type: <newsprint-article> refuses it; the figure does not show it.
    const { detail, said } = await load('newsprint-figure', { ...ARTICLE, body: 42 });
    expect(detail.article).to.deep.equal({
      src: 'https://cdn.example/plane.jpg',
      alt: 'A plane',
      credit: 'AP',
    });
    expect(detail.omitted).to.deep.equal([]);
    expect(said).to.deep.equal([]);
  });

  it('reports the article as it was loaded, even if the host changes its object afterwards', async () => {
    const data = structuredClone(ARTICLE);
    const { detail } = await load('newsprint-byline', data);
    data.headline = 'Changed later';
    expect((detail.article as NormalizedArticle).headline).to.equal('Medics return home');
    // Plain data: a partner can log or send it.
    expect(JSON.parse(JSON.stringify(detail)).article.headline).to.equal('Medics return home');
  });
});
