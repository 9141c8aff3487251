// The kinds of schema.org JSON-LD real news pages publish (issue #12), each as a small document
// written here; the element-level cases (several inline blocks, malformed ones) are in
// test/embedding/json-ld-blocks.test.ts.
import { expect } from '@open-wc/testing';
import { NewsprintDataError } from './errors.js';
import { parseArticle, parseBylineInput, parseImageInput, readArticle } from './parse.js';
import { errorOf } from '../../test/data-errors.js';
import { CONTEXT } from '../../test/json-ld-fixtures.js';
// Both parts of the data model, loaded (elements load them when data needs them: parts.ts).
import './html-measure.js';
import './sanitize.js';
import './schema-org.js';

const PAGE = 'https://news.example/story';

describe('JSON-LD: several blocks of one page', () => {
  const blocks = {
    '@graph': [
      { '@context': CONTEXT, '@type': 'Organization', '@id': '#org', name: 'Daily Example' },
      { '@context': CONTEXT, '@type': 'WebSite', name: 'Daily Example', url: PAGE },
      {
        '@context': CONTEXT,
        '@type': 'BreadcrumbList',
        itemListElement: [{ '@type': 'ListItem', position: 1, name: 'World' }],
      },
      [
        { '@type': 'Person', '@id': '#ana', name: 'Ana Ruiz', url: 'https://news.example/ana' },
        {
          '@type': 'NewsArticle',
          headline: 'The article is in the last block',
          author: { '@id': '#ana' },
          publisher: { '@id': '#org' },
        },
      ],
    ],
  };

  it('takes the article wherever it is and resolves @id across blocks', () => {
    const article = parseArticle(blocks, { baseUrl: PAGE });
    expect(article.headline).to.equal('The article is in the last block');
    expect(article.authors).to.deep.equal([{ name: 'Ana Ruiz', url: 'https://news.example/ana' }]);
    expect(article.publisher?.name).to.equal('Daily Example');
  });

  it('finds an article nested in WebPage.mainEntity, top-level articles first', () => {
    const nested = {
      '@context': CONTEXT,
      '@type': 'WebPage',
      name: 'Page title',
      mainEntity: { '@type': 'NewsArticle', headline: 'Nested story' },
    };
    expect(parseArticle(nested).headline).to.equal('Nested story');
    const both = [nested, { '@context': CONTEXT, '@type': 'Article', headline: 'Top-level story' }];
    expect(parseArticle(both).headline).to.equal('Top-level story');
  });
});

describe('JSON-LD: article types', () => {
  for (const type of [
    'OpinionNewsArticle',
    'AnalysisNewsArticle',
    'LiveBlogPosting',
    'DiscussionForumPosting',
    'SocialMediaPosting',
    'TechArticle',
    'ScholarlyArticle',
    'Report',
    ['NewsArticle', 'Article'],
    'https://schema.org/NewsArticle',
    'http://schema.org/BlogPosting',
    'schema.org/Article',
    'schema:ReportageNewsArticle',
  ]) {
    it(`reads ${JSON.stringify(type)}`, () => {
      expect(parseArticle({ '@context': CONTEXT, '@type': type, headline: 'H' }).headline).to.equal(
        'H',
      );
    });
  }

  it('reads the alias "type" for "@type"', () => {
    expect(
      parseArticle({ '@context': CONTEXT, type: 'NewsArticle', headline: 'H' }).headline,
    ).to.equal('H');
  });

  it('does not take a Review or a WebPage for an article', () => {
    const error = errorOf(() =>
      parseArticle([
        { '@context': CONTEXT, '@type': 'Review', name: 'A review' },
        { '@context': CONTEXT, '@type': 'WebPage', name: 'A page' },
      ]),
    );
    expect(error.message).to.contain('it has Review, WebPage');
  });

  it('keeps the message short however many types the page has', () => {
    const graph = Array.from({ length: 40 }, (_, index) => ({ '@type': `Thing${index}` }));
    const error = errorOf(() => parseArticle({ '@context': CONTEXT, '@graph': graph }));
    expect(error.message).to.contain('and 34 more');
    expect(error.message.length).to.be.below(300);
  });
});

describe('JSON-LD: HTML entities in text', () => {
  it('decodes them in every text field, as text', () => {
    const article = parseArticle({
      '@context': CONTEXT,
      '@type': 'NewsArticle',
      headline: 'Don&#8217;t &amp; won&amp;#8217;t',
      description: 'F&#x00FC;r &raquo;alle&laquo; &lt;b&gt;',
      articleSection: 'Markets &amp; Finance',
      author: { '@type': 'Person', name: 'Jos&eacute; Pe&ntilde;a' },
      publisher: { '@type': 'Organization', name: 'L&#8217;Example' },
      image: {
        '@type': 'ImageObject',
        url: 'https://news.example/a.jpg?w=1&amp;h=2',
        caption: 'Caf&eacute;',
        creditText: '&copy; Photo Agency',
      },
      articleBody: 'It&#8217;s one paragraph &lt;script&gt;',
    });
    expect(article.headline).to.equal('Don’t & won’t');
    expect(article.description).to.equal('Für »alle« <b>');
    expect(article.section).to.equal('Markets & Finance');
    expect(article.authors[0].name).to.equal('José Peña');
    expect(article.publisher?.name).to.equal('L’Example');
    expect(article.image?.caption).to.equal('Café');
    expect(article.image?.credit).to.equal('© Photo Agency');
    expect(article.image?.src).to.equal('https://news.example/a.jpg?w=1&h=2');
    // articleBody is text: decoded, then escaped again, so it never becomes markup.
    expect(article.body).to.equal('<p>It’s one paragraph &lt;script&gt;</p>');
  });
});

describe('JSON-LD: dates', () => {
  const published = (datePublished: unknown) =>
    readArticle({ '@context': CONTEXT, '@type': 'NewsArticle', headline: 'H', datePublished });

  for (const [written, iso] of [
    ['2022-05-05T22:12:00 UTC', '2022-05-05T22:12:00Z'],
    ['2021-12-06 14:36', '2021-12-06T14:36'],
    ['2023/02/21 21:20', '2023-02-21T21:20'],
    ['20180619T055000+0900', '2018-06-19T05:50:00+09:00'],
    ['Mon, 18 Nov 2019 16:07:38 -0600', '2019-11-18T16:07:38-06:00'],
  ]) {
    it(`reads ${JSON.stringify(written)}`, () => {
      expect(published(written).article.datePublished).to.equal(iso);
    });
  }

  it('leaves out a date it cannot read, never an error', () => {
    for (const value of ['03/04/2021', 'yesterday', 1676551869, '2023-02-30', { a: 1 }]) {
      const { article, omitted } = published(value);
      expect(article, String(value)).not.to.have.property('datePublished');
      expect(omitted.map((each) => each.path)).to.deep.equal(['datePublished']);
    }
  });
});

describe('JSON-LD: parts without what they need', () => {
  it('leaves out a publisher or an author without a name, keeping the article', () => {
    const { article, omitted } = readArticle({
      '@context': CONTEXT,
      '@type': 'NewsArticle',
      headline: 'H',
      publisher: { '@type': 'Organization', logo: 'https://news.example/logo.png' },
      author: [
        { '@type': 'Person', url: 'https://news.example/x' },
        { '@type': 'Person', name: 'Bo' },
      ],
    });
    expect(article).not.to.have.property('publisher');
    expect(article.authors).to.deep.equal([{ name: 'Bo' }]);
    expect(omitted.map((each) => each.path)).to.deep.equal(['authors[0]', 'publisher']);
  });

  it('uses contentUrl or thumbnailUrl of an image, or the first image that has an address', () => {
    const image = (value: unknown, extra = {}) =>
      parseArticle({
        '@context': CONTEXT,
        '@type': 'NewsArticle',
        headline: 'H',
        image: value,
        ...extra,
      }).image?.src;
    expect(image({ '@type': 'ImageObject', contentUrl: 'https://i.example/c.jpg' })).to.equal(
      'https://i.example/c.jpg',
    );
    expect(image({ '@type': 'ImageObject', thumbnailUrl: 'https://i.example/t.jpg' })).to.equal(
      'https://i.example/t.jpg',
    );
    expect(image([{ '@type': 'ImageObject' }, 'https://i.example/2.jpg'])).to.equal(
      'https://i.example/2.jpg',
    );
    expect(image({ '@list': ['https://i.example/l.jpg'] })).to.equal('https://i.example/l.jpg');
    expect(image(undefined, { thumbnailUrl: 'https://i.example/a.jpg' })).to.equal(
      'https://i.example/a.jpg',
    );
  });

  it('leaves out an image without any address', () => {
    const { article, omitted } = readArticle({
      '@context': CONTEXT,
      '@type': 'NewsArticle',
      headline: 'H',
      image: { '@type': 'ImageObject', caption: 'No picture' },
    });
    expect(article).not.to.have.property('image');
    expect(omitted.map((each) => each.path)).to.deep.equal(['image']);
  });

  it('does not take mainEntityOfPage "True" for the story URL', () => {
    const article = parseArticle(
      { '@context': CONTEXT, '@type': 'NewsArticle', headline: 'H', mainEntityOfPage: 'True' },
      { baseUrl: PAGE },
    );
    expect(article).not.to.have.property('url');
  });
});

describe('JSON-LD: authors', () => {
  it('reads strings, Organizations, mixed lists, references and "By " names', () => {
    const byline = parseBylineInput({
      '@context': CONTEXT,
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'H',
          author: [
            'By Ana Ruiz',
            { '@type': 'Organization', name: 'Example Wire' },
            { '@id': 'https://news.example/#bo' },
            { '@type': 'Person', name: 'by  Cy Lee' },
            { '@id': 'https://elsewhere.example/#unknown' },
          ],
        },
        { '@type': 'Person', '@id': 'https://news.example/#bo', name: 'Bo Chen' },
      ],
    });
    expect(byline.authors.map((author) => author.name)).to.deep.equal([
      'Ana Ruiz',
      'Example Wire',
      'Bo Chen',
      'Cy Lee',
    ]);
  });

  it('keeps a name that only starts with the letters "by"', () => {
    expect(
      parseArticle({
        '@context': CONTEXT,
        '@type': 'NewsArticle',
        headline: 'H',
        author: 'Byron Katz',
      }).authors[0].name,
    ).to.equal('Byron Katz');
  });
});

describe('JSON-LD: headline', () => {
  it('uses the name when there is no headline', () => {
    expect(
      parseArticle({ '@context': CONTEXT, '@type': 'Article', name: 'The name' }).headline,
    ).to.equal('The name');
  });

  it('is a clear error when there is neither', () => {
    const error = errorOf(() =>
      parseArticle({ '@context': CONTEXT, '@type': 'Article', datePublished: '2023-02-16' }),
    );
    expect(error.path).to.equal('headline');
    expect(error.message).to.contain('no headline').and.to.contain('"name"');
  });
});

describe('JSON-LD leniency stays in JSON-LD', () => {
  it('a standalone image object is still read strictly', () => {
    expect(() =>
      parseImageInput({ src: 'https://i.example/a.jpg', alt: 'A', width: '10px' }),
    ).to.throw(NewsprintDataError);
  });
});
