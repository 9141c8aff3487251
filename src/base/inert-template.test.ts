// Server-rendered HTML inserted with innerHTML, as React does with `dangerouslySetInnerHTML` after
// a client-side navigation (examples/nextjs/): the declarative shadow root is not parsed then.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsprintArticle } from '../components/article/article.js';
import '../components/article/newsprint-article.js';

/** What `newsprint/ssr` writes, in short: an inert shadow root with a stale copy, and the data. */
const serverHtml = (headline: string) =>
  `<newsprint-article lang="en"><template shadowrootmode="open"><style>p{}</style>` +
  `<!--lit-part--><div part="base" class="base"><h1>Server copy</h1><newsprint-byline></newsprint-byline></div><!--/lit-part-->` +
  `</template><script type="application/json">${JSON.stringify({ headline, body: '<p>Text.</p>' })}</script></newsprint-article>`;

describe('server-rendered HTML inserted with innerHTML', () => {
  it('renders from the inline data and removes the inert <template shadowrootmode>', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = new Promise<Event>((resolve) =>
      wrapper.addEventListener('newsprint-load', resolve, { once: true }),
    );
    wrapper.innerHTML = serverHtml('From the inline data');
    const el = wrapper.querySelector<NewsprintArticle>('newsprint-article')!;
    await loaded;
    await el.updateComplete;

    expect(el.shadowRoot!.querySelector('.headline')?.textContent?.trim()).to.equal(
      'From the inline data',
    );
    expect([...el.children].map((child) => child.localName)).to.deep.equal(['script']);
    expect(el.querySelector('template')).to.equal(null);
  });

  it('keeps a template that is not a declarative shadow root', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML =
      '<newsprint-article><template class="app"></template>' +
      '<script type="application/json">{"headline":"Kept"}</script></newsprint-article>';
    const el = wrapper.querySelector<NewsprintArticle>('newsprint-article')!;
    if (!el.shadowRoot?.querySelector('.headline')) await oneEvent(el, 'newsprint-load');
    expect(el.querySelector('template.app')).not.to.equal(null);
  });

  it('keeps the shadow root a parsed declarative one (no template left to remove)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // setHTMLUnsafe parses declarative shadow roots, as the page's own HTML does.
    wrapper.setHTMLUnsafe(
      '<newsprint-article lang="en"><template shadowrootmode="open"><p class="server">Server</p></template></newsprint-article>',
    );
    const el = wrapper.querySelector<NewsprintArticle>('newsprint-article')!;
    await el.updateComplete;
    expect(el.children.length).to.equal(0);
    expect(el.shadowRoot).not.to.equal(null);
  });
});
