import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { NewsprintDataError } from './errors.js';
// Both parts of the data model, loaded (elements load them when data needs them: parts.ts).
import './html-measure.js';
import './sanitize.js';
import './schema-org.js';
import {
  parseArticle,
  parseBylineInput,
  parseFaqInput,
  parseImageInput,
  readingTimeMinutes,
  wholeArticleLanguage,
} from './parse.js';

/** The error `run` throws (fails the test when it throws none). */
function errorOf(run: () => unknown): NewsprintDataError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(NewsprintDataError);
    return error as NewsprintDataError;
  }
  expect.fail('expected a NewsprintDataError');
  throw new Error('unreachable');
}

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

const BASE = 'https://partner.example.com/stories/feed.json';

// Each document goes through parseArticle and the JSON Schema: both must accept it.
const VALID: Array<[string, unknown]> = [
  ['only a headline', { headline: 'Doctors return' }],
  ['a headline with spaces around it', { headline: '  Doctors return \n' }],
  ['a relative url', { headline: 'H', url: 'story.html' }],
  ['an unsafe url (dropped, not an error)', { headline: 'H', url: 'javascript:alert(1)' }],
  ['an empty url', { headline: 'H', url: '' }],
  ['blank optional text', { headline: 'H', section: '', description: '   ', copyright: '' }],
  ['language "en"', { headline: 'H', language: 'en' }],
  ['language "pt-BR"', { headline: 'H', language: 'pt-BR' }],
  ['language "zh-Hant-TW"', { headline: 'H', language: 'zh-Hant-TW' }],
  ['a blank language', { headline: 'H', language: ' ' }],
  ['a date', { headline: 'H', datePublished: '2026-01-26' }],
  ['a UTC date-time', { headline: 'H', datePublished: '2026-01-26T09:30:00Z' }],
  ['a date-time with an offset', { headline: 'H', dateModified: '2026-01-26T09:30:00+01:00' }],
  ['an offset without colon', { headline: 'H', dateModified: '2026-01-26T09:30:00-0530' }],
  ['fractional seconds', { headline: 'H', datePublished: '2026-01-26T09:30:00.123Z' }],
  ['a local date-time without seconds', { headline: 'H', datePublished: '2026-01-26T09:30' }],
  ['a leap day', { headline: 'H', datePublished: '2024-02-29' }],
  ['a leap day of a 400th year', { headline: 'H', datePublished: '2000-02-29' }],
  ['a date with spaces around it', { headline: 'H', datePublished: ' 2026-01-26 ' }],
  ['no authors', { headline: 'H', authors: [] }],
  [
    'an author with every field',
    { headline: 'H', authors: [{ name: 'Ana', url: '/ana', image: 'ana.jpg', role: 'Editor' }] },
  ],
  ['an author with an unsafe url', { headline: 'H', authors: [{ name: 'Ana', url: 'data:,x' }] }],
  ['several authors', { headline: 'H', authors: [{ name: 'Ana' }, { name: 'Luis' }] }],
  ['a publisher with only a name', { headline: 'H', publisher: { name: 'CubaHeadlines' } }],
  [
    'a publisher with an unsafe logo',
    { headline: 'H', publisher: { name: 'P', url: 'https://p.example/', logo: 'vbscript:x' } },
  ],
  ['a decorative image', { headline: 'H', image: { src: 'a.jpg', alt: '' } }],
  [
    'an image with every field',
    {
      headline: 'H',
      image: {
        src: 'https://cdn.example/a.jpg',
        alt: 'A plane',
        caption: 'Landing',
        credit: 'AP',
        width: 1200,
        height: 675,
        srcset: 'a-800.jpg 800w, a-1600.jpg 1600w',
        sizes: '100vw',
      },
    },
  ],
  [
    'null in every optional field (a feed that serializes absent fields)',
    {
      headline: 'H',
      url: null,
      section: null,
      description: null,
      language: null,
      datePublished: null,
      dateModified: null,
      publisher: null,
      body: null,
      faq: null,
      copyright: null,
      readingTimeMinutes: null,
      authors: [{ name: 'A', url: null, image: null, role: null }],
      image: {
        src: 'a.jpg',
        alt: '',
        caption: null,
        credit: null,
        width: null,
        height: null,
        srcset: null,
        sizes: null,
      },
    },
  ],
  ['null authors and image', { headline: 'H', authors: null, image: null }],
  [
    'an FAQ with a null title and id',
    { headline: 'H', faq: { title: null, items: [{ question: 'Q', answer: 'A', id: null }] } },
  ],
  ['an image with an unsafe src', { headline: 'H', image: { src: 'javascript:x', alt: 'x' } }],
  ['a body with a script', { headline: 'H', body: '<p>Hi</p><script>alert(1)</script>' }],
  ['an FAQ with one item', { headline: 'H', faq: { items: [{ question: 'Q?', answer: 'A.' }] } }],
  [
    'an FAQ with a title and ids',
    {
      headline: 'H',
      faq: { title: 'Questions', items: [{ question: 'Q', answer: 'A', id: 'q1' }] },
    },
  ],
  ['a fractional reading time', { headline: 'H', readingTimeMinutes: 4.5 }],
  ['unknown fields', { headline: 'H', kicker: 3, authors: [{ name: 'A', twitter: 5 }] }],
  ['a copyright', { headline: 'H', copyright: '© CubaHeadlines 2026' }],
];

// Each document must be refused by both, and the parser must name `path`.
const INVALID: Array<[string, unknown, string | undefined]> = [
  ['null', null, undefined],
  ['text', '{"headline": "H"}', undefined],
  ['a number', 42, undefined],
  ['a list of articles (not JSON-LD)', [{ headline: 'H' }], undefined],
  ['no headline', {}, 'headline'],
  ['a number headline', { headline: 42 }, 'headline'],
  ['a null headline', { headline: null }, 'headline'],
  ['an empty headline', { headline: '' }, 'headline'],
  ['a blank headline', { headline: ' \n\t' }, 'headline'],
  ['a number url', { headline: 'H', url: 42 }, 'url'],
  ['a list section', { headline: 'H', section: ['Cuba'] }, 'section'],
  ['an object description', { headline: 'H', description: {} }, 'description'],
  ['language "en_US"', { headline: 'H', language: 'en_US' }, 'language'],
  ['language "english"', { headline: 'H', language: 'english' }, 'language'],
  ['a number language', { headline: 'H', language: 5 }, 'language'],
  ['a day-first date', { headline: 'H', datePublished: '26/01/2026' }, 'datePublished'],
  ['February 30', { headline: 'H', datePublished: '2026-02-30' }, 'datePublished'],
  ['February 29 of a common year', { headline: 'H', dateModified: '2025-02-29' }, 'dateModified'],
  ['February 29 of 1900', { headline: 'H', dateModified: '1900-02-29' }, 'dateModified'],
  ['a space for the T', { headline: 'H', datePublished: '2026-01-26 09:30' }, 'datePublished'],
  ['hour 24', { headline: 'H', datePublished: '2026-01-26T24:00Z' }, 'datePublished'],
  ['a number date', { headline: 'H', datePublished: 20260126 }, 'datePublished'],
  ['authors as text', { headline: 'H', authors: 'Ernesto' }, 'authors'],
  ['an author as text', { headline: 'H', authors: ['Ernesto'] }, 'authors[0]'],
  ['a null author', { headline: 'H', authors: [null] }, 'authors[0]'],
  ['an author without name', { headline: 'H', authors: [{ role: 'x' }] }, 'authors[0].name'],
  ['a number author name', { headline: 'H', authors: [{ name: 42 }] }, 'authors[0].name'],
  [
    'an empty second author name',
    { headline: 'H', authors: [{ name: 'A' }, { name: ' ' }] },
    'authors[1].name',
  ],
  ['a number author url', { headline: 'H', authors: [{ name: 'A', url: 5 }] }, 'authors[0].url'],
  ['a publisher as text', { headline: 'H', publisher: 'CubaHeadlines' }, 'publisher'],
  ['a publisher without name', { headline: 'H', publisher: {} }, 'publisher.name'],
  ['an image as text', { headline: 'H', image: 'a.jpg' }, 'image'],
  ['an image without src', { headline: 'H', image: { alt: '' } }, 'image.src'],
  ['an image with an empty src', { headline: 'H', image: { src: ' ', alt: '' } }, 'image.src'],
  ['an image without alt', { headline: 'H', image: { src: 'a.jpg' } }, 'image.alt'],
  ['a null alt', { headline: 'H', image: { src: 'a.jpg', alt: null } }, 'image.alt'],
  ['a null image src', { headline: 'H', image: { src: null, alt: '' } }, 'image.src'],
  ['a null author name', { headline: 'H', authors: [{ name: null }] }, 'authors[0].name'],
  ['a null FAQ item', { headline: 'H', faq: { items: [null] } }, 'faq.items[0]'],
  [
    'a null FAQ answer',
    { headline: 'H', faq: { items: [{ question: 'Q', answer: null }] } },
    'faq.items[0].answer',
  ],
  [
    'a text width',
    { headline: 'H', image: { src: 'a.jpg', alt: '', width: '1200' } },
    'image.width',
  ],
  ['a zero width', { headline: 'H', image: { src: 'a.jpg', alt: '', width: 0 } }, 'image.width'],
  [
    'a fractional height',
    { headline: 'H', image: { src: 'a.jpg', alt: '', height: 1.5 } },
    'image.height',
  ],
  [
    'a bad width beside an unsafe src',
    { headline: 'H', image: { src: 'javascript:x', alt: '', width: -1 } },
    'image.width',
  ],
  ['a list body', { headline: 'H', body: ['<p>Hi</p>'] }, 'body'],
  ['an FAQ as a list', { headline: 'H', faq: [] }, 'faq'],
  ['an FAQ without items', { headline: 'H', faq: { title: 'T' } }, 'faq.items'],
  ['an FAQ with no items', { headline: 'H', faq: { items: [] } }, 'faq.items'],
  [
    'an FAQ item without answer',
    { headline: 'H', faq: { items: [{ question: 'Q' }] } },
    'faq.items[0].answer',
  ],
  [
    'a number answer in the third item',
    {
      headline: 'H',
      faq: {
        items: [
          { question: 'Q1', answer: 'A1' },
          { question: 'Q2', answer: 'A2' },
          { question: 'Q3', answer: 42 },
        ],
      },
    },
    'faq.items[2].answer',
  ],
  [
    'an FAQ id with a space',
    { headline: 'H', faq: { items: [{ question: 'Q', answer: 'A', id: 'why now' }] } },
    'faq.items[0].id',
  ],
  ['a zero reading time', { headline: 'H', readingTimeMinutes: 0 }, 'readingTimeMinutes'],
  ['a negative reading time', { headline: 'H', readingTimeMinutes: -3 }, 'readingTimeMinutes'],
  ['a text reading time', { headline: 'H', readingTimeMinutes: '5' }, 'readingTimeMinutes'],
  ['a number copyright', { headline: 'H', copyright: 2026 }, 'copyright'],
];

describe('parseArticle and schema/article.schema.json', () => {
  let validator: Validator;

  before(async () => {
    const schema = await (await fetch('/schema/article.schema.json')).json();
    expect(schema.$id).to.equal('https://unpkg.com/newsprint@1/schema/article.schema.json');
    validator = new Validator(schema, '2020-12', false);
  });

  it('has tables of at least 30 valid and 30 invalid documents', () => {
    expect(VALID.length).to.be.at.least(30);
    expect(INVALID.length).to.be.at.least(30);
  });

  for (const [name, doc] of VALID) {
    it(`both accept ${name}`, () => {
      expect(() => parseArticle(doc)).not.to.throw();
      const result = validator.validate(doc);
      expect(result.valid, JSON.stringify(result.errors)).to.equal(true);
    });
  }

  for (const [name, doc, path] of INVALID) {
    it(`both refuse ${name}${path ? ` at ${path}` : ''}`, () => {
      expect(errorOf(() => parseArticle(doc)).path).to.equal(path);
      expect(validator.validate(doc).valid).to.equal(false);
    });
  }
});

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
