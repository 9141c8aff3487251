import { expect } from '@open-wc/testing';
import { errorOf } from '../../test/data-errors.js';
// Both parts of the data model, loaded (elements load them when data needs them: parts.ts).
import './html-measure.js';
import './sanitize.js';
import './schema-org.js';
import { parseArticle, readingTimeMinutes } from './parse.js';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

const BASE = 'https://partner.example.com/stories/feed.json';

describe('parseArticle messages', () => {
  it('asks for a headline', () => {
    const error = errorOf(() => parseArticle({ section: 'Cuba' }));
    expect(error.message).to.equal('The article has no headline. Add a "headline" text field.');
  });

  it('names the field and both types', () => {
    const error = errorOf(() => parseArticle({ headline: 'H', authors: [{ name: 42 }] }));
    expect(error.message).to.equal('"authors[0].name" must be text, but it is a number.');
  });

  it('quotes a bad value and shows the expected shape', () => {
    const error = errorOf(() => parseArticle({ headline: 'H', datePublished: '26/01/2026' }));
    expect(error.message).to.contain('"26/01/2026"').and.to.contain('"2026-01-26"');
  });

  it('suggests the hyphenated language tag', () => {
    const error = errorOf(() => parseArticle({ headline: 'H', language: 'en_US' }));
    expect(error.message).to.contain('"en-US"');
  });

  it('cuts a long bad value short', () => {
    const error = errorOf(() => parseArticle({ headline: 'H', language: 'x'.repeat(500) }));
    expect(error.message.length).to.be.below(200);
  });

  it('calls a null headline missing, like an absent one', () => {
    const error = errorOf(() => parseArticle({ headline: null }));
    expect(error.message).to.equal('The article has no headline. Add a "headline" text field.');
  });

  it('models null optional fields exactly as absent ones', () => {
    const withNulls = parseArticle({ headline: 'H', section: null, authors: null, image: null });
    expect(JSON.stringify(withNulls)).to.equal(JSON.stringify(parseArticle({ headline: 'H' })));
    expect(withNulls.section).to.equal(undefined);
  });

  it('explains a top level that is no object, without a path', () => {
    const error = errorOf(() => parseArticle([1, 2]));
    expect(error.message).to.contain('JSON object').and.to.contain('a list');
    expect(error.path).to.equal(undefined);
  });
});

describe('the seed article', () => {
  it('parses test/fixtures/cuba-medics.json in full', async () => {
    const doc = await (await fetch('/test/fixtures/cuba-medics.json')).json();
    const article = parseArticle(doc, { baseUrl: BASE });

    expect(article.headline).to.equal(
      "Mission Accomplished? Havana Masks Medical Personnel's Return from Venezuela as a Victory",
    );
    expect(article.url).to.equal(
      'https://www.cubaheadlines.com/articles/mission-accomplished-havana-medical-personnel-venezuela',
    );
    expect(article.section).to.equal('Cuba');
    expect(article.description).to.match(/^Havana presents the return .* quiet withdrawal\.$/);
    expect(article.language).to.equal('en');
    expect(article.datePublished).to.equal('2026-01-26');
    expect(article).not.to.have.property('dateModified');
    expect(article.authors).to.deep.equal([{ name: 'Ernesto Alvarez' }]);
    expect(article.publisher).to.deep.equal({
      name: 'CubaHeadlines',
      url: 'https://www.cubaheadlines.com/',
    });
    expect(article.image).to.deep.equal({
      src: 'https://partner.example.com/stories/assets/cuba-medics-flight.jpg',
      alt: 'Cuban medical collaborators walking down the stairs of a Cubana de Aviación plane after landing',
      caption: 'Flight with Cuban collaborators returning from Venezuela',
      credit: '© X / @FlconEYES',
      width: 1200,
      height: 675,
    });
    expect(article.body).to.be.a('string').and.to.contain('Amidst a wave of triumphant rhetoric');
    expect(article.body).to.contain('two decades.');
    expect(article.faq?.title).to.equal(
      "Key Questions about Cuba's Medical Personnel Withdrawal from Venezuela",
    );
    expect(article.faq?.items.map((item) => item.question)).to.deep.equal([
      'Why is Cuba withdrawing its medical personnel from Venezuela?',
      "What impact does this have on Cuba's economy?",
      'Are these medical missions purely humanitarian?',
    ]);
    expect(article.faq?.items[1].answer).to.contain('significant source of foreign income');
    expect(article.faq?.items.every((item) => item.id === undefined)).to.equal(true);
    expect(article.copyright).to.equal('© CubaHeadlines 2026');
    // 326 words at 230 a minute.
    expect(article.readingTimeMinutes).to.equal(2);
  });
});

describe('normalization', () => {
  it('trims text and leaves out blank optional text', () => {
    const article = parseArticle({
      headline: '  Doctors return  ',
      section: ' ',
      description: '\tA dek\n',
      authors: [{ name: ' Ana ', role: '' }],
      image: { src: 'a.jpg', alt: '   ' },
    });
    expect(article.headline).to.equal('Doctors return');
    expect(article).not.to.have.property('section');
    expect(article.description).to.equal('A dek');
    expect(article.authors).to.deep.equal([{ name: 'Ana' }]);
    expect(article.image?.alt).to.equal('');
  });

  it('ignores unknown fields', () => {
    const article = parseArticle({ headline: 'H', kicker: 'x', authors: [{ name: 'A', x: 1 }] });
    expect(article).not.to.have.property('kicker');
    expect(article.authors[0]).not.to.have.property('x');
  });

  it('gives an empty author list when there are no authors', () => {
    expect(parseArticle({ headline: 'H' }).authors).to.deep.equal([]);
  });

  it('drops unsafe URLs without an error and keeps the rest', () => {
    const article = parseArticle({
      headline: 'H',
      url: 'javascript:alert(1)',
      authors: [{ name: 'Ana', url: 'data:text/html,x', image: 'https://cdn.example/ana.jpg' }],
      publisher: { name: 'P', url: 'vbscript:x', logo: 'javascript:x' },
      image: { src: 'javascript:alert(1)', alt: 'x', caption: 'kept?' },
      section: 'World',
    });
    expect(article).not.to.have.property('url');
    expect(article.authors).to.deep.equal([{ name: 'Ana', image: 'https://cdn.example/ana.jpg' }]);
    expect(article.publisher).to.deep.equal({ name: 'P' });
    expect(article).not.to.have.property('image');
    expect(article.section).to.equal('World');
  });

  it('resolves relative URLs against the given base', () => {
    const article = parseArticle(
      {
        headline: 'H',
        url: 'story.html',
        authors: [{ name: 'A', url: '/people/a', image: '../img/a.jpg' }],
        publisher: { name: 'P', logo: 'logo.svg' },
        image: { src: 'img/photo.jpg', alt: '' },
      },
      { baseUrl: BASE },
    );
    expect(article.url).to.equal('https://partner.example.com/stories/story.html');
    expect(article.authors[0]).to.deep.equal({
      name: 'A',
      url: 'https://partner.example.com/people/a',
      image: 'https://partner.example.com/img/a.jpg',
    });
    expect(article.publisher?.logo).to.equal('https://partner.example.com/stories/logo.svg');
    expect(article.image?.src).to.equal('https://partner.example.com/stories/img/photo.jpg');
  });

  it('resolves relative URLs against the page without a base', () => {
    const article = parseArticle({ headline: 'H', url: 'story.html' });
    expect(article.url).to.equal(new URL('story.html', document.baseURI).href);
  });

  it('computes the reading time from the body: 230 words a minute, rounded up', () => {
    expect(parseArticle({ headline: 'H', body: words(230) }).readingTimeMinutes).to.equal(1);
    expect(parseArticle({ headline: 'H', body: words(231) }).readingTimeMinutes).to.equal(2);
    expect(parseArticle({ headline: 'H', body: words(690) }).readingTimeMinutes).to.equal(3);
  });

  it('keeps a given reading time and computes none without a body', () => {
    const given = parseArticle({ headline: 'H', body: words(2000), readingTimeMinutes: 4 });
    expect(given.readingTimeMinutes).to.equal(4);
    expect(parseArticle({ headline: 'H' })).not.to.have.property('readingTimeMinutes');
    expect(parseArticle({ headline: 'H', body: ' ' })).not.to.have.property('readingTimeMinutes');
  });

  it('carries the body and FAQ answers as sanitized strings', () => {
    const article = parseArticle({
      headline: 'H',
      body: '<p>Hello</p>',
      faq: { items: [{ question: ' Q ', answer: '<p>Answer</p>', id: ' q1 ' }] },
    });
    expect(article.body).to.be.a('string').and.to.contain('Hello');
    expect(article.faq?.items[0].question).to.equal('Q');
    expect(article.faq?.items[0].answer).to.contain('Answer');
    expect(article.faq?.items[0].id).to.equal('q1');
  });

  it('keeps image dimensions, sizes, caption and credit', () => {
    const { image } = parseArticle({
      headline: 'H',
      image: { src: 'https://cdn.example/a.jpg', alt: 'A', width: 800, height: 600, sizes: '50vw' },
    });
    expect(image).to.deep.include({ width: 800, height: 600, sizes: '50vw', alt: 'A' });
  });
});

describe('readingTimeMinutes', () => {
  it('counts words separated by any white space', () => {
    expect(readingTimeMinutes(`${words(230)}\n\t${words(1)}`)).to.equal(2);
    expect(readingTimeMinutes('  one\ntwo\tthree  ')).to.equal(1);
  });

  it('is at least one minute', () => {
    expect(readingTimeMinutes('')).to.equal(1);
  });

  it('rounds up', () => {
    expect(readingTimeMinutes(words(461))).to.equal(3);
    expect(readingTimeMinutes(words(460))).to.equal(2);
  });
});
