// The builder's pure helpers: reading the field, JSON mistakes in plain words, the snippet text.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  explainJsonError,
  fallbackLinkOf,
  indentedJsonForScript,
  makeSnippet,
  readSource,
  relativeAddresses,
  showsWholeStory,
  tagOf,
  type Source,
} from './snippet.js';
import { NEWSPRINT_ELEMENTS } from '../src/frameworks/elements.js';

const bundle = {
  version: '1.2.3',
  scriptUrl: 'https://cdn.example/newsprint@1.2.3/dist/newsprint.js',
  integrity: 'sha384-abc',
};
const options = { element: 'card', layout: 'horizontal', theme: 'dark', lang: 'es' } as const;

describe('readSource', () => {
  it('tells JSON, a web address, HTML, nothing and junk apart', () => {
    expect(readSource('  ')).toEqual({ kind: 'empty' });
    expect(readSource(' {"headline":"A"} ')).toEqual({ kind: 'json', json: { headline: 'A' } });
    expect(readSource('https://news.example/a.json?x=1&y=2')).toEqual({
      kind: 'url',
      url: 'https://news.example/a.json?x=1&y=2',
    });
    expect(readSource('<script type="application/json">{}</script>')).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/looks like HTML/),
    });
    expect(readSource('javascript:alert(1)')).toMatchObject({ kind: 'invalid' });
    expect(readSource('stories/a.json')).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/neither a web address nor JSON/),
    });
  });
});

describe('explainJsonError', () => {
  const cases: [string, number, number, RegExp][] = [
    ['{\n  "headline": "A"\n  "section": "B"\n}', 3, 3, /comma \(,\) or the closing \} is missing/],
    ['{\n  "headline": "A",\n}', 3, 1, /comma before the closing \}/],
    ["{'headline': 'A'}", 1, 2, /double quotes/],
    [
      '{"headline" "A"}',
      1,
      13,
      /colon \(:\) must follow a field name, but there is a double quote/,
    ],
    ['{"headline": "A"', 1, 17, /ends too early/],
    ['{"headline": "A"} x', 1, 19, /more text after the end/],
    ['{"headline": "A\\q"}', 1, 16, /backslash/],
    ['[1, 2,]', 1, 7, /comma before the closing \]/],
    ['{"a": tru}', 1, 7, /a value .* was expected/],
  ];
  it('counts lines and columns in the text as pasted, spaces before it included', () => {
    expect(explainJsonError('\n\n  {"a": }')).toMatchObject({ line: 3, column: 9, offset: 10 });
  });

  for (const [text, line, column, problem] of cases) {
    it(`finds line ${line}, column ${column} in ${JSON.stringify(text)}`, () => {
      expect(() => JSON.parse(text)).toThrow();
      const explained = explainJsonError(text);
      expect([explained.line, explained.column]).toEqual([line, column]);
      expect(explained.message).toMatch(problem);
      expect(explained.message).toMatch(`line ${line}, column ${column}`);
    });
  }
});

describe('makeSnippet', () => {
  it('pins the script with its hash and writes the chosen attributes', () => {
    const snippet = makeSnippet(bundle, options, {
      kind: 'url',
      url: 'https://news.example/a.json?x=1&y="2"',
    });
    expect(snippet).toBe(
      '<script src="https://cdn.example/newsprint@1.2.3/dist/newsprint.js" integrity="sha384-abc" crossorigin="anonymous" async></script>\n' +
        '<newsprint-card src="https://news.example/a.json?x=1&amp;y=&quot;2&quot;" layout="horizontal" theme="dark" lang="es"></newsprint-card>\n',
    );
  });

  it('leaves out the layout for other elements and the language when the story sets it', () => {
    const snippet = makeSnippet(
      bundle,
      { ...options, element: 'faq', lang: '' },
      { kind: 'url', url: 'https://news.example/a.json' },
    );
    expect(snippet).toContain('<newsprint-faq src="https://news.example/a.json" theme="dark">');
  });

  it('writes no theme by default, so the element follows the blog page; a chosen one is kept', () => {
    const url: Source = { kind: 'url', url: 'https://news.example/a.json' };
    expect(makeSnippet(bundle, { ...options, theme: '' }, url)).toContain(
      '<newsprint-card src="https://news.example/a.json" layout="horizontal" lang="es">',
    );
    for (const theme of ['light', 'dark', 'auto'] as const) {
      expect(makeSnippet(bundle, { ...options, theme }, url)).toContain(` theme="${theme}" `);
    }
  });

  it('keeps inline JSON inside its script, whatever the strings hold', () => {
    const json = { headline: '</script><script>alert(1)</script><!--', body: 'a\u2028b' };
    const snippet = makeSnippet(bundle, options, { kind: 'json', json });
    expect(snippet.match(/<\/script>/g)).toHaveLength(2); // the bundle's and the data's own
    expect(snippet).not.toContain('<!--');
    const inner = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet)![1]!;
    expect(JSON.parse(inner)).toEqual(json);
    expect(indentedJsonForScript(json)).not.toMatch(/[<\u2028]/);
  });
});

describe('the fallback link', () => {
  it('is taken from data with a full address and a headline only', () => {
    expect(fallbackLinkOf({ headline: ' A ', url: 'https://news.example/a' })).toEqual({
      headline: 'A',
      url: 'https://news.example/a',
    });
    expect(fallbackLinkOf({ headline: 'A', url: '/a' })).toBeUndefined();
    expect(fallbackLinkOf({ headline: 'A', url: 'javascript:alert(1)' })).toBeUndefined();
    expect(fallbackLinkOf({ headline: '', url: 'https://news.example/a' })).toBeUndefined();
    expect(fallbackLinkOf({ authors: [] })).toBeUndefined();
  });

  it('goes inside the element, escaped, before the inline JSON', () => {
    const snippet = makeSnippet(
      bundle,
      options,
      { kind: 'json', json: { headline: 'A' } },
      { url: 'https://news.example/a?b=1&c="2"', headline: 'Fish & <chips>' },
    );
    expect(snippet.split('\n').slice(1, 4)).toEqual([
      '<newsprint-card layout="horizontal" theme="dark" lang="es">',
      '  <a href="https://news.example/a?b=1&amp;c=&quot;2&quot;">Fish &amp; &lt;chips&gt;</a>',
      '  <script type="application/json">',
    ]);
  });
});

describe('relativeAddresses', () => {
  it('lists the addresses that would resolve against the blog', () => {
    expect(
      relativeAddresses({
        url: 'https://news.example/a',
        image: { src: 'assets/a.jpg' },
        authors: [
          { name: 'A', image: '/people/a.jpg' },
          { name: 'B', url: 'https://b.example' },
        ],
        publisher: { name: 'P', logo: '//cdn.example/logo.png' },
      }),
    ).toEqual([
      ['image.src', 'assets/a.jpg'],
      ['authors[0].image', '/people/a.jpg'],
    ]);
  });
});

describe('the elements to choose from', () => {
  it("are the registry's, in its order, on the page", () => {
    const page = readFileSync(new URL('index.html', import.meta.url), 'utf8');
    const choices = [...page.matchAll(/<input type="radio" name="element" value="([a-z]+)"/g)].map(
      (match) => match[1],
    );
    expect(choices).toEqual(NEWSPRINT_ELEMENTS.map(({ name }) => name));
  });

  it('each make their tag; the article and the card show the whole story', () => {
    expect(tagOf('figure')).toBe('newsprint-figure');
    expect(makeSnippet(bundle, { ...options, element: 'faq' }, { kind: 'empty' })).toContain(
      '<newsprint-faq theme="dark" lang="es"></newsprint-faq>',
    );
    expect(
      NEWSPRINT_ELEMENTS.filter(({ name }) => showsWholeStory(name)).map(({ name }) => name),
    ).toEqual(['article', 'card']);
  });
});

describe('scripts/build-builder.mjs', () => {
  it('refuses a CDN address that is not pinned https', () => {
    for (const url of [
      'http://cdn.example/newsprint@{version}/x.js',
      'https://cdn.example/latest.js',
    ]) {
      const run = spawnSync(process.execPath, ['scripts/build-builder.mjs'], {
        env: { ...process.env, NEWSPRINT_CDN_URL: url },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/must be an https:\/\/ address with \{version\}/);
    }
  });
});
