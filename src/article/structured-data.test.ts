import { expect } from '@open-wc/testing';
import { parseArticle } from './parse.js';
import { newsArticleJsonLd } from './structured-data.js';
// The sanitizer and the HTML measure, loaded (elements load them when data holds HTML: parts.ts).
import './html-measure.js';
import './sanitize.js';

describe('newsArticleJsonLd', () => {
  const article = parseArticle({
    headline: 'Doctors return',
    url: 'https://news.example/story',
    authors: [{ name: 'Ana' }],
    image: { src: 'https://news.example/a.jpg', alt: '' },
    body: '<p>One two three</p>',
  });

  it('holds only the fields the story has', () => {
    expect(newsArticleJsonLd(article)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Doctors return',
      url: 'https://news.example/story',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/story' },
      author: [{ '@type': 'Person', name: 'Ana' }],
      image: {
        '@type': 'ImageObject',
        contentUrl: 'https://news.example/a.jpg',
        url: 'https://news.example/a.jpg',
      },
      wordCount: 3,
    });
  });

  it('returns ordinary objects (it is public API of newsprint/ssr)', () => {
    const jsonLd = newsArticleJsonLd(article);
    expect(Object.getPrototypeOf(jsonLd)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf((jsonLd.author as object[])[0])).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(jsonLd.image)).to.equal(Object.prototype);
  });
});
