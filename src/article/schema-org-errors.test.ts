// What the schema.org mapping refuses, what it leaves out (and says so), and what a polluted
// Object.prototype cannot slip into it.
import { expect } from '@open-wc/testing';
import { errorOf } from '../../test/data-errors.js';
import { parseArticle, readArticle } from './parse.js';
import { fromSchemaOrg } from './schema-org.js';
import { CONTEXT, FAQ_PAGE } from '../../test/json-ld-fixtures.js';
// The sanitizer, loaded (elements load it when data holds HTML: parts.ts).
import './html-measure.js';
import './sanitize.js';

describe('schema.org errors', () => {
  it('names the types found when none is supported', () => {
    const error = errorOf(() =>
      parseArticle({
        '@context': CONTEXT,
        '@graph': [{ '@type': 'WebPage' }, { '@type': ['Organization', 'Corporation'] }],
      }),
    );
    // The accepted types, as the code accepts them (a rule, not five names).
    expect(error.message).to.contain('"Article" or "Posting"').and.to.contain('FAQPage');
    expect(error.message).to.contain('WebPage, Organization, Corporation');
    expect(error.path).to.equal(undefined);
  });

  it('says so when there is no @type at all', () => {
    const error = errorOf(() => fromSchemaOrg({ '@context': CONTEXT, headline: 'H' }));
    expect(error.message).to.contain('no "@type"');
  });

  it('reports a FAQPage alone as an article without headline', () => {
    const error = errorOf(() => parseArticle(FAQ_PAGE));
    expect(error.path).to.equal('headline');
    expect(error.message).to.contain('no headline').and.to.contain('"name"');
  });

  // JSON-LD is lenient (what cannot be used is left out and listed), unlike article JSON.
  it('leaves out a value it cannot use, naming its model path and why', () => {
    const date = readArticle({
      '@type': 'NewsArticle',
      headline: 'H',
      datePublished: '26/01/2026',
    });
    expect(date.article.headline).to.equal('H');
    expect(date.article).not.to.have.property('datePublished');
    expect(date.omitted).to.have.length(1);
    expect(date.omitted[0].path).to.equal('datePublished');
    expect(date.omitted[0].reason).to.contain('"26/01/2026"');

    const author = readArticle({
      '@type': 'NewsArticle',
      headline: 'H',
      author: [{ '@type': 'Person' }, 'Ana'],
    });
    expect(author.article.authors).to.deep.equal([{ name: 'Ana' }]);
    expect(author.omitted.map((each) => each.path)).to.deep.equal(['authors[0]']);
    expect(author.omitted[0].reason).to.contain('name');
  });

  it('keeps an image whose width it cannot read as a number, without the width', () => {
    const { article, omitted } = readArticle({
      '@type': 'NewsArticle',
      headline: 'H',
      image: { '@type': 'ImageObject', url: 'https://example.com/a.jpg', width: '1200px' },
    });
    expect(article.image?.src).to.equal('https://example.com/a.jpg');
    expect(article.image).not.to.have.property('width');
    expect(omitted.map((each) => each.path)).to.deep.equal(['image.width']);
  });

  it('still reports article JSON, our own format, strictly', () => {
    const error = errorOf(() => parseArticle({ headline: 'H', datePublished: '26/01/2026' }));
    expect(error.path).to.equal('datePublished');
  });
});

describe('fromSchemaOrg on a page that pollutes Object.prototype', () => {
  const junk: Record<string, unknown> = {
    articleSection: 'pwned section',
    author: { '@type': 'Person', name: 'pwned author' },
    image: 'https://evil.example/pwned.jpg',
    publisher: { name: 'pwned publisher' },
    articleBody: 'pwned body',
    copyrightNotice: 'pwned copyright',
    acceptedAnswer: { text: 'pwned answer' },
  };

  function withPollution(run: () => void): void {
    for (const [key, value] of Object.entries(junk)) {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    }
    try {
      run();
    } finally {
      for (const key of Object.keys(junk))
        delete (Object.prototype as Record<string, unknown>)[key];
    }
  }

  it('reads own fields only, at every depth', () => {
    withPollution(() => {
      expect(({} as Record<string, unknown>).articleSection, 'polluted').to.equal('pwned section');
      const article = fromSchemaOrg({
        '@context': CONTEXT,
        '@graph': [
          { '@type': 'NewsArticle', headline: 'H', author: { name: 'Ana' } },
          {
            '@type': 'FAQPage',
            mainEntity: [{ '@type': 'Question', name: 'Q?', suggestedAnswer: { text: 'A.' } }],
          },
        ],
      });
      expect(JSON.stringify(article)).not.to.contain('pwned');
      expect(JSON.stringify(article)).to.equal(
        JSON.stringify({
          headline: 'H',
          authors: [{ name: 'Ana' }],
          faq: { items: [{ question: 'Q?', answer: 'A.' }] },
        }),
      );
    });
  });
});
