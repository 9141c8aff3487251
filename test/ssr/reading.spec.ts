/**
 * The server reads each element's data with the element's own reading function (issue #12): it
 * refuses what the browser element would show as an error, and nothing the element ignores.
 */
import { describe, expect, it } from 'vitest';
import { parse, seed, shadow, ssr, text } from './helpers.js';

const PAGE = 'https://blog.example/stories/cuba';

describe('one reading of the data, browser and server', () => {
  it('a card renders data whose body and FAQ it does not show are invalid, as in the browser', () => {
    const article = { ...seed, body: 42, faq: 'no' };
    const out = ssr.renderElementToString('newsprint-card', { article, pageUrl: PAGE });
    const card = parse(out).querySelector('newsprint-card')!;
    expect(text(shadow(card).querySelector('a'))).toBe(seed.headline);
  });

  it('the article, which shows them, still refuses them', () => {
    expect(() =>
      ssr.renderElementToString('newsprint-article', {
        article: { ...seed, body: 42 },
        pageUrl: PAGE,
      }),
    ).toThrow(expect.objectContaining({ name: 'NewsprintDataError', path: 'body' }));
  });

  it('a card still refuses a field it shows', () => {
    expect(() =>
      ssr.renderElementToString('newsprint-card', {
        article: { ...seed, headline: 7 },
        pageUrl: PAGE,
      }),
    ).toThrow(expect.objectContaining({ name: 'NewsprintDataError', path: 'headline' }));
  });

  it('a figure whose src is unsafe renders "Image unavailable" with its caption, no error', () => {
    const article = { src: 'javascript:alert(1)', alt: 'A plane', caption: 'Landing' };
    const out = ssr.renderElementToString('newsprint-figure', { article, pageUrl: PAGE });
    const root = shadow(parse(out).querySelector('newsprint-figure')!);
    expect(root.querySelector('img')).toBe(null);
    expect(text(root.querySelector('[part="placeholder"]'))).toBe('Image unavailable');
    expect(text(root.querySelector('.caption-text'))).toBe('Landing');
    // The only copy of the address is the inline data, as JSON text, for hydration.
    expect(out.split('javascript:').length - 1).toBe(1);
    expect(out).toMatch(/<script type="application\/json">[^<]*javascript:/);
  });

  it('a figure given a whole article speaks its language', () => {
    const out = ssr.renderElementToString('newsprint-figure', {
      article: { ...seed, language: 'es' },
      pageUrl: PAGE,
    });
    expect(parse(out).querySelector('newsprint-figure')!.getAttribute('lang')).toBe('es');
  });
});
