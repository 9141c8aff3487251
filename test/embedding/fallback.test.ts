/**
 * Before and without JavaScript: light-DOM fallback content inside the elements is readable until
 * they upgrade and where scripts never run, and is hidden once they render (their shadow roots
 * have no <slot>). newsprint.css (package root) reserves the space the site gives them, so the
 * upgrade, when the script loads late, does not shift the page: cumulative layout shift is
 * measured with a PerformanceObserver in test/pages/fallback.html.
 */
import { expect } from '@open-wc/testing';
import {
  byId,
  closePages,
  frames2,
  openPage,
  settled,
  shadow,
  stateOf,
  summary,
  until,
  type Page,
} from './helpers.js';

const IDS = ['card', 'byline', 'figure', 'faq', 'article'];
const LATE = 1000;

type ClsWindow = Window & { __cls: number; __shifts: string[] };

/** Is any box of `node` (a light-DOM child) rendered? */
const rendered = (node: Element) => node.getClientRects().length > 0;

function shadowTrees(host: Element): ShadowRoot[] {
  const roots = [shadow(host)];
  for (let i = 0; i < roots.length; i++) {
    roots[i]!.querySelectorAll('*').forEach((element) => {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    });
  }
  return roots;
}

async function allRendered(page: Page): Promise<void> {
  const elements = IDS.map((id) => byId(page, id));
  await settled(elements);
  const images = elements.flatMap(shadowTrees).flatMap((root) => [...root.querySelectorAll('img')]);
  await until(() => images.every((image) => image.complete), 'images load');
  await frames2(page.win);
  await frames2(page.win);
}

const heights = (page: Page) =>
  Object.fromEntries(
    IDS.map((id) => [id, Math.ceil(byId(page, id).getBoundingClientRect().height)]),
  );

describe('before the script loads, and without JavaScript', () => {
  afterEach(closePages);

  it('shows the light-DOM fallback until the upgrade, then hides it (no <slot>)', async () => {
    const page = await openPage(`/test/pages/fallback.html?late=${LATE}`, { popup: true });
    const links = IDS.map((id) => byId(page, id).querySelector('a')).filter(Boolean) as Element[];
    expect(links).to.have.length(3);
    // Before the script: unknown elements, blocks (newsprint.css), fallback readable, JSON hidden.
    for (const id of IDS) {
      const element = byId(page, id);
      expect(element.matches(':defined'), id).to.equal(false);
      expect(page.win.getComputedStyle(element).display, id).to.equal('block');
      const script = element.querySelector('script');
      if (script) expect(rendered(script), `${id} inline JSON`).to.equal(false);
    }
    for (const link of links) expect(rendered(link), link.textContent!).to.equal(true);
    expect(byId(page, 'byline').getBoundingClientRect().height).to.be.greaterThan(10);

    await allRendered(page);
    for (const id of IDS) {
      const element = byId(page, id);
      expect(stateOf(element), id).to.equal('ready');
      for (const root of shadowTrees(element)) {
        const slot = root.querySelector('slot')?.outerHTML;
        expect(slot, `a <slot> in <${root.host.localName}>`).to.equal(undefined);
      }
    }
    for (const link of links) expect(rendered(link), link.textContent!).to.equal(false);
    expect(page.rec.errors, summary(page.rec)).to.deep.equal([]);
  });

  it('keeps the fallback where scripts are blocked, with no space reserved for nothing', async () => {
    // A sandbox without allow-scripts: nothing runs, not even the page's inline script.
    const page = await openPage('/test/pages/fallback.html', { sandbox: 'allow-same-origin' });
    // The site's reservation, as its own stylesheet would give it.
    const style = page.doc.createElement('style');
    style.textContent = '#card, #faq { --newsprint-reserve-height: 500px; }';
    page.doc.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(typeof page.win.customElements.get('newsprint-card')).to.equal('undefined');
    expect(page.win.matchMedia('(scripting: none)').matches).to.equal(true);
    for (const id of IDS) {
      const element = byId(page, id);
      expect(page.win.getComputedStyle(element).display, id).to.equal('block');
      const link = element.querySelector('a');
      if (link) expect(rendered(link), id).to.equal(true);
    }
    // newsprint.css reserves space only where scripts run: here the element will never render.
    expect(byId(page, 'card').getBoundingClientRect().height).to.be.below(100);
    expect(byId(page, 'faq').getBoundingClientRect().height).to.be.below(100);
  });

  it('does not shift the page when the script loads late, with the space reserved', async () => {
    // The tallest each element gets in this layout (the card's loading placeholder is taller
    // than the card it becomes), measured once, as a site would, then reserved.
    const measured = await openPage('/test/pages/fallback.html', { popup: true });
    const tallest: Record<string, number> = {};
    let sampling = true;
    const sample = () => {
      for (const [id, px] of Object.entries(heights(measured))) {
        tallest[id] = Math.max(tallest[id] ?? 0, px);
      }
      if (sampling) measured.win.requestAnimationFrame(sample);
    };
    sample();
    await allRendered(measured);
    sampling = false;
    sample();
    closePages();

    const reserve = Object.entries(tallest)
      .map(([id, px]) => `${id}:${px}`)
      .join(',');
    const page = await openPage(`/test/pages/fallback.html?late=${LATE}&reserve=${reserve}`, {
      popup: true,
    });
    // Before the upgrade the boxes already have their reserved heights.
    expect(byId(page, 'card').matches(':defined')).to.equal(false);
    expect(heights(page)).to.deep.equal(tallest);
    await allRendered(page);
    const { __cls: cls, __shifts: shifts } = page.win as unknown as ClsWindow;
    expect(heights(page)).to.deep.equal(tallest);
    expect(cls, `CLS with reserved space: ${cls}\n${shifts.join('\n')}`).to.equal(0);
  });

  it('measures the shift that the reservation prevents (without newsprint.css)', async () => {
    const page = await openPage(`/test/pages/fallback.html?late=${LATE}&css=0`, { popup: true });
    await allRendered(page);
    const { __cls: cls, __shifts: shifts } = page.win as unknown as ClsWindow;
    expect(cls, `CLS without newsprint.css: ${cls}\n${shifts.join('\n')}`).to.be.above(0.1);
  });
});
