// The part readers: a byline, figure or FAQ from a whole article or from its own standalone data.
import { expect } from '@open-wc/testing';
import { errorOf } from '../../test/data-errors.js';
// Both parts of the data model, loaded (elements load them when data needs them: parts.ts).
import './html-measure.js';
import './sanitize.js';
import './schema-org.js';
import { parseBylineInput, parseFaqInput, parseImageInput, wholeArticleLanguage } from './parse.js';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

const BASE = 'https://partner.example.com/stories/feed.json';

describe('parseImageInput', () => {
  it('reads a standalone image object', () => {
    const image = parseImageInput(
      { src: 'photo.jpg', alt: '', credit: ' AP ', width: 640, height: 480 },
      { baseUrl: BASE },
    );
    expect(image).to.deep.equal({
      src: 'https://partner.example.com/stories/photo.jpg',
      alt: '',
      credit: 'AP',
      width: 640,
      height: 480,
    });
  });

  it('reads the image of a whole article, ignoring problems elsewhere in it', () => {
    const image = parseImageInput({
      headline: 'H',
      datePublished: 'yesterday',
      image: { src: 'https://cdn.example/a.jpg', alt: 'A' },
    });
    expect(image).to.deep.equal({ src: 'https://cdn.example/a.jpg', alt: 'A' });
  });

  it('names the path of the image in a whole article', () => {
    expect(errorOf(() => parseImageInput({ headline: 'H' })).path).to.equal('image');
    const badWidth = { headline: 'H', image: { src: 'a.jpg', alt: '', width: '9' } };
    expect(errorOf(() => parseImageInput(badWidth)).path).to.equal('image.width');
  });

  it('names the path inside a standalone image', () => {
    expect(errorOf(() => parseImageInput({ src: 'a.jpg' })).path).to.equal('alt');
    expect(errorOf(() => parseImageInput({ alt: '' })).path).to.equal('src');
    expect(errorOf(() => parseImageInput({ src: 'a.jpg', alt: '', height: 0 })).path).to.equal(
      'height',
    );
  });

  it('drops an unsafe src without an error, keeping the rest of the image', () => {
    expect(parseImageInput({ src: 'javascript:x', alt: '', caption: 'C' })).to.deep.equal({
      alt: '',
      caption: 'C',
    });
    const article = { headline: 'H', image: { src: 'data:,x', alt: 'A', credit: 'AP' } };
    expect(parseImageInput(article)).to.deep.equal({ alt: 'A', credit: 'AP' });
    // A src that is missing, not unsafe, is still an error.
    expect(errorOf(() => parseImageInput({ alt: '' })).path).to.equal('src');
  });

  it('refuses a top level that is no object, without a path', () => {
    const error = errorOf(() => parseImageInput('a.jpg'));
    expect(error.path).to.equal(undefined);
    expect(error.message).to.contain('"src"');
  });
});

describe('parseFaqInput', () => {
  const items = [
    { question: 'Why?', answer: '<p>Because.</p>', id: 'why' },
    { question: 'How?', answer: 'Slowly.' },
  ];

  it('reads a standalone FAQ object', () => {
    const faq = parseFaqInput({ title: ' Questions ', items });
    expect(faq.title).to.equal('Questions');
    expect(faq.items.map((item) => [item.question, item.id])).to.deep.equal([
      ['Why?', 'why'],
      ['How?', undefined],
    ]);
    expect(faq.items[1].answer).to.contain('Slowly.');
  });

  it('reads the FAQ of a whole article', () => {
    const faq = parseFaqInput({ headline: 'H', faq: { items } });
    expect(faq).not.to.have.property('title');
    expect(faq.items).to.have.length(2);
  });

  it('names paths inside a standalone FAQ and inside an article', () => {
    expect(errorOf(() => parseFaqInput({ items: [] })).path).to.equal('items');
    expect(errorOf(() => parseFaqInput({ title: 'T' })).path).to.equal('items');
    const bad = { items: [items[0], { question: 'Q', answer: 3 }] };
    expect(errorOf(() => parseFaqInput(bad)).path).to.equal('items[1].answer');
    expect(errorOf(() => parseFaqInput({ headline: 'H', faq: bad })).path).to.equal(
      'faq.items[1].answer',
    );
    expect(errorOf(() => parseFaqInput({ headline: 'H' })).path).to.equal('faq');
  });
});

describe('parseBylineInput', () => {
  it('reads a standalone byline without a headline', () => {
    const byline = parseBylineInput(
      { authors: [{ name: 'Ana', url: 'ana.html' }], datePublished: '2026-01-26', language: 'es' },
      { baseUrl: BASE },
    );
    expect(byline).to.deep.equal({
      authors: [{ name: 'Ana', url: 'https://partner.example.com/stories/ana.html' }],
      datePublished: '2026-01-26',
      language: 'es',
    });
  });

  it('computes the reading time from a body, without keeping the body', () => {
    const byline = parseBylineInput({ authors: [], body: words(300) });
    expect(byline.readingTimeMinutes).to.equal(2);
    expect(byline).not.to.have.property('body');
  });

  it('reads the byline of a whole article', () => {
    const byline = parseBylineInput({
      headline: 'H',
      authors: [{ name: 'Ana' }],
      dateModified: '2026-01-27T10:00:00Z',
      readingTimeMinutes: 6,
      image: { src: 'not checked here', alt: 3 },
    });
    expect(byline).to.deep.equal({
      authors: [{ name: 'Ana' }],
      dateModified: '2026-01-27T10:00:00Z',
      readingTimeMinutes: 6,
    });
  });

  it('names bad fields', () => {
    expect(errorOf(() => parseBylineInput({ authors: ['Ana'] })).path).to.equal('authors[0]');
    expect(errorOf(() => parseBylineInput({ datePublished: 'May 5' })).path).to.equal(
      'datePublished',
    );
    expect(
      errorOf(() => parseBylineInput({ headline: 'H', authors: [{ name: '' }] })).path,
    ).to.equal('authors[0].name');
  });

  it('refuses a standalone byline with none of its fields (a likely typo)', () => {
    const error = errorOf(() => parseBylineInput({ author: [{ name: 'Ana' }] }));
    expect(error.path).to.equal('authors');
  });
});

describe('wholeArticleLanguage', () => {
  it('reads the language of a whole article or its JSON-LD, never of a standalone part', () => {
    expect(wholeArticleLanguage({ headline: 'H', language: ' es ' })).to.equal('es');
    expect(
      wholeArticleLanguage({ '@type': 'NewsArticle', headline: 'H', inLanguage: 'ar' }),
    ).to.equal('ar');
    expect(wholeArticleLanguage({ src: 'a.jpg', alt: '', language: 'es' })).to.equal(undefined);
    expect(wholeArticleLanguage({ headline: 'H', language: 'en_US' })).to.equal(undefined);
    expect(wholeArticleLanguage({ headline: 'H' })).to.equal(undefined);
    expect(wholeArticleLanguage('es')).to.equal(undefined);
  });

  it('does not take a language from a polluted Object.prototype', () => {
    Object.defineProperty(Object.prototype, 'language', { value: 'fr', configurable: true });
    try {
      expect(wholeArticleLanguage({ headline: 'H' })).to.equal(undefined);
    } finally {
      delete (Object.prototype as Record<string, unknown>).language;
    }
  });
});
