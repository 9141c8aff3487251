// parseArticle and schema/article.schema.json judge the same documents alike (parse.ts says so).
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { errorOf } from '../../test/data-errors.js';
// Both parts of the data model, loaded (elements load them when data needs them: parts.ts).
import './html-measure.js';
import './sanitize.js';
import './schema-org.js';
import { parseArticle } from './parse.js';

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
