/**
 * Privacy: the data request carries no cookies, the referrer it sends follows `referrerpolicy`
 * (default `strict-origin-when-cross-origin`, whatever the page's own policy), nothing is stored
 * in the browser, and the only requests are the article data and its images (resource timing).
 * /api/echo-request.json answers with the Cookie and Referer headers it received.
 */
import { expect } from '@open-wc/testing';
import {
  byId,
  closePages,
  openPage,
  otherOrigin,
  settled,
  shadow,
  stateOf,
  summary,
  until,
  type Page,
} from './helpers.js';

interface Echo {
  cookie: string | null;
  referer: string | null;
}

/** What the server received for an element's data request. */
function echoOf(page: Page, id: string): Echo {
  const event = page.rec.events.find(
    (entry) => entry.target === byId(page, id) && entry.type === 'newsprint-load',
  );
  const detail = event?.detail as { article?: { description?: string } } | undefined;
  if (!detail?.article?.description) throw new Error(`#${id} did not load: ${summary(page.rec)}`);
  return JSON.parse(detail.article.description) as Echo;
}

describe('what the elements send, and to whom', () => {
  let page: Page;
  const ids = ['article', 'same-origin', 'no-referrer', 'cross-origin', 'cross-origin-origin'];

  before(async () => {
    page = await openPage('/test/pages/privacy.html?from=the-host-page');
    byId(page, 'cross-origin').setAttribute(
      'src',
      `${otherOrigin()}/api/echo-request.json?p=default`,
    );
    byId(page, 'cross-origin-origin').setAttribute(
      'src',
      `${otherOrigin()}/api/echo-request.json?p=origin`,
    );
    await settled(ids.map((id) => byId(page, id)));
    const images = [...shadow(byId(page, 'article')).querySelectorAll('newsprint-figure')].flatMap(
      (figure) => [...shadow(figure).querySelectorAll('img')],
    );
    await until(() => images.every((image) => image.complete), 'images load');
  });
  after(() => {
    page.doc.cookie = 'newsprint-test-session=; path=/; max-age=0';
    closePages();
  });

  it('has the test cookie on the page (so that its absence below means something)', () => {
    expect(page.doc.cookie).to.contain('newsprint-test-session=secret');
    for (const id of ids) expect(stateOf(byId(page, id)), id).to.equal('ready');
  });

  it('sends no cookies with the data request, even to its own origin', () => {
    for (const id of ['same-origin', 'no-referrer', 'cross-origin', 'cross-origin-origin']) {
      expect(echoOf(page, id).cookie, id).to.equal(null);
    }
  });

  it('sends the referrer its referrerpolicy allows (default strict-origin-when-cross-origin)', () => {
    const pageUrl = page.win.location.href;
    // Same origin: the whole URL, as strict-origin-when-cross-origin does.
    expect(echoOf(page, 'same-origin').referer).to.equal(pageUrl);
    // Another origin: only the page's origin, though the page itself says unsafe-url.
    expect(echoOf(page, 'cross-origin').referer).to.equal(`${page.win.location.origin}/`);
    expect(echoOf(page, 'cross-origin-origin').referer).to.equal(`${page.win.location.origin}/`);
    expect(echoOf(page, 'no-referrer').referer).to.equal(null);
    // Images get the same policy.
    const figure = shadow(byId(page, 'article')).querySelector('newsprint-figure')!;
    expect(shadow(figure).querySelector('img')!.referrerPolicy).to.equal(
      'strict-origin-when-cross-origin',
    );
  });

  it("requests nothing but the article data, its images and the build's own files", () => {
    const { origin } = page.win.location;
    const all = page.win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .map((name) => (name.startsWith(origin) ? name.slice(origin.length) : name));
    // The further files of the same build, beside dist/newsprint.js, that it loads on demand.
    const chunk = /^\/dist\/newsprint-chunks\/[\w-]+\.js$/;
    expect(all.filter((name) => chunk.test(name))).not.to.be.empty;
    const names = all.filter((name) => !chunk.test(name));
    const expected = [
      // the page's own
      '/test/pages/recorder.js',
      '/dist/newsprint.js',
      '/__web-dev-server__web-socket.js',
      // the data, and the images named in it
      '/test/fixtures/cuba-medics.json',
      '/test/fixtures/assets/cuba-medics-flight.jpg',
      '/api/echo-request.json',
      '/api/echo-request.json?p=none',
      `${otherOrigin()}/api/echo-request.json?p=default`,
      `${otherOrigin()}/api/echo-request.json?p=origin`,
    ];
    expect(names.sort()).to.deep.equal(expected.sort());
  });

  it('stores nothing in the browser', () => {
    expect(page.doc.cookie).to.equal('newsprint-test-session=secret');
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.win.sessionStorage.length).to.equal(0);
    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
  });
});
