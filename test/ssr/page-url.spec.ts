/**
 * `pageUrl` must be absolute: relative URLs in the data resolve against it. A relative or
 * missing one is the caller's mistake, named in the error (it used to be Node's bare
 * "TypeError: Invalid URL").
 */
import { describe, expect, it } from 'vitest';
import { seed, ssr } from './helpers.js';

const render = (pageUrl: unknown) =>
  ssr.renderElementToString('newsprint-card', {
    article: seed,
    pageUrl: pageUrl as string,
  });

describe('pageUrl', () => {
  it('accepts an absolute URL, as a string or a URL, and resolves the data against it', () => {
    const html = render('https://blog.example/stories/cuba');
    expect(html).toContain('https://blog.example/stories/');
    expect(render(new URL('https://blog.example/stories/cuba'))).toBe(html);
  });

  for (const relative of ['/stories/cuba', 'stories/cuba', '//blog.example/stories/cuba', '']) {
    it(`refuses the relative ${JSON.stringify(relative)}, naming pageUrl and saying it must be absolute`, () => {
      expect(() => render(relative)).toThrow(TypeError);
      expect(() => render(relative)).toThrow(/^pageUrl must be an absolute URL/);
      expect(() => render(relative)).toThrow(`not "${relative}"`);
    });
  }

  it('says what it got instead of a string or URL, and keeps a long value short', () => {
    expect(() => render(undefined)).toThrow(/^pageUrl must be an absolute URL.*not undefined/);
    expect(() => render(null)).toThrow(/not null/);
    expect(() => render(42)).toThrow(/not number/);
    let message = '';
    try {
      render(`/${'a'.repeat(10_000)}`);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^pageUrl must be an absolute URL/);
    expect(message.length).toBeLessThan(400);
  });
});
