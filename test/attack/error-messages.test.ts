/**
 * Error messages are bounded and summarized (issue #16, finding 7): they quote the data, and
 * 80,000 distinct `@type` values once made a 2,149,000-character message and an error box
 * 237,760 px tall.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsprintElement } from '../../src/base/newsprint-element.js';
import { MESSAGE_CHARS } from '../../src/article/errors.js';

type Element = NewsprintElement<unknown, unknown> & HTMLElement;

async function errorOf(set: (element: Element) => void) {
  const element = await fixture<Element>(html`<newsprint-article></newsprint-article>`);
  const originalWarn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  try {
    const detail = new Promise<{ message: string; path?: string }>((resolve, reject) => {
      element.addEventListener('newsprint-error', (event) =>
        resolve((event as CustomEvent).detail),
      );
      element.addEventListener('newsprint-load', () => reject(new Error('loaded')));
    });
    set(element);
    const result = await detail;
    await element.updateComplete;
    const box = element.shadowRoot!.querySelector('[part="error"]')!;
    return { ...result, height: box.getBoundingClientRect().height, warnings };
  } finally {
    console.warn = originalWarn;
  }
}

const types = (count: number, length: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`.padEnd(length, 'x'));

describe('attack: error messages are bounded (finding 7)', () => {
  it('80,000 distinct @type values: a short message that counts the rest', async () => {
    const graph = Array.from({ length: 8 }, (_, n) => ({ '@type': types(10_000, 20, `T${n}-`) }));
    const error = await errorOf((el) => {
      el.article = { '@context': 'https://schema.org', '@graph': graph };
    });
    expect(error.message.length).to.be.at.most(MESSAGE_CHARS);
    expect(error.message).to.include('and 79,994 more');
    expect(error.height, 'error box height').to.be.below(300);
    expect(error.warnings.join('').length).to.be.below(MESSAGE_CHARS + 100);
  });

  it('long type names are shortened', async () => {
    const error = await errorOf((el) => {
      el.article = { '@context': 'https://schema.org', '@type': types(6, 5_000, 'Long') };
    });
    expect(error.message.length).to.be.at.most(MESSAGE_CHARS);
    expect(error.message).to.include('Long0');
  });

  it('a 50,000-character field name whose getter throws: a bounded message and path', async () => {
    const key = 'k'.repeat(50_000);
    const error = await errorOf((el) => {
      el.article = {
        headline: 'H',
        get [key]() {
          throw new Error('no');
        },
      };
    });
    expect(error.message.length).to.be.at.most(MESSAGE_CHARS);
    expect(error.path!.length).to.be.at.most(200);
  });

  it('a 100,000-character invalid src: a bounded message', async () => {
    const error = await errorOf((el) => {
      el.setAttribute('src', `http://[${'x'.repeat(100_000)}`);
    });
    expect(error.message).to.match(/is not a valid URL/);
    expect(error.message.length).to.be.at.most(MESSAGE_CHARS);
    expect(error.height, 'error box height').to.be.below(300);
  });
});
