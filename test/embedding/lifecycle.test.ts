/**
 * A host page (a single-page app, a CMS editor) that adds elements late, through `innerHTML`,
 * moves them, removes them while they load, and changes `src` quickly. Requests are counted by
 * the fixture server (`/api/counted.json?key=…`), which also sees a request the browser aborted.
 */
import { expect } from '@open-wc/testing';
import {
  byId,
  closePages,
  hits,
  openPage,
  settled,
  shadow,
  stateOf,
  summary,
  uniqueKey,
  until,
  type Page,
} from './helpers.js';

type Newsprint = HTMLElement & { src?: string; article?: unknown };

const counted = (key: string, hold = 0) =>
  `/api/counted.json?key=${encodeURIComponent(key)}${hold ? `&hold=${hold}` : ''}`;
const headline = (element: Element) =>
  element.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim();
const eventsOf = (page: Page, element: Element) =>
  page.rec.events.filter((event) => event.target === element).map((event) => event.type);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('elements the host page adds, moves and removes', () => {
  let page: Page;
  beforeEach(async () => {
    page = await openPage('/test/pages/lifecycle.html');
  });
  afterEach(closePages);

  it('renders elements created late and elements inserted through innerHTML', async () => {
    const key = uniqueKey('late');
    await pause(100); // well after the bundle ran
    const card = page.doc.createElement('newsprint-card') as Newsprint;
    card.setAttribute('src', counted(key));
    byId(page, 'one').append(card);
    byId(page, 'two').innerHTML =
      '<newsprint-faq id="faq"><script type="application/json">' +
      '{"items":[{"question":"Why now?","answer":"<p>Because.</p>"}]}</script></newsprint-faq>' +
      `<newsprint-article id="article" src="${counted(`${key}-html`)}"></newsprint-article>`;
    const faq = byId(page, 'faq');
    const article = byId(page, 'article');
    await settled([card, faq, article]);
    expect(headline(card)).to.equal(`Counted ${key}`);
    expect(headline(article)).to.equal(`Counted ${key}-html`);
    expect(shadow(faq).textContent).to.contain('Why now?');
    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
    expect(page.rec.warnings, summary(page.rec)).to.deep.equal([]);
  });

  it('fetches once when moved in the DOM, while loading and after', async () => {
    const key = uniqueKey('move');
    const card = page.doc.createElement('newsprint-card') as Newsprint;
    card.setAttribute('src', counted(key, 400));
    byId(page, 'one').append(card);
    await until(async () => (await hits(key)).requests === 1, 'the request reaches the server');
    expect(stateOf(card)).to.equal('loading');
    byId(page, 'two').append(card); // moved while loading
    await settled([card]);
    expect(headline(card)).to.equal(`Counted ${key}`);
    byId(page, 'one').prepend(card); // moved when ready
    byId(page, 'two').append(card);
    await pause(200);
    expect(stateOf(card)).to.equal('ready');
    expect(await hits(key)).to.deep.equal({ requests: 1, aborted: 0 });
    expect(eventsOf(page, card)).to.deep.equal(['newsprint-load']);
  });

  it('aborts the request when removed while loading, and says nothing after', async () => {
    const key = uniqueKey('remove');
    const card = page.doc.createElement('newsprint-card') as Newsprint;
    card.setAttribute('src', counted(key, 3000));
    byId(page, 'one').append(card);
    await until(async () => (await hits(key)).requests === 1, 'the request reaches the server');
    card.remove();
    // The server sees the connection close: the browser really cancelled the request.
    await until(async () => (await hits(key)).aborted === 1, 'the server sees the abort', 2000);
    await pause(200);
    expect(eventsOf(page, card)).to.deep.equal([]);
    expect(page.rec.warnings, summary(page.rec)).to.deep.equal([]);
    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);

    // Put back, it loads again.
    card.setAttribute('src', counted(key));
    byId(page, 'two').append(card);
    await settled([card]);
    expect(headline(card)).to.equal(`Counted ${key}`);
    expect(await hits(key)).to.deep.equal({ requests: 2, aborted: 1 });
  });

  it('shows the last src when src changes quickly, whatever answers first', async () => {
    const key = uniqueKey('src');
    const card = page.doc.createElement('newsprint-card') as Newsprint;
    card.setAttribute('src', counted(`${key}-a`, 600)); // slow, and superseded
    byId(page, 'one').append(card);
    await until(async () => (await hits(`${key}-a`)).requests === 1, 'a is requested');
    card.setAttribute('src', counted(`${key}-b`)); // replaced in the same task:
    card.setAttribute('src', counted(`${key}-c`, 100)); // only c is fetched
    await settled([card]);
    expect(headline(card)).to.equal(`Counted ${key}-c`);
    await pause(700); // a would have answered by now
    expect(headline(card)).to.equal(`Counted ${key}-c`);
    expect(await hits(`${key}-a`)).to.deep.equal({ requests: 1, aborted: 1 });
    expect((await hits(`${key}-b`)).requests).to.equal(0);
    expect(await hits(`${key}-c`)).to.deep.equal({ requests: 1, aborted: 0 });
    expect(eventsOf(page, card)).to.deep.equal(['newsprint-load']);
    expect(page.rec.warnings, summary(page.rec)).to.deep.equal([]);
  });
});
