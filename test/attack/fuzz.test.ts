/**
 * Fuzzing the data readers with fast-check (issue #16): arbitrary JSON, article-JSON and schema.org
 * JSON-LD shapes, and hostile values (throwing getters, Proxies, Symbols, BigInt, cycles). The
 * contract: every reader returns or throws a NewsprintDataError; every element ends in a render
 * (`newsprint-load`) or exactly one `newsprint-error` with one warning; nothing reaches
 * `window.onerror`, and no case blocks the page for long. A bounded number of cases runs in
 * `npm test`; fast-check prints the seed of a failure, to replay it with `{ seed, path }`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { NewsprintDataError } from '../../src/article/errors.js';
// The readers are called directly here, not through an element that would load the data model's
// parts on demand (src/article/parts.ts): provide them all, as the other data tests do.
import '../../src/article/html-measure.js';
import '../../src/article/sanitize.js';
import '../../src/article/schema-org.js';
import type { NewsprintElement } from '../../src/base/newsprint-element.js';
import { readArticleElement } from '../../src/components/article/article.js';
import { readByline } from '../../src/components/byline/byline.js';
import { readCard } from '../../src/components/card/card.js';
import { readFaq } from '../../src/components/faq/faq.js';
import { readFigure } from '../../src/components/figure/figure.js';
import { catchEscapes } from './escapes.js';
import { BLOCK_BOUND_MS } from './main-thread.js';

type Element = NewsprintElement<unknown, unknown> & HTMLElement;

const READERS = { readArticleElement, readByline, readCard, readFaq, readFigure };

// ---- shapes --------------------------------------------------------------------------------

const html = fc
  .array(
    fc.oneof(
      fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<a href="/x">', '</a>', '<img src="i.jpg">'),
      fc.constantFrom('<h2>', '<ul><li>', '<table><td>', '<script>x</script>', '<!--', '&amp;'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('/relative.jpg', 'javascript:alert(1)', 'data:text/html,x', '', '//cdn/x.png'),
);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2023/02/21 21:20', '20180619T055000+0900', 'yesterday', ''),
);
/** Any JSON value, small. */
const json = fc.jsonValue({ maxDepth: 4 });
/** A field's value: mostly the right kind, sometimes anything. */
const field = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: json });

const person = fc.record(
  { name: field(fc.string()), url: field(url), image: field(url), jobTitle: field(fc.string()) },
  { requiredKeys: [] },
);
const image = fc.record(
  {
    src: field(url),
    alt: field(fc.string()),
    caption: field(fc.string()),
    credit: field(fc.string()),
  },
  { requiredKeys: [] },
);
const faq = fc.record(
  {
    title: field(fc.string()),
    items: field(
      fc.array(fc.record({ question: field(fc.string()), answer: field(html) }), { maxLength: 6 }),
    ),
  },
  { requiredKeys: [] },
);
const articleJson = fc.record(
  {
    headline: field(fc.string()),
    body: field(html),
    description: field(fc.string()),
    authors: field(fc.array(person, { maxLength: 4 })),
    image: field(image),
    datePublished: field(date),
    dateModified: field(date),
    section: field(fc.string()),
    language: field(fc.constantFrom('en', 'es', 'ar', 'xx-invalid', '')),
    url: field(url),
    readingTimeMinutes: field(fc.integer()),
    faq: field(faq),
  },
  { requiredKeys: [] },
);

const ldType = fc.oneof(
  fc.constantFrom(
    'NewsArticle',
    'Article',
    'BlogPosting',
    'FAQPage',
    'WebPage',
    'Person',
    'Report',
  ),
  fc.constantFrom('https://schema.org/NewsArticle', 'schema:Article', 'Thing'),
);
const ldPerson = fc.oneof(
  fc.string(),
  fc.record({ '@type': fc.constant('Person'), name: field(fc.string()), '@id': fc.constant('#a') }),
  fc.record({ '@id': fc.constant('#a') }),
);
const ldNode = fc.record(
  {
    '@context': fc.constantFrom('https://schema.org', 'http://schema.org/'),
    '@type': fc.oneof(ldType, fc.array(ldType, { maxLength: 3 })),
    '@id': fc.constantFrom('#article', '#a', 'https://example.com/x'),
    headline: field(fc.string()),
    articleBody: field(fc.string()),
    author: field(fc.oneof(ldPerson, fc.array(ldPerson, { maxLength: 3 }))),
    image: field(
      fc.oneof(url, fc.record({ url }), fc.record({ '@list': fc.array(url, { maxLength: 2 }) })),
    ),
    datePublished: field(date),
    inLanguage: field(fc.constantFrom('en', 'es-ES', 'nope')),
    mainEntity: field(
      fc.array(
        fc.record({
          '@type': fc.constant('Question'),
          name: field(fc.string()),
          acceptedAnswer: field(fc.record({ '@type': fc.constant('Answer'), text: field(html) })),
        }),
        { maxLength: 4 },
      ),
    ),
  },
  { requiredKeys: [] },
);
const jsonLd = fc.oneof(
  ldNode,
  fc.array(ldNode, { maxLength: 3 }),
  fc.record({
    '@context': fc.constant('https://schema.org'),
    '@graph': fc.array(ldNode, { maxLength: 4 }),
  }),
);

/** What a thrown value can be. */
const thrownValues: Array<() => unknown> = [
  () => new Error('getter'),
  () => Symbol('thrown'),
  () => undefined,
  () => Object.defineProperty(new Error('x'), 'message', { value: Symbol('message') }),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
];

/**
 * An input, built fresh for each run (the readers may see it more than once, fast-check reuses
 * generated values while it shrinks) and described without touching its hostile parts.
 */
interface Input {
  build(): unknown;
  [fc.toStringMethod](): string;
}

const HOW = [
  'a throwing getter',
  'a Proxy get trap',
  'a Symbol',
  'a BigInt',
  'a cycle',
  'an ownKeys trap',
];

const plain = (base: fc.Arbitrary<unknown>): fc.Arbitrary<Input> =>
  base.map((value) => ({
    build: () => structuredClone(value),
    [fc.toStringMethod]: () => fc.stringify(value),
  }));

/** Makes a shape hostile: a throwing getter, a Proxy, a Symbol, a BigInt or a cycle inside it. */
function hostile(base: fc.Arbitrary<unknown>): fc.Arbitrary<Input> {
  return fc
    .tuple(
      base,
      fc.nat(HOW.length - 1),
      fc.constantFrom('headline', 'body', 'authors', 'image', 'faq', '@type', '@graph', 'zz'),
      fc.nat(thrownValues.length - 1),
    )
    .map(([value, how, key, which]) => ({
      [fc.toStringMethod]: () =>
        `${fc.stringify(value)} with ${HOW[how]} at "${key}" (thrown value ${which})`,
      build() {
        if (typeof value !== 'object' || value === null) return value;
        const target = structuredClone(value) as Record<string, unknown>;
        const make = thrownValues[which]!;
        switch (how) {
          case 0:
            Object.defineProperty(target, key, {
              enumerable: true,
              get() {
                throw make();
              },
            });
            return target;
          case 1:
            return new Proxy(target, {
              get(object, property, receiver) {
                if (property === key) throw make();
                return Reflect.get(object, property, receiver);
              },
            });
          case 2:
            target[key] = Symbol('value');
            return target;
          case 3:
            target[key] = 10n;
            return target;
          case 4:
            target[key] = target;
            return target;
          default:
            return new Proxy(target, {
              ownKeys() {
                throw make();
              },
            });
        }
      },
    }));
}

const shapes = fc.oneof(
  plain(json),
  plain(articleJson),
  plain(jsonLd),
  hostile(articleJson),
  hostile(jsonLd),
);

const isDataError = (error: unknown): error is NewsprintDataError => {
  try {
    return error instanceof NewsprintDataError;
  } catch {
    return false; // a revoked Proxy
  }
};
const describeError = (error: unknown) => {
  try {
    return error instanceof Error ? `${error.name}: ${String(error.message)}` : typeof error;
  } catch {
    return 'a revoked Proxy';
  }
};

// ---- properties ----------------------------------------------------------------------------

describe('fuzz: the data readers', () => {
  it('every reader returns or throws a NewsprintDataError, quickly', function () {
    this.timeout(60_000); // a bounded number of cases, but a loaded machine runs them slowly
    fc.assert(
      fc.property(shapes, (shape) => {
        for (const [name, read] of Object.entries(READERS)) {
          const started = performance.now();
          try {
            read(shape.build(), { baseUrl: 'https://example.com/news/' });
          } catch (error) {
            if (!isDataError(error)) {
              throw new Error(`${name} threw ${describeError(error)}, not a NewsprintDataError`);
            }
            expect(error.message).to.be.a('string').and.not.equal('');
          }
          expect(performance.now() - started, name).to.be.below(BLOCK_BOUND_MS);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const TAGS = [
  'newsprint-article',
  'newsprint-card',
  'newsprint-byline',
  'newsprint-figure',
  'newsprint-faq',
];

describe('fuzz: the elements end in the error contract', () => {
  it('a render or exactly one newsprint-error, nothing escapes', async function () {
    this.timeout(60_000);
    const holder = document.createElement('div');
    document.body.append(holder);
    const escapes = catchEscapes();
    const { escaped } = escapes;
    const originalWarn = console.warn;
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...TAGS), shapes, async (tag, shape) => {
          const input = shape.build();
          const element = document.createElement(tag) as Element;
          holder.replaceChildren(element);
          await element.updateComplete;
          const outcomes: string[] = [];
          const warnings: unknown[] = [];
          element.addEventListener('newsprint-load', () => outcomes.push('load'));
          element.addEventListener('newsprint-error', () => outcomes.push('error'));
          console.warn = (...args: unknown[]) => warnings.push(args[0]);
          const started = performance.now();
          try {
            element.article = input;
            await element.updateComplete;
            // A render that throws becomes an error in a microtask, and one more update.
            await new Promise((resolve) => setTimeout(resolve, 0));
            await element.updateComplete;
          } finally {
            console.warn = originalWarn;
          }
          const took = performance.now() - started;
          expect(escaped, 'reached window.onerror').to.deep.equal([]);
          const emptyInput = input === null || input === undefined;
          expect(outcomes, tag).to.have.length(emptyInput ? 0 : 1);
          if (outcomes[0] === 'error') {
            expect(warnings, 'one warning').to.have.length(1);
            expect(element.shadowRoot!.querySelector('[part="error"]')).to.exist;
          }
          expect(took, 'time').to.be.below(BLOCK_BOUND_MS);
        }),
        { numRuns: 120 },
      );
    } finally {
      console.warn = originalWarn;
      escapes.restore();
      holder.remove();
    }
  });
});
