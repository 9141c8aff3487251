import { expect } from '@open-wc/testing';
import { NewsprintDataError } from './errors.js';
import {
  parseArticle,
  parseBylineInput,
  parseFaqInput,
  parseImageInput,
  readArticle,
} from './parse.js';
import { fromSchemaOrg, isSchemaOrg } from './schema-org.js';
// The sanitizer, loaded (elements load it when data holds HTML: parts.ts).
import './html-measure.js';
import './sanitize.js';

const CONTEXT = 'https://schema.org';

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

const FAQ_PAGE = {
  '@context': CONTEXT,
  '@type': 'FAQPage',
  name: 'Key questions',
  mainEntity: [
    {
      '@type': 'Question',
      '@id': 'https://example.com/story#why',
      name: 'Why now?',
      acceptedAnswer: { '@type': 'Answer', text: '<p>Because of the crisis.</p>' },
    },
    {
      '@type': 'Question',
      name: 'What next?',
      acceptedAnswer: [{ '@type': 'Answer', text: 'Nobody knows.' }],
    },
  ],
};

describe('isSchemaOrg', () => {
  it('recognizes JSON-LD objects and lists of them', () => {
    expect(isSchemaOrg({ '@context': CONTEXT, '@type': 'NewsArticle' })).to.equal(true);
    expect(isSchemaOrg({ '@graph': [] })).to.equal(true);
    expect(isSchemaOrg([{ '@type': 'Article' }, { '@type': 'FAQPage' }])).to.equal(true);
  });

  it('does not take article JSON or other values for JSON-LD', () => {
    expect(isSchemaOrg({ headline: 'H' })).to.equal(false);
    expect(isSchemaOrg([{ headline: 'H' }])).to.equal(false);
    expect(isSchemaOrg([])).to.equal(false);
    expect(isSchemaOrg(null)).to.equal(false);
    expect(isSchemaOrg('{"@type":"Article"}')).to.equal(false);
  });
});

describe('schema.org JSON-LD', () => {
  it('maps a single NewsArticle', () => {
    const article = parseArticle({
      '@context': CONTEXT,
      '@type': 'NewsArticle',
      headline: ' Doctors return ',
      url: 'https://example.com/story',
      description: 'A quiet withdrawal.',
      inLanguage: 'en',
      datePublished: '2026-01-26T09:30:00-05:00',
      dateModified: '2026-01-27',
      articleSection: ['Cuba', 'World'],
      author: {
        '@type': 'Person',
        name: 'Ernesto Alvarez',
        url: 'https://example.com/authors/ernesto',
        image: { '@type': 'ImageObject', url: 'https://example.com/ernesto.jpg' },
        jobTitle: 'Correspondent',
      },
      publisher: {
        '@type': 'Organization',
        name: 'CubaHeadlines',
        url: 'https://example.com/',
        logo: { '@type': 'ImageObject', url: 'https://example.com/logo.png' },
      },
      copyrightHolder: { '@type': 'Organization', name: 'CubaHeadlines' },
      copyrightYear: 2026,
    });
    expect(article).to.deep.include({
      headline: 'Doctors return',
      url: 'https://example.com/story',
      description: 'A quiet withdrawal.',
      language: 'en',
      datePublished: '2026-01-26T09:30:00-05:00',
      dateModified: '2026-01-27',
      section: 'Cuba',
      copyright: '© 2026 CubaHeadlines',
    });
    expect(article.authors).to.deep.equal([
      {
        name: 'Ernesto Alvarez',
        url: 'https://example.com/authors/ernesto',
        image: 'https://example.com/ernesto.jpg',
        role: 'Correspondent',
      },
    ]);
    expect(article.publisher).to.deep.equal({
      name: 'CubaHeadlines',
      url: 'https://example.com/',
      logo: 'https://example.com/logo.png',
    });
  });

  it('maps a BlogPosting with a plain-text author, name and mainEntityOfPage', () => {
    const article = parseArticle({
      '@context': CONTEXT,
      '@type': 'BlogPosting',
      name: 'Notes from Havana',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://blog.example/notes' },
      author: 'Ana Pérez',
    });
    expect(article.headline).to.equal('Notes from Havana');
    expect(article.url).to.equal('https://blog.example/notes');
    expect(article.authors).to.deep.equal([{ name: 'Ana Pérez' }]);
  });

  it('maps a ReportageNewsArticle with Organization authors and a Language object', () => {
    const article = parseArticle({
      '@context': CONTEXT,
      '@type': 'ReportageNewsArticle',
      headline: 'H',
      inLanguage: { '@type': 'Language', name: 'Spanish', alternateName: 'es' },
      author: [
        { '@type': 'Organization', name: 'Newsroom', url: 'https://example.com/newsroom' },
        { '@type': 'Person', givenName: 'Luis', familyName: 'Gómez' },
      ],
    });
    expect(article.language).to.equal('es');
    expect(article.authors).to.deep.equal([
      { name: 'Newsroom', url: 'https://example.com/newsroom' },
      { name: 'Luis Gómez' },
    ]);
  });

  it('accepts full schema.org type IRIs and @type lists', () => {
    const iri = parseArticle({ '@type': 'https://schema.org/NewsArticle', headline: 'IRI' });
    expect(iri.headline).to.equal('IRI');
    const both = parseArticle({ '@type': ['CreativeWork', 'Article'], headline: 'Both' });
    expect(both.headline).to.equal('Both');
  });

  it('attaches a FAQPage beside the article (a list of Article and FAQPage)', () => {
    const article = parseArticle([
      { '@context': CONTEXT, '@type': 'Article', headline: 'With questions' },
      FAQ_PAGE,
    ]);
    expect(article.headline).to.equal('With questions');
    expect(article.faq?.title).to.equal('Key questions');
    expect(article.faq?.items.map((item) => [item.question, item.id])).to.deep.equal([
      ['Why now?', 'why'],
      ['What next?', undefined],
    ]);
    expect(article.faq?.items[1].answer).to.contain('Nobody knows.');
  });

  it('resolves @id references inside an @graph', () => {
    const article = parseArticle(
      {
        '@context': CONTEXT,
        '@graph': [
          { '@type': 'WebPage', '@id': '#page', url: 'https://example.com/story' },
          {
            '@type': 'NewsArticle',
            '@id': '#article',
            headline: 'Graph story',
            mainEntityOfPage: { '@id': '#page' },
            author: [{ '@id': '#ernesto' }],
            publisher: { '@id': '#org' },
            image: { '@id': '#lead' },
          },
          { '@type': 'Person', '@id': '#ernesto', name: 'Ernesto Alvarez', url: '/ernesto' },
          { '@type': 'Organization', '@id': '#org', name: 'CubaHeadlines' },
          { '@type': 'ImageObject', '@id': '#lead', contentUrl: 'lead.jpg', name: 'A plane' },
          { ...FAQ_PAGE, '@context': undefined },
        ],
      },
      { baseUrl: 'https://example.com/data/' },
    );
    expect(article.url).to.equal('https://example.com/story');
    expect(article.authors).to.deep.equal([
      { name: 'Ernesto Alvarez', url: 'https://example.com/ernesto' },
    ]);
    expect(article.publisher).to.deep.equal({ name: 'CubaHeadlines' });
    expect(article.image).to.deep.equal({
      src: 'https://example.com/data/lead.jpg',
      alt: 'A plane',
    });
    expect(article.faq?.items).to.have.length(2);
  });

  it('maps an image given as a URL', () => {
    const { image } = parseArticle({
      '@type': 'NewsArticle',
      headline: 'H',
      image: 'https://e.x/a.jpg',
    });
    expect(image).to.deep.equal({ src: 'https://e.x/a.jpg', alt: '' });
  });

  it('maps the first of an image list', () => {
    const { image } = parseArticle({
      '@type': 'NewsArticle',
      headline: 'H',
      image: ['https://e.x/16x9.jpg', 'https://e.x/4x3.jpg'],
    });
    expect(image?.src).to.equal('https://e.x/16x9.jpg');
  });

  it('maps an ImageObject with caption, creditText, description, dimensions and licence', () => {
    const { image } = parseArticle({
      '@type': 'NewsArticle',
      headline: 'H',
      image: {
        '@type': 'ImageObject',
        url: 'https://e.x/a.jpg',
        caption: 'Landing at Cayo Coco',
        description: 'Doctors walking down the stairs of a plane',
        creditText: 'X / @FlconEYES',
        copyrightNotice: 'not the credit',
        license: 'https://e.x/licence',
        acquireLicensePage: 'https://e.x/buy',
        width: { '@type': 'QuantitativeValue', value: 1200, unitCode: 'E37' },
        height: '675',
      },
    });
    expect(image).to.deep.equal({
      src: 'https://e.x/a.jpg',
      alt: 'Doctors walking down the stairs of a plane',
      caption: 'Landing at Cayo Coco',
      credit: 'X / @FlconEYES',
      // Kept for structured data, never shown: the credit line is creditText.
      copyrightNotice: 'not the credit',
      license: 'https://e.x/licence',
      acquireLicensePage: 'https://e.x/buy',
      width: 1200,
      height: 675,
    });
  });

  it('takes the credit from copyrightNotice, else from the image author', () => {
    const image = (extra: object) =>
      parseImageInput({
        '@type': 'NewsArticle',
        headline: 'H',
        image: { '@type': 'ImageObject', contentUrl: 'https://e.x/a.jpg', ...extra },
      });
    expect(image({ copyrightNotice: '© AP', author: { name: 'Jo' } }).credit).to.equal('© AP');
    expect(image({ author: { '@type': 'Person', name: 'Jo Foto' } }).credit).to.equal('Jo Foto');
    expect(image({})).not.to.have.property('credit');
  });

  it('splits articleBody into paragraphs on blank lines', () => {
    const mapped = fromSchemaOrg({
      '@type': 'NewsArticle',
      headline: 'H',
      articleBody: 'First paragraph,\nstill first.\n\n  Second. \r\n \r\nThird & last.',
    });
    expect(mapped.body).to.equal(
      '<p>First paragraph, still first.</p>\n<p>Second.</p>\n<p>Third &#38; last.</p>',
    );
  });

  it('splits articleBody on single newlines when it has no blank line', () => {
    const mapped = fromSchemaOrg({ '@type': 'Article', headline: 'H', articleBody: 'One\nTwo\n' });
    expect(mapped.body).to.equal('<p>One</p>\n<p>Two</p>');
  });

  it('keeps markup in articleBody as text', () => {
    const input = {
      '@type': 'NewsArticle',
      headline: 'H',
      articleBody: 'Before <script>alert(1)</script> <img src=x onerror=alert(2)>',
    };
    const mapped = fromSchemaOrg(input);
    expect(mapped.body).not.to.contain('<script').and.not.to.contain('<img');
    expect(mapped.body).to.contain('&#60;script&#62;alert(1)&#60;/script&#62;');
    const body = parseArticle(input).body ?? '';
    const doc = new DOMParser().parseFromString(body, 'text/html');
    expect(doc.querySelector('script, img')).to.equal(null);
    expect(doc.body.textContent).to.contain('alert(1)');
  });

  it('takes copyrightNotice as the copyright', () => {
    const article = parseArticle({
      '@type': 'NewsArticle',
      headline: 'H',
      copyrightNotice: '© CubaHeadlines 2026',
      copyrightYear: 1999,
    });
    expect(article.copyright).to.equal('© CubaHeadlines 2026');
  });

  it('reads a FAQPage alone through parseFaqInput', () => {
    const faq = parseFaqInput(FAQ_PAGE);
    expect(faq.title).to.equal('Key questions');
    expect(faq.items.map((item) => item.question)).to.deep.equal(['Why now?', 'What next?']);
    expect(faq.items[0].answer).to.contain('Because of the crisis.');
    expect(faq.items[0].id).to.equal('why');
  });

  it('reads the image and byline parts from an article in JSON-LD', () => {
    const input = {
      '@context': CONTEXT,
      '@type': 'NewsArticle',
      headline: 'H',
      image: { '@type': 'ImageObject', url: 'https://e.x/a.jpg', name: 'A plane' },
      author: { '@type': 'Person', name: 'Ana' },
      datePublished: '2026-01-26',
      articleBody: Array.from({ length: 300 }, () => 'word').join(' '),
    };
    expect(parseImageInput(input)).to.deep.equal({ src: 'https://e.x/a.jpg', alt: 'A plane' });
    expect(parseBylineInput(input)).to.deep.equal({
      authors: [{ name: 'Ana' }],
      datePublished: '2026-01-26',
      readingTimeMinutes: 2,
    });
  });

  it('drops unsafe URLs from JSON-LD like from article JSON', () => {
    const article = parseArticle({
      '@type': 'NewsArticle',
      headline: 'H',
      url: 'javascript:alert(1)',
      author: { '@type': 'Person', name: 'Ana', url: 'javascript:alert(2)' },
    });
    expect(article).not.to.have.property('url');
    expect(article.authors).to.deep.equal([{ name: 'Ana' }]);
  });

  it('treats JSON-LD null as absent', () => {
    const article = parseArticle({
      '@type': 'NewsArticle',
      headline: 'H',
      description: null,
      author: [null, 'Ana'],
    });
    expect(article).not.to.have.property('description');
    expect(article.authors).to.deep.equal([{ name: 'Ana' }]);
  });
});

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
