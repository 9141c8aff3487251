/**
 * A host page with strict security headers (test/server/headers.mjs): no inline script or style,
 * images and data from its own origin only, and Trusted Types required. Every element renders
 * with no `securitypolicyviolation`, also when a `trusted-types` directive allow-lists exactly
 * the policy names the bundle creates, and with the directive the README shows.
 */
import { expect } from '@open-wc/testing';
import { TRUSTED_TYPES_POLICY_NAMES } from '../../src/article/sanitize.js';
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

const IDS = ['article', 'card', 'byline', 'figure', 'faq', 'error'];
const NAMES = [...TRUSTED_TYPES_POLICY_NAMES];

const strictPage = (add?: string) =>
  openPage(`/test/pages/csp/strict.html${add ? `?add=${encodeURIComponent(add)}` : ''}`);

async function expectEverythingRenders(page: Page): Promise<void> {
  const elements = IDS.map((id) => byId(page, id));
  await settled(elements);
  for (const element of elements) {
    expect(stateOf(element), element.id).to.equal(element.id === 'error' ? 'error' : 'ready');
  }
  const article = shadow(byId(page, 'article'));
  // Sanitized HTML (DOMPurify and our Trusted Types policy) and Lit templates both went through.
  expect(article.querySelector('[part="body"] p')?.textContent).to.contain('Amidst a wave');
  // `structured-data`: JSON-LD written into the light DOM is no Trusted Types sink violation.
  const jsonLd = byId(page, 'article').querySelector('script[type="application/ld+json"]');
  expect(JSON.parse(jsonLd?.textContent ?? '{}')['@type']).to.equal('NewsArticle');
  expect(shadow(byId(page, 'faq')).querySelector('strong')?.textContent).to.equal('instability');
  // Styles are in force (adoptedStyleSheets): the headline is bold and the error line is a flex row.
  const headline = article.querySelector('[part="headline"]')!;
  expect(Number(page.win.getComputedStyle(headline).fontWeight)).to.be.at.least(600);
  const errorBox = shadow(byId(page, 'error')).querySelector('[part="error"]')!;
  expect(page.win.getComputedStyle(errorBox).display).to.equal('flex');
  // Same-origin images load under img-src 'self' (the figure is `eager`: the test tab may be
  // hidden, where lazy images never load).
  const figureImage = shadow(byId(page, 'figure')).querySelector('img')!;
  await until(() => figureImage.complete, 'the figure image loads');
  expect(figureImage.naturalWidth).to.equal(600);

  expect(page.rec.violations, summary(page.rec)).to.deep.equal([]);
  expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
  // The only warning is the invalid card's own.
  expect(page.rec.warnings.map((warning) => warning.element?.id)).to.deep.equal(['error']);
  // The bundle made exactly the policies the README names, each once.
  expect([...page.rec.policies].sort()).to.deep.equal([...NAMES].sort());
}

/** The policy really is enforced: a raw string into an HTML sink throws. */
function expectTrustedTypesEnforced(page: Page): void {
  const sink = page.doc.createElement('div');
  expect(() => (sink.innerHTML = '<b>raw</b>')).to.throw(/TrustedHTML/);
}

describe('a host page with a strict Content-Security-Policy and Trusted Types', () => {
  afterEach(closePages);

  it('serves the strict policy to the test pages', async () => {
    const response = await fetch('/test/pages/csp/strict.html?add=trusted-types%20a%20b');
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).not.to.contain('unsafe-inline');
    expect(policy).to.match(/; trusted-types a b$/);
  });

  it('renders every element with no violation (no trusted-types allow-list)', async () => {
    const page = await strictPage();
    await expectEverythingRenders(page);
    expectTrustedTypesEnforced(page);
  });

  it('renders every element when trusted-types allow-lists exactly the names in sanitize.ts', async () => {
    const page = await strictPage(`trusted-types ${NAMES.join(' ')}`);
    await expectEverythingRenders(page);
    expectTrustedTypesEnforced(page);
  });

  it('renders every element with the trusted-types directive the README shows', async () => {
    const readme = await (await fetch('/README.md')).text();
    const start = readme.indexOf('\n## Content-Security-Policy and Trusted Types\n');
    expect(start, 'README section').to.be.greaterThan(-1);
    const section = readme.slice(start + 1, readme.indexOf('\n## ', start + 1));
    for (const name of NAMES) expect(section).to.contain(`\`${name}\``);
    // The header the README shows, in a code block: its trusted-types directive lists every name.
    const header = /^Content-Security-Policy: (.+)$/m.exec(section)?.[1] ?? '';
    expect(header).to.contain("require-trusted-types-for 'script'");
    expect(header).not.to.contain('unsafe-');
    const directive = header
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith('trusted-types '));
    expect(directive, header).to.be.a('string');
    expect(directive!.split(/\s+/).slice(1)).to.have.members(NAMES);
    const page = await strictPage(directive);
    await expectEverythingRenders(page);
  });

  it('loads twice under the exact allow-list: the second copy stops before Lit starts', async () => {
    const add = `trusted-types ${NAMES.join(' ')}`;
    const page = await openPage(`/test/pages/csp/twice.html?add=${encodeURIComponent(add)}`);
    const article = byId(page, 'article');
    await settled([article]);
    expect(stateOf(article)).to.equal('ready');
    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
    expect(page.rec.violations, summary(page.rec)).to.deep.equal([]);
    const warnings = page.rec.warnings.map((warning) => warning.text);
    expect(warnings.filter((text) => /already defined/.test(text))).to.have.length(1);
  });

  it("loads twice with the README's 'allow-duplicates' variant, with no error", async () => {
    const add = `trusted-types ${NAMES.join(' ')} 'allow-duplicates'`;
    const page = await openPage(`/test/pages/csp/twice.html?add=${encodeURIComponent(add)}`);
    const article = byId(page, 'article');
    await settled([article]);
    expect(stateOf(article)).to.equal('ready');
    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
    expect(page.rec.violations, summary(page.rec)).to.deep.equal([]);
    expect(page.rec.warnings.map((warning) => warning.text).join('\n')).to.match(/already defined/);
  });

  it('says which name is missing, and leaves out only the article HTML, when the allow-list forgets our policy', async () => {
    const withoutOurs = NAMES.filter((name) => name !== 'newsprint-sanitizer');
    const page = await strictPage(`trusted-types ${withoutOurs.join(' ')}`);
    const elements = IDS.map((id) => byId(page, id));
    await settled(elements);
    const article = shadow(byId(page, 'article'));
    expect(article.querySelector('[part="headline"]')?.textContent).to.contain(
      'Mission Accomplished',
    );
    expect(article.querySelector('[part="body"]')?.outerHTML).to.equal(undefined);
    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
    const warnings = page.rec.warnings.filter((warning) =>
      warning.text.includes('newsprint-sanitizer'),
    );
    expect(warnings, summary(page.rec)).to.have.length(1);
    expect(page.rec.violations.join('\n')).to.contain('trusted-types');
  });
});
