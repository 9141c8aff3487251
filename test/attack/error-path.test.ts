/**
 * The error contract against hostile values (issue #16, finding 5): whatever a host passes as
 * `article` or `strings`, the element ends in a render or in exactly one newsprint-error with one
 * console.warn, and nothing reaches window.onerror or unhandledrejection.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsprintElement } from '../../src/base/newsprint-element.js';
import { NewsprintDataError } from '../../src/article/errors.js';
import { toDataError } from '../../src/base/error-contract.js';
import { catchEscapes } from './escapes.js';

type Element = NewsprintElement<unknown, unknown> & HTMLElement;

function errorWithMessage(message: unknown): Error {
  const error = new Error('placeholder');
  Object.defineProperty(error, 'message', { value: message });
  return error;
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const throwing = (thrown: () => unknown) => ({
  get headline(): string {
    throw thrown();
  },
});

/** Values a host can pass, each with a name for the test title. */
export const HOSTILE_ARTICLES: Array<[string, () => unknown]> = [
  [
    'a getter throwing an Error whose message is a Symbol',
    () => throwing(() => errorWithMessage(Symbol('boom'))),
  ],
  [
    'a getter throwing an Error whose message getter throws',
    () =>
      throwing(() => {
        const error = new Error('x');
        Object.defineProperty(error, 'message', {
          get() {
            throw new Error('message getter');
          },
        });
        return error;
      }),
  ],
  ['a getter throwing a Symbol', () => throwing(() => Symbol('thrown'))],
  ['a getter throwing undefined', () => throwing(() => undefined)],
  ['a getter throwing null', () => throwing(() => null)],
  ['a getter throwing a revoked Proxy', () => throwing(() => revoked())],
  [
    'a getter throwing an object with a hostile toString',
    () =>
      throwing(() => ({
        toString() {
          throw new Error('toString');
        },
        [Symbol.toPrimitive]() {
          throw new Error('prim');
        },
      })),
  ],
  ['a revoked Proxy as the article', () => revoked()],
  [
    'a Proxy whose every trap throws',
    () =>
      new Proxy(
        {},
        {
          get() {
            throw errorWithMessage(Symbol('get'));
          },
          has() {
            throw new Error('has');
          },
          ownKeys() {
            throw errorWithMessage(Symbol('keys'));
          },
          getOwnPropertyDescriptor() {
            throw new Error('descriptor');
          },
          getPrototypeOf() {
            throw new Error('prototype');
          },
        },
      ),
  ],
  [
    'a Proxy of a list whose length getter throws',
    () =>
      new Proxy([], {
        get(target, key) {
          if (key === 'length') throw Symbol('length');
          return Reflect.get(target, key);
        },
      }),
  ],
  ['an author list of length 2³²−1', () => ({ headline: 'H', authors: new Array(2 ** 32 - 1) })],
  [
    'a cycle',
    () => {
      const a: Record<string, unknown> = { headline: 'H' };
      a.self = a;
      return a;
    },
  ],
  ['a BigInt in an unknown field', () => ({ headline: 'H', views: 10n })],
  [
    'a throwing toJSON',
    () => ({
      headline: 'H',
      toJSON() {
        throw new Error('toJSON');
      },
    }),
  ],
];

async function outcome(tag: string, set: (element: Element) => void) {
  const element = await fixture<Element>(html`<div></div>`).then((holder) => {
    const created = document.createElement(tag) as Element;
    holder.append(created);
    return created;
  });
  await element.updateComplete;
  const errors: Event[] = [];
  const loads: Event[] = [];
  const warnings: unknown[][] = [];
  const escapes = catchEscapes();
  const { escaped } = escapes;
  element.addEventListener('newsprint-error', (event) => errors.push(event));
  element.addEventListener('newsprint-load', (event) => loads.push(event));
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    set(element);
    for (let i = 0; i < 5; i++) {
      await element.updateComplete.catch((error: unknown) => escaped.push(error));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    console.warn = originalWarn;
    escapes.restore();
  }
  return { element, errors, loads, warnings, escaped };
}

describe('attack: the error path cannot throw (finding 5)', () => {
  for (const tag of ['newsprint-article', 'newsprint-byline', 'newsprint-faq']) {
    for (const [name, make] of HOSTILE_ARTICLES) {
      it(`<${tag}> with ${name}: render or exactly one newsprint-error, nothing escapes`, async () => {
        const { element, errors, loads, warnings, escaped } = await outcome(tag, (el) => {
          el.article = make();
        });
        expect(escaped, 'reached window.onerror / unhandledrejection').to.deep.equal([]);
        expect(errors.length + loads.length, 'one outcome').to.equal(1);
        if (errors.length) {
          const { message } = (errors[0] as CustomEvent<{ message: unknown }>).detail;
          expect(message).to.be.a('string').and.not.equal('');
          expect(warnings).to.have.length(1);
          expect(element.shadowRoot!.querySelector('[part="error"]')).to.exist;
        }
      });
    }
  }

  it('strings with a throwing getter fall back to the built-in strings', async () => {
    const { element, escaped, loads } = await outcome('newsprint-byline', (el) => {
      el.strings = {
        get by(): string {
          throw errorWithMessage(Symbol('strings'));
        },
        minRead: Symbol('not text') as unknown as string,
      };
      el.article = { authors: [{ name: 'Ana' }], readingTimeMinutes: 3 };
    });
    expect(escaped).to.deep.equal([]);
    expect(loads).to.have.length(1);
    expect(element.shadowRoot!.textContent).to.match(/By\s+Ana/);
    expect(element.shadowRoot!.textContent).to.match(/3 min read/);
  });
});

describe('toDataError: any thrown value becomes a NewsprintDataError with a string message', () => {
  const lookalike = Object.create(NewsprintDataError.prototype, {
    message: {
      get() {
        throw new Error('message');
      },
    },
  }) as unknown;
  const thrown: Array<[string, unknown]> = [
    ['a Symbol', Symbol('s')],
    ['undefined', undefined],
    ['a revoked Proxy', revoked()],
    ['an Error whose message is a Symbol', errorWithMessage(Symbol('m'))],
    ['an Error whose message is an object', errorWithMessage({})],
    ['a NewsprintDataError look-alike whose message getter throws', lookalike],
  ];
  for (const [name, value] of thrown) {
    it(name, () => {
      const error = toDataError(value);
      expect(error).to.be.instanceOf(NewsprintDataError);
      expect(error.message).to.be.a('string').and.not.equal('');
      expect(`${error.message}`).to.equal(error.message);
    });
  }

  it('keeps a real NewsprintDataError as it is', () => {
    const error = new NewsprintDataError('"x" is missing.', { path: 'x' });
    expect(toDataError(error)).to.equal(error);
  });
});
