/**
 * Attribute typos must not fail open (issue #16, finding 9): `max-bytes="2MB"` used to remove the
 * size cap, and `timeout="10s"` or a timeout over 2³¹−1 ms aborted every request at once. An invalid
 * value falls back to the default, with one console warning naming the attribute.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsprintElement } from '../../src/base/newsprint-element.js';
import { DEFAULT_MAX_BYTES } from '../../src/article/load.js';

type Element = NewsprintElement<unknown, unknown> & HTMLElement;

async function load(attributes: Record<string, string>, src: string, wait = 20_000) {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  try {
    const element = await fixture<Element>(html`<newsprint-article></newsprint-article>`);
    const outcome = new Promise<{ kind: string; message?: string }>((resolve) => {
      element.addEventListener('newsprint-load', () => resolve({ kind: 'load' }));
      element.addEventListener('newsprint-error', (event) =>
        resolve({ kind: 'error', message: (event as CustomEvent).detail.message }),
      );
      setTimeout(() => resolve({ kind: 'timeout' }), wait);
    });
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.setAttribute('src', src);
    return { ...(await outcome), warnings, element };
  } finally {
    console.warn = originalWarn;
  }
}

describe('attack: attribute typos fail closed (finding 9)', () => {
  it('max-bytes="2MB" keeps the default cap against an endless response, warning once', async () => {
    const result = await load({ 'max-bytes': '2MB' }, '/api/huge.json?mb=8');
    expect(result.kind).to.equal('error');
    expect(result.message).to.match(new RegExp(`larger than ${DEFAULT_MAX_BYTES / 1024} KB`));
    const about = result.warnings.filter((w) => w.includes('max-bytes'));
    expect(about).to.have.length(1);
    expect(about[0]).to.include('"2MB"');
  });

  for (const value of ['10s', String(2 ** 31), '-5', '0', '']) {
    it(`timeout="${value}" keeps the default timeout instead of aborting at once`, async () => {
      const result = await load({ timeout: value }, '/api/seed.json');
      expect(result.kind, result.message).to.equal('load');
      const about = result.warnings.filter((w) => w.includes('timeout'));
      expect(about).to.have.length(1);
      expect(about[0]).to.include(JSON.stringify(value));
    });
  }

  it('a valid value is used without a warning', async () => {
    const result = await load({ timeout: '400' }, '/api/never?ms=3000');
    expect(result.kind).to.equal('error');
    expect(result.message).to.match(/within 0\.4 seconds/);
    expect(result.warnings.filter((w) => w.includes('timeout must'))).to.deep.equal([]);
  });

  it('an invalid property value falls back too, and warns once for the same value', async () => {
    const element = await fixture<Element>(html`<newsprint-article></newsprint-article>`);
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      element.timeout = Number.NaN;
      for (const src of ['/api/seed.json', '/api/seed.json?again=1']) {
        const loaded = new Promise((resolve) => {
          element.addEventListener('newsprint-load', resolve, { once: true });
          element.addEventListener('newsprint-error', resolve, { once: true });
        });
        element.src = src;
        expect(((await loaded) as Event).type).to.equal('newsprint-load');
      }
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings.filter((w) => w.includes('timeout must'))).to.have.length(1);
  });
});
