import { expect } from '@open-wc/testing';
import { parseArticle, parseBylineInput, parseFaqInput, parseImageInput } from './parse.js';
import { fromSchemaOrg, isSchemaOrg } from './schema-org.js';
import { CONTEXT, FAQ_PAGE } from '../../test/json-ld-fixtures.js';
// The sanitizer, loaded (elements load it when data holds HTML: parts.ts).
import './html-measure.js';
import './sanitize.js';

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
