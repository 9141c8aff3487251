// Inline JSON-LD as real pages carry it: several <script type="application/ld+json"> children,
// the article not in the first, some blocks not strict JSON (issue #12). Written here, not taken
// from the real-world corpus (that runs in `npm run test:realworld`).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsprintErrorEvent } from '../../src/events/events.js';
import '../../src/components/article/newsprint-article.js';
import '../../src/components/card/newsprint-card.js';

const ORGANIZATION = `{"@context":"https://schema.org","@type":"Organization","@id":"https://news.example/#org","name":"Daily Example"}`;
const WEBSITE = `{"@context":"https://schema.org","@type":"WebSite","name":"Daily Example","url":"https://news.example/"}`;
const BREADCRUMBS = `{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"World"}]}`;
const PERSON = `{"@context":"https://schema.org","@type":"Person","@id":"https://news.example/#ana","name":"Ana Ruiz"}`;
// CDATA wrapper, a comment, a trailing comma and a raw line break in a string: all real.
const ARTICLE = `
  //<![CDATA[
  {
    "@context": "https://schema.org",
    // the story
    "@type": ["NewsArticle", "Article"],
    "headline": "Medics return home &#8211; a story
 in two lines",
    "author": [{ "@id": "https://news.example/#ana" }, "By Bo Chen"],
    "publisher": { "@id": "https://news.example/#org" },
    "datePublished": "2022-05-05T22:12:00 UTC",
    "keywords": ["health", "travel",],
  }
  //]]>`;

async function renderBlocks(
  tag: 'newsprint-article' | 'newsprint-card',
  blocks: string[],
): Promise<{ el: HTMLElement; event: Event }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag);
  for (const text of blocks) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = text;
    el.append(script);
  }
  const event = Promise.race([oneEvent(el, 'newsprint-load'), oneEvent(el, 'newsprint-error')]);
  wrapper.append(el);
  return { el, event: await event };
}

/** What a reader sees: text across the element's and its nested elements' shadow roots. */
function shownText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  return [...root.childNodes].map(shownText).join(' ').replace(/\s+/g, ' ');
}

async function settled(el: HTMLElement): Promise<string> {
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((next) => requestAnimationFrame(() => setTimeout(next)));
  return shownText(el);
}

describe('inline JSON-LD in several blocks', () => {
  it('reads every block in order, resolves @id across them and shows the article', async () => {
    const { el, event } = await renderBlocks('newsprint-article', [
      ORGANIZATION,
      WEBSITE,
      BREADCRUMBS,
      PERSON,
      ARTICLE,
    ]);
    expect(event.type).to.equal('newsprint-load');
    const text = await settled(el);
    expect(text).to.contain('Medics return home – a story in two lines');
    expect(text).to.contain('Ana Ruiz').and.to.contain('Bo Chen');
    expect(text).to.contain('Daily Example');
    expect(text).to.contain('2022');
    expect(text).not.to.match(/undefined|null|NaN|Invalid Date|\[object Object\]|&#/);
  });

  it('a card reads the same blocks', async () => {
    const { el, event } = await renderBlocks('newsprint-card', [ORGANIZATION, ARTICLE]);
    expect(event.type).to.equal('newsprint-load');
    expect(await settled(el)).to.contain('Medics return home – a story in two lines');
  });

  it('one bad block does not sink a page whose article is in another', async () => {
    const { el, event } = await renderBlocks('newsprint-article', [
      "{ name: 'not JSON at all' }",
      ORGANIZATION,
      ARTICLE,
    ]);
    expect(event.type).to.equal('newsprint-load');
    expect(await settled(el)).to.contain('Medics return home');
  });

  it('a page whose only article block is malformed gets a clear error', async () => {
    const { event } = await renderBlocks('newsprint-article', [
      ORGANIZATION,
      '{"@type": "NewsArticle", "headline": ',
    ]);
    expect(event.type).to.equal('newsprint-error');
    const { message } = (event as NewsprintErrorEvent).detail;
    expect(message).to.contain('it has Organization');
    expect(message).to.contain('number 2 does not hold valid JSON');
    expect(message.length).to.be.below(400);
  });

  it('a single malformed block is the error it always was', async () => {
    const { event } = await renderBlocks('newsprint-article', ['{"@type": ']);
    expect(event.type).to.equal('newsprint-error');
    expect((event as NewsprintErrorEvent).detail.message).to.contain('does not hold valid JSON');
  });

  it('a page without an article names what it has', async () => {
    const { event } = await renderBlocks('newsprint-article', [ORGANIZATION, WEBSITE]);
    expect((event as NewsprintErrorEvent).detail.message).to.contain(
      'it has Organization, WebSite',
    );
  });

  it('article JSON in a <script type="application/json"> stays strict and wins', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('newsprint-article');
    el.innerHTML = `<script type="application/ld+json">${ARTICLE}</script><script type="application/json">{"headline": "Own format",}</script>`;
    const error = oneEvent(el, 'newsprint-error');
    wrapper.append(el);
    expect((await error).detail.message).to.contain('application/json');
  });
});
