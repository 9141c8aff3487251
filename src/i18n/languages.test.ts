import { expect } from '@open-wc/testing';
import '../components/card/newsprint-card.js';

// languages.ts is loaded only when an element speaks Spanish or Arabic (strings.ts): this file's
// page has not loaded it before this test (languages-loading.test.ts has the same for `lang`).

describe('strings by language (languages.ts, loaded when needed)', () => {
  it('renders Spanish data in Spanish from its first render, never English first', async () => {
    const el = document.createElement('newsprint-card');
    document.body.append(el);
    await el.updateComplete;
    // Data given to a connected element is read while it updates (willUpdate).
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(el.shadowRoot!.textContent ?? ''));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    el.article = { headline: 'Titular', language: 'es', authors: [{ name: 'Ana Pérez' }] };
    await el.updateComplete;
    observer.disconnect();
    el.remove();
    expect(el.shadowRoot!.textContent).to.contain('Por');
    expect(texts.filter((text) => /\bBy\b/.test(text))).to.deep.equal([]);
  });
});
