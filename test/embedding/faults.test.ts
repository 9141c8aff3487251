/**
 * Bad input and failing servers (docs/ARCHITECTURE.md, "Errors"), all on one page beside good
 * data. Each broken element fires one `newsprint-error` with a message that says what is wrong,
 * shows a visible error state, warns once in the console, throws nothing to the page, and the
 * good elements render.
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
  type Page,
} from './helpers.js';

/** Each broken element, the message it must give, and the field it must name. */
const FAULTS: Record<string, { message: RegExp; path?: string }> = {
  malformed: { message: /\/api\/malformed\.json is not valid JSON/ },
  'missing-headline': { message: /has no headline/, path: 'headline' },
  'wrong-type': {
    message: /"authors\[0\]\.name" must be text, but it is a number/,
    path: 'authors[0].name',
  },
  'not-found': { message: /\/api\/missing\.json could not be loaded: the server answered 404/ },
  html: { message: /\/api\/html\.json returned text\/html instead of article JSON/ },
  timeout: { message: /\/api\/never\?ms=4000 did not arrive within 1\.5 seconds/ },
  huge: { message: /\/api\/huge\.json\?mb=30 is larger than 2048 KB/ },
  'cross-origin': {
    message:
      /could not be fetched \(network error, or the server does not allow cross-origin requests\)/,
  },
  'inline-malformed': {
    message: /inline <script type="application\/json"> does not hold valid JSON/,
  },
  'inline-wrong-type': { message: /"headline" must be text, but it is a number/, path: 'headline' },
};
const GOOD = ['good-article', 'good-card'];

describe('bad input and failing servers', () => {
  let page: Page;
  let key: string;

  before(async () => {
    key = uniqueKey('cross-origin');
    page = await openPage(`/test/pages/faults.html?key=${key}`);
    await settled(
      [...Object.keys(FAULTS), ...GOOD].map((id) => byId(page, id)),
      6000,
    );
  });
  after(closePages);

  for (const [id, expected] of Object.entries(FAULTS)) {
    it(`${id}: one newsprint-error, a visible error state, one warning`, () => {
      const element = byId(page, id);
      const events = page.rec.events.filter((event) => event.target === element);
      expect(events.map((event) => event.type)).to.deep.equal(['newsprint-error']);
      const { message, path } = events[0]!.detail;
      expect(message).to.match(expected.message);
      expect(path).to.equal(expected.path);

      expect(stateOf(element)).to.equal('error');
      const box = shadow(element).querySelector<HTMLElement>('[part~="error"]')!;
      // Readers see a quiet line in the page's language; the message is for the developer.
      expect(box.getAttribute('role')).to.equal('status');
      expect(box.textContent).to.contain('This story isn’t available right now.');
      expect(box.textContent).not.to.contain(message);
      const rect = box.getBoundingClientRect();
      expect(rect.width * rect.height, 'the error box is visible').to.be.greaterThan(1000);
      expect(page.win.getComputedStyle(box).visibility).to.equal('visible');

      const warnings = page.rec.warnings.filter((warning) => warning.element === element);
      expect(warnings.map((warning) => warning.text)).to.have.length(1);
      expect(warnings[0]!.text).to.contain(message);
    });
  }

  it('sends the cross-origin request for real (it is refused for want of CORS headers)', async () => {
    expect((await hits(key)).requests).to.equal(1);
  });

  it('gives up on a response that never comes at the timeout, and on a huge one at the cap', () => {
    const when = (id: string) =>
      page.rec.events.find((event) => event.target === byId(page, id))!.time;
    // timeout="1500" against a server that would answer after 4 s (times since the page opened).
    expect(when('timeout')).to.be.within(1500, 3500);
    // 30 MB, cut at 2 MiB: long before it could all arrive.
    expect(when('huge')).to.be.below(3000);
  });

  it('keeps the page and the good elements working, with nothing thrown', () => {
    for (const id of GOOD) expect(stateOf(byId(page, id)), id).to.equal('ready');
    expect(shadow(byId(page, 'good-article')).textContent).to.contain('Mission Accomplished?');
    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
    // Every warning is one of the broken elements' own.
    const named = page.rec.warnings.map((warning) => warning.element?.id);
    expect(named.sort()).to.deep.equal(Object.keys(FAULTS).sort());
    expect(page.doc.getElementById('after')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('inline JSON that arrives in several network packets', () => {
  afterEach(closePages);

  // The bundle defines the elements from <head>, so the element upgrades while the parser is still
  // inside its JSON: it must wait for the rest, not report the first packet's half as malformed.
  for (const tail of [true, false]) {
    it(`renders the whole story, with no error${tail ? '' : ', when nothing follows it'}`, async () => {
      const page = await openPage(`/api/chunked.html?ms=400${tail ? '' : '&tail=0'}`);
      const element = byId(page, 'split');
      await settled([element]);
      expect(stateOf(element)).to.equal('ready');
      expect(shadow(element).querySelector('[part="headline"]')!.textContent).to.equal(
        'Split across two packets',
      );
      expect(page.rec.events.map((event) => event.type)).to.deep.equal(['newsprint-load']);
      expect(
        page.rec.warnings.map((warning) => warning.text),
        summary(page.rec),
      ).to.deep.equal([]);
    });
  }
});
