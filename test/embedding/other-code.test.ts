/**
 * Other code on the host page: the bundle loaded twice beside the page's own copy of Lit, junk in
 * the globals Lit and DOMPurify are known by, and enumerable junk on Object.prototype and
 * Array.prototype. Everything keeps working, and parsing never reads inherited junk.
 */
import { expect } from '@open-wc/testing';
import {
  byId,
  closePages,
  openPage,
  settled,
  shadow,
  stateOf,
  summary,
  until,
  type Page,
} from './helpers.js';

const text = (element: Element) => (shadow(element).textContent ?? '').replace(/\s+/g, ' ');

describe('other code on the host page', () => {
  afterEach(closePages);

  it('keeps both working when the bundle loads twice beside the page’s own Lit element', async () => {
    const page = await openPage('/test/pages/other-lit.html');
    const article = byId(page, 'article');
    const card = byId(page, 'card');
    const other = byId(page, 'other');
    await settled([article, card]);
    expect(stateOf(article)).to.equal('ready');
    expect(stateOf(card)).to.equal('ready');

    // The page's Lit element renders and updates.
    await until(() => other.shadowRoot?.textContent?.includes('Hello, host app!'), 'other-widget');
    other.shadowRoot!.querySelector('button')!.click();
    await until(() => other.shadowRoot!.textContent!.includes('Clicked 1 times'), 'it updates');
    // Two copies of lit-html recorded themselves: ours and the page's.
    const versions = (page.win as unknown as { litHtmlVersions: string[] }).litHtmlVersions;
    expect(versions.length, String(versions)).to.be.at.least(2);
    // Our Lit's hydration hook was put back after our Lit loaded: the page's Lit, loaded later,
    // renders with its own lit-html, unpatched.
    expect(
      typeof (page.win as unknown as Record<string, unknown>).litElementHydrateSupport,
    ).to.equal('undefined');

    // Ours still update after the page's Lit loaded.
    (card as HTMLElement & { article: unknown }).article = { headline: 'Updated by the host app' };
    await until(() => text(card).includes('Updated by the host app'), 'the card re-renders');

    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
    // The second copy says so, once.
    const ours = page.rec.warnings.filter((warning) => warning.text.startsWith('Newsprint'));
    expect(ours.map((warning) => warning.text)).to.have.length(1);
    expect(ours[0]!.text).to.match(/already defined/);
  });

  it('ignores junk in the DOMPurify, Lit and litHtmlVersions globals (and Lit’s other globals)', async () => {
    const page = await openPage('/test/pages/junk-globals.html');
    const article = byId(page, 'article');
    const faq = byId(page, 'faq');
    await settled([article, faq]);
    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
    expect(stateOf(article)).to.equal('ready');
    expect(stateOf(faq)).to.equal('ready');
    expect(shadow(article).querySelector('[part="body"] p')?.textContent).to.contain('Amidst');
    // Our own DOMPurify sanitized the answer, not the page's fake one.
    const answer = shadow(faq).querySelector('[part~="answer"]')!;
    expect(answer.querySelector('p')?.textContent).to.contain('Because');
    expect(answer.querySelector('[onerror]')?.outerHTML).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((page.win as unknown as { __xss: number[] }).__xss).to.deep.equal([]);
    // The page's own globals are left alone, except Lit's unusable version record.
    const globals = page.win as unknown as Record<string, unknown>;
    expect(globals['Lit']).to.equal('junk');
    expect((globals['DOMPurify'] as { isSupported: boolean }).isSupported).to.equal(true);
    expect(globals['litHtmlVersions']).to.be.an('array');
    expect(page.rec.warnings, summary(page.rec)).to.deep.equal([]);
  });
});

describe('a host page with junk on Object.prototype and Array.prototype', () => {
  let page: Page;
  before(async () => {
    page = await openPage('/test/pages/polluted.html');
    const ids = ['article', 'card', 'headless', 'faq', 'byline', 'figure', 'remote'];
    await settled(ids.map((id) => byId(page, id)));
  });
  after(closePages);

  it('renders no section for an article without one (Object.prototype.section = "pwned")', () => {
    const pageObject = (page.win as unknown as typeof globalThis).Object;
    const pollution: unknown = Reflect.get(new pageObject(), 'section');
    expect(pollution, 'the page really is polluted').to.equal('pwned');
    for (const id of ['article', 'card']) {
      const element = byId(page, id);
      expect(stateOf(element), id).to.equal('ready');
      expect(shadow(element).querySelector('[part~="section"]')?.outerHTML, id).to.equal(undefined);
      expect(text(element), id).not.to.contain('pwned');
    }
    expect(text(byId(page, 'article'))).to.contain('No section here');
  });

  it('still reports a missing headline (Object.prototype.headline is set)', () => {
    const headless = byId(page, 'headless');
    expect(stateOf(headless)).to.equal('error');
    const event = page.rec.events.find((entry) => entry.target === headless);
    expect(event?.type).to.equal('newsprint-error');
    expect(event?.detail.path).to.equal('headline');
  });

  it('renders every other element and fetched data with nothing inherited', () => {
    for (const id of ['faq', 'byline', 'figure', 'remote']) {
      const element = byId(page, id);
      expect(stateOf(element), `${id}: ${text(element)}`).to.equal('ready');
      expect(text(element), id).not.to.match(/pwned/);
    }
    // Two authors, not a third from Array.prototype.extra.
    expect(text(byId(page, 'byline'))).to.contain('Ernesto Alvarez and Ana Pérez');
    expect(text(byId(page, 'remote'))).to.contain('Mission Accomplished?');
    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
    expect(page.rec.warnings.map((warning) => warning.element?.id)).to.deep.equal(['headless']);
  });
});
