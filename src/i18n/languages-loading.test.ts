import { expect } from '@open-wc/testing';
import type { NewsprintCard } from '../components/card/card.js';
import '../components/card/newsprint-card.js';

// languages.ts is loaded only when an element speaks Spanish or Arabic (strings.ts): this file's
// page has not loaded it before this test (languages.test.ts has the same for data).

/** Every text the card's shadow root showed, from its first render to `updateComplete`. */
async function textsOf(el: NewsprintCard): Promise<string[]> {
  const texts: string[] = [];
  document.body.append(el);
  const observer = new MutationObserver(() => texts.push(el.shadowRoot!.textContent ?? ''));
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  await el.updateComplete;
  observer.disconnect();
  texts.push(el.shadowRoot!.textContent ?? '');
  el.remove();
  return texts;
}

describe('strings by language (languages.ts, loaded when needed): the loading state', () => {
  it('shows the loading state in the language of lang, never English first', async () => {
    const el = document.createElement('newsprint-card');
    el.setAttribute('lang', 'ar');
    el.src = '/api/never.json?hold=3000';
    const texts = await textsOf(el);
    expect(texts.at(-1)).to.contain('جارٍ تحميل القصة…');
    expect(texts.filter((text) => text.includes('Loading'))).to.deep.equal([]);
  });
});
