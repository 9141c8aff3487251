import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readArticle } from './parse.js';
import { plainJson } from './plain-json.js';
import { leanTeaser, readTeaser } from './teaser.js';

const BASE = 'https://partner.example.com/stories/feed.json';

/** What parse.ts reads as a teaser, as JSON (key order included), or its error message. */
function full(input: unknown, baseUrl?: string): string {
  try {
    return JSON.stringify(readArticle(input, { baseUrl, teaser: true }).article);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

/** The lean reader gives parse.ts's teaser exactly, wherever it gives one. */
function expectSame(input: unknown, baseUrl?: string): boolean {
  const copy = plainJson(input);
  const lean = leanTeaser(copy, baseUrl);
  if (lean !== undefined) {
    expect(Object.getPrototypeOf(lean)).to.equal(null);
    expect(JSON.stringify(lean)).to.equal(full(copy, baseUrl));
  }
  return lean !== undefined;
}

let seed: unknown;
before(async () => {
  seed = await (await fetch(new URL('/test/fixtures/cuba-medics.json', location.href))).json();
});

describe("the card's lean reader (teaser.ts)", () => {
  it('reads the seed story itself, as parse.ts does', () => {
    expect(expectSame(seed)).to.equal(true);
    expect(expectSame(seed, BASE)).to.equal(true);
  });

  it('reads ordinary teaser data itself', () => {
    const accepted: unknown[] = [
      { headline: 'H' },
      { headline: '  H \n', url: 'story.html', section: ' ', description: '' },
      { headline: 'H', url: '//cdn.example/x', language: 'pt-BR', copyright: 'c' },
      { headline: 'H', authors: [{ name: 'A', url: '/a', image: 'https://i.example/a.jpg' }] },
      { headline: 'H', authors: null, publisher: { name: 'P', logo: '/l.png' } },
      { headline: 'H', datePublished: '2024-02-29', dateModified: '2026-01-26T09:30:00Z' },
      { headline: 'H', readingTimeMinutes: 2.5, isBasedOn: 'http://example.org/o' },
      {
        headline: 'H',
        image: { src: 'a.jpg', alt: '', width: 640, height: 360, srcset: 'a.jpg 640w, b.jpg 2x' },
      },
      { headline: 'H', body: 12, faq: 'not read by a teaser', unknownField: [1] },
      // Query strings with `&`, as image CDNs write them.
      { headline: 'H', url: 'https://a.example/?a=1&b=2' },
      { headline: 'H', image: { src: '/img/x.jpg?w=600&h=338&fit=crop', alt: 'a' } },
    ];
    for (const input of accepted)
      expect(expectSame(input, BASE), JSON.stringify(input)).to.equal(true);
  });

  it('leaves everything unusual to parse.ts', () => {
    const declined: unknown[] = [
      null,
      [],
      'text',
      { headline: '' },
      { headline: 3 },
      { '@type': 'NewsArticle', headline: 'H' },
      { headline: 'H', url: 'javascript:alert(1)' },
      // A character reference where it could still make the scheme.
      { headline: 'H', url: 'java&#x3a;script:alert(1)' },
      { headline: 'H', url: '&#106;avascript:alert(1)' },
      { headline: 'H', url: 'https&#58;//a.example/' },
      { headline: 'H', url: 'https://user:pw@a.example/' },
      { headline: 'H', url: 'https://a.example/ x' },
      { headline: 'H', authors: [{ name: 3 }] },
      { headline: 'H', authors: {} },
      { headline: 'H', datePublished: '2026-02-30' },
      { headline: 'H', language: 'pt_BR' },
      { headline: 'H', readingTimeMinutes: 0 },
      { headline: 'H', image: { src: 'a.jpg' } },
      { headline: 'H', image: { src: 'a.jpg', alt: 'a', width: 1.5 } },
      { headline: 'H', image: { src: 'a.jpg', alt: 'a', srcset: 'a.jpg 640w,b.jpg 2x' } },
      { headline: 'H', publisher: { url: '/p' } },
      { headline: 'x'.repeat(16 * 1024 + 1) },
    ];
    for (const input of declined) {
      expect(leanTeaser(plainJson(input), BASE), JSON.stringify(input)).to.equal(undefined);
    }
  });

  it("gives parse.ts's result or error for arbitrary data (fuzzed)", () => {
    // Mostly values the lean reader takes, now and then anything: both paths get exercised.
    const odd = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(null, '', ' ', 0, -1, 1.5, 'a&b', 'x y', 'http://', 'ftp://x', 'pt_BR'),
      // Character references where they could hide a scheme, or only sit in a query.
      fc.constantFrom(
        'java&#x3a;script:alert(1)',
        'ja&#x09;vascript:alert(1)',
        '&#106;avascript:alert(1)',
        'x&amp;#58;y',
        '/a?b=&#106;avascript:',
      ),
    );
    const maybe = <T>(good: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: odd });
    const text = maybe(fc.string({ minLength: 1, maxLength: 8 }).filter((t) => t.trim() !== ''));
    const address = maybe(
      fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.constantFrom(
          '/p',
          'story.html',
          '//cdn.example/x',
          'https://h.example/p?q=1#f',
          '/i.jpg?w=600&h=338',
        ),
      ),
    );
    const date = maybe(
      fc.oneof(
        fc
          .date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31') })
          .map((d) => d.toISOString()),
        fc.constantFrom('2024-02-29', '2026-01-26', '2026-01-26T09:30+01:00'),
      ),
    );
    const positive = maybe(
      fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0.1, max: 99, noNaN: true })),
    );
    const author = maybe(
      fc.record({ name: text, url: address, image: address, role: text }, { requiredKeys: [] }),
    );
    const image = maybe(
      fc.record(
        {
          src: address,
          alt: maybe(fc.string({ maxLength: 8 })),
          width: positive,
          height: positive,
          srcset: maybe(
            fc.constantFrom(
              'a.jpg 640w, b.jpg 1280w',
              'a.jpg 1x, https://c.example/b.jpg 2x',
              'a.jpg 0w',
            ),
          ),
          caption: text,
          license: address,
        },
        { requiredKeys: ['src', 'alt'] },
      ),
    );
    const article = fc.record(
      {
        headline: text,
        url: address,
        section: text,
        description: text,
        datePublished: date,
        dateModified: date,
        language: maybe(fc.constantFrom('en', 'pt-BR', 'ar', 'zh-Hant-TW')),
        readingTimeMinutes: positive,
        authors: maybe(fc.array(author, { maxLength: 3 })),
        publisher: maybe(
          fc.record({ name: text, url: address, logo: address }, { requiredKeys: [] }),
        ),
        image,
        copyright: text,
        isBasedOn: address,
      },
      { requiredKeys: ['headline'] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(article, fc.constantFrom(undefined, BASE, BASE, 'not a url'), (input, base) => {
        if (expectSame(input, base)) accepted++;
        // Through readTeaser (parse.ts is loaded here): exactly parse.ts's result or error.
        let teaser: string;
        try {
          teaser = JSON.stringify(readTeaser(input, { baseUrl: base }).article);
        } catch (error) {
          teaser = `error: ${(error as Error).message}`;
        }
        expect(teaser).to.equal(full(input, base));
      }),
      { numRuns: 2000 },
    );
    // Both paths ran: the lean reader's own results were compared too.
    expect(accepted).to.be.greaterThan(100);
  });
});
