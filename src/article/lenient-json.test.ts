import { expect } from '@open-wc/testing';
import { parseLenientJson } from './lenient-json.js';

describe('parseLenientJson (JSON-LD block text)', () => {
  it('reads strict JSON as JSON.parse does', () => {
    expect(parseLenientJson('{"a":[1,"x // not a comment, /* nor this */"]}')).to.deep.equal({
      a: [1, 'x // not a comment, /* nor this */'],
    });
  });

  it('unwraps CDATA and HTML comment wrappers', () => {
    expect(parseLenientJson('\n  <![CDATA[\n {"@type":"NewsArticle"}\n ]]>\n')).to.deep.equal({
      '@type': 'NewsArticle',
    });
    expect(parseLenientJson('//<![CDATA[\n{"a":1}\n//]]>')).to.deep.equal({ a: 1 });
    expect(parseLenientJson('<!-- {"a":1} -->')).to.deep.equal({ a: 1 });
  });

  it('drops comments and trailing commas outside strings', () => {
    const text = `{
      // the article
      "@type": "NewsArticle", /* a block comment */
      "keywords": ["a", "b",],
      "headline": "Trailing, commas,]",
    }`;
    expect(parseLenientJson(text)).to.deep.equal({
      '@type': 'NewsArticle',
      keywords: ['a', 'b'],
      headline: 'Trailing, commas,]',
    });
  });

  it('escapes raw control characters inside strings', () => {
    expect(parseLenientJson('{"headline":"Line one\nline\ttwo","q":"a \\" quote"}')).to.deep.equal({
      headline: 'Line one\nline\ttwo',
      q: 'a " quote',
    });
  });

  it('still fails on what is not JSON, with the message about the text as written', () => {
    for (const text of ["{headline: 'H'}", '{"a":', '<p>not json</p>', '']) {
      expect(() => parseLenientJson(text), text).to.throw(SyntaxError);
    }
  });
});
