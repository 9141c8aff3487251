import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { NewsprintToggleDetail } from '../../events/events.js';
import { faqItemIds, slugify, type NewsprintFaq } from './faq.js';
import './newsprint-faq.js';
import { untyped } from '../../../test/untyped.js';

const SEED_URL = '/test/fixtures/cuba-medics.json';
const SEED_IDS = [
  'why-is-cuba-withdrawing-its-medical-personnel-from-venezuela',
  'what-impact-does-this-have-on-cubas-economy',
  'are-these-medical-missions-purely-humanitarian',
];

let seed: Record<string, unknown>;
let seedFaq: { title: string; items: { question: string; answer: string }[] };

before(async () => {
  seed = (await (await fetch(SEED_URL)).json()) as Record<string, unknown>;
  seedFaq = seed.faq as typeof seedFaq;
});

interface Mounted {
  el: NewsprintFaq;
  toggles: NewsprintToggleDetail[];
}

/**
 * Creates the element, lets `setup` configure it, records its toggle events from the start, puts
 * it in the page (after `before`, if given) and waits for `newsprint-load` (or the given event).
 */
async function mount(
  setup: (el: NewsprintFaq) => void,
  options: { waitFor?: string | null; before?: HTMLElement; dark?: boolean } = {},
): Promise<Mounted> {
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  // The dark theme is for dark pages: the element's own background is transparent.
  if (options.dark) parent.style.background = '#121317';
  if (options.before) parent.append(options.before);
  const el = document.createElement('newsprint-faq');
  setup(el);
  const toggles: NewsprintToggleDetail[] = [];
  el.addEventListener('newsprint-toggle', (event) => toggles.push(event.detail));
  const waitFor = options.waitFor === undefined ? 'newsprint-load' : options.waitFor;
  const done = waitFor ? oneEvent(el, waitFor) : undefined;
  parent.append(el);
  await done;
  await el.updateComplete;
  return { el, toggles };
}

const withArticle =
  (article: unknown, attrs: Record<string, string> = {}) =>
  (el: NewsprintFaq) => {
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.article = untyped(article);
  };

const root = (el: NewsprintFaq) => el.shadowRoot as ShadowRoot;
const buttons = (el: NewsprintFaq) => [
  ...root(el).querySelectorAll<HTMLButtonElement>('[part~="question"]'),
];
const panels = (el: NewsprintFaq) => [
  ...root(el).querySelectorAll<HTMLElement>('[part~="answer"]'),
];
const expanded = (el: NewsprintFaq) => buttons(el).map((b) => b.getAttribute('aria-expanded'));
const focused = (el: NewsprintFaq) => root(el).activeElement;

async function settle(el: NewsprintFaq): Promise<void> {
  await el.updateComplete;
  await aTimeout(0);
}

/** A standalone FAQ of `n` items; item `i` answers with a paragraph (and a link when asked). */
function faqOf(n: number, options: { title?: string; link?: boolean } = {}) {
  return {
    ...(options.title ? { title: options.title } : {}),
    items: Array.from({ length: n }, (_, i) => ({
      question: `Question number ${i + 1}?`,
      answer: options.link
        ? `<p>Answer ${i + 1} with <a href="https://example.com/${i}">a source</a>.</p>`
        : `<p>Answer ${i + 1}.</p>`,
    })),
  };
}

describe('<newsprint-faq>', () => {
  describe('rendering', () => {
    it('renders every item of the seed story, fetched through src', async () => {
      const { el } = await mount((el) => el.setAttribute('src', SEED_URL));
      const questions = buttons(el).map((b) => b.textContent?.trim());
      expect(questions).to.deep.equal(seedFaq.items.map((item) => item.question));
      expect(panels(el)).to.have.length(3);
      expect(panels(el)[0].textContent).to.contain('political instability in Venezuela');
      const title = root(el).querySelector('[part="title"]');
      expect(title?.tagName).to.equal('H2');
      expect(title?.textContent).to.equal(seedFaq.title);
    });

    it('puts each question in a heading one level below the title, the button its only child', async () => {
      const { el } = await mount(withArticle(seed));
      for (const button of buttons(el)) {
        const heading = button.parentElement as HTMLElement;
        expect(heading.tagName).to.equal('H3');
        expect(heading.children).to.have.length(1);
        expect(heading.textContent?.trim()).to.equal(button.textContent?.trim());
        expect(button.type).to.equal('button');
      }
    });

    it('follows heading-level: title at that level, questions one below, h6 at most', async () => {
      const { el } = await mount(withArticle(seed, { 'heading-level': '4' }));
      expect(root(el).querySelector('[part="title"]')?.tagName).to.equal('H4');
      expect(buttons(el)[0].parentElement?.tagName).to.equal('H5');
      el.headingLevel = 6;
      await el.updateComplete;
      expect(root(el).querySelector('[part="title"]')?.tagName).to.equal('H6');
      expect(buttons(el)[0].parentElement?.tagName).to.equal('H6');
      el.headingLevel = Number.NaN;
      await el.updateComplete;
      expect(root(el).querySelector('[part="title"]')?.tagName).to.equal('H2');
    });

    it('renders no title heading when the data has none; questions stay one level below', async () => {
      const { el } = await mount(withArticle(faqOf(2)));
      expect(root(el).querySelector('[part="title"]')).to.equal(null);
      expect(root(el).querySelector('h2')).to.equal(null);
      expect(buttons(el)[0].parentElement?.tagName).to.equal('H3');
      expect(buttons(el)).to.have.length(2);
    });

    it('reads FAQPage JSON-LD from an inline script', async () => {
      const { el } = await mount((el) => {
        const script = document.createElement('script');
        script.type = 'application/ld+json';
        script.textContent = JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          mainEntity: [
            {
              '@type': 'Question',
              name: 'Is it inline?',
              acceptedAnswer: { '@type': 'Answer', text: '<p>Yes.</p>' },
            },
          ],
        });
        el.append(script);
      });
      expect(buttons(el).map((b) => b.textContent?.trim())).to.deep.equal(['Is it inline?']);
      expect(panels(el)[0].textContent).to.contain('Yes.');
    });

    it('gives each question a hit area at least 44px tall', async () => {
      const { el } = await mount(withArticle(seed));
      for (const button of buttons(el)) {
        expect(button.getBoundingClientRect().height).to.be.at.least(44);
      }
    });

    it('shows a loading placeholder while src loads, then the items', async () => {
      const { el } = await mount((el) => el.setAttribute('src', '/api/never?ms=5000'), {
        waitFor: null,
      });
      await el.updateComplete;
      const base = root(el).querySelector('[part="base"]');
      expect(root(el).querySelector('[part="loading"]')).to.exist;
      expect(root(el).querySelector('[role="status"]')?.textContent).to.equal('Loading story…');
      expect(base?.getAttribute('aria-busy')).to.equal('true');
      expect(buttons(el)).to.have.length(0);
      await expect(el).to.be.accessible();
      expect(root(el).querySelector('[part="loading"]')).to.exist;
      const loaded = oneEvent(el, 'newsprint-load');
      el.src = '/api/seed.json?delay=100';
      await loaded;
      await el.updateComplete;
      expect(root(el).querySelector('[part="loading"]')).to.equal(null);
      expect(base?.hasAttribute('aria-busy')).to.equal(false);
      expect(buttons(el)).to.have.length(3);
    });

    it('shows an accessible error state and fires newsprint-error for a 404', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const { el } = await mount((el) => el.setAttribute('src', '/api/missing.json'), {
          waitFor: 'newsprint-error',
        });
        const error = root(el).querySelector('[part="error"]');
        expect(error?.getAttribute('role')).to.equal('alert');
        expect(buttons(el)).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });

    it('reports the bad field of an invalid FAQ', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = document.createElement('newsprint-faq');
        el.article = untyped({ title: 'No items' });
        const parent = await fixture<HTMLDivElement>(html`<div></div>`);
        const failed = oneEvent(el, 'newsprint-error');
        parent.append(el);
        const event = await failed;
        expect(event.detail.path).to.equal('items');
        expect(root(el).querySelector('[part="error"]')).to.exist;
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      it(`has no violations in the ${theme} theme, all closed`, async () => {
        const { el } = await mount(withArticle(seed, { theme }), { dark: theme === 'dark' });
        expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
        await expect(el).to.be.accessible();
      });

      it(`has no violations in the ${theme} theme, with answers open`, async () => {
        const { el } = await mount(withArticle(seed, { theme, multiple: '' }), {
          dark: theme === 'dark',
        });
        buttons(el)[0].click();
        buttons(el)[2].click();
        await settle(el);
        expect(expanded(el)).to.deep.equal(['true', 'false', 'true']);
        await expect(el).to.be.accessible();
      });
    }

    it('resolves every id reference inside the shadow root, closed and open', async () => {
      const { el } = await mount(withArticle(seed, { multiple: '' }));
      const check = () => {
        const refs = [...root(el).querySelectorAll('[aria-controls], [aria-labelledby]')];
        expect(refs.length).to.be.at.least(3);
        for (const node of refs) {
          for (const attr of ['aria-controls', 'aria-labelledby']) {
            for (const id of (node.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
              expect(root(el).getElementById(id), `${attr}="${id}"`).to.exist;
            }
          }
        }
        const ids = [...root(el).querySelectorAll('[id]')].map((node) => node.id);
        expect(new Set(ids).size).to.equal(ids.length);
      };
      check();
      // Closed panels are named too (they are hidden, but say which question they belong to).
      panels(el).forEach((panel, i) => {
        expect(panel.getAttribute('aria-labelledby')).to.equal(buttons(el)[i].id);
        expect(panel.hasAttribute('role')).to.equal(false);
      });
      buttons(el).forEach((b) => b.click());
      await settle(el);
      check();
      buttons(el).forEach((button, i) => {
        const panel = root(el).getElementById(button.getAttribute('aria-controls') as string);
        expect(panel).to.equal(panels(el)[i]);
        expect(panel?.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(panel?.getAttribute('role')).to.equal('region');
      });
    });

    it('makes open answers regions, but not when multiple could open more than six', async () => {
      const { el } = await mount(withArticle(faqOf(7), { multiple: '' }));
      buttons(el)[0].click();
      buttons(el)[1].click();
      await settle(el);
      expect(root(el).querySelectorAll('[role="region"]')).to.have.length(0);
      expect(root(el).querySelectorAll('[aria-labelledby]')).to.have.length(0);
      await expect(el).to.be.accessible();
      el.multiple = false; // single mode: only one answer can be open, so a region is fine
      await settle(el);
      expect(root(el).querySelectorAll('[role="region"]')).to.have.length(1);
      // Closed answers are never landmarks (their hidden="until-found" box stays in the tree).
      expect(panels(el)[1].hasAttribute('role')).to.equal(false);
    });
  });

  describe('keyboard (APG)', () => {
    let el: NewsprintFaq;
    beforeEach(async () => {
      ({ el } = await mount(withArticle(seed)));
      buttons(el)[0].focus();
    });

    it('ArrowDown moves to the next question and wraps from the last to the first', async () => {
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(buttons(el)[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(buttons(el)[2]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(buttons(el)[0]);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
    });

    it('ArrowUp moves to the previous question and wraps from the first to the last', async () => {
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(buttons(el)[2]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(buttons(el)[1]);
    });

    it('Home and End go to the first and the last question', async () => {
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(buttons(el)[2]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(buttons(el)[0]);
    });

    it('does not scroll the page with the arrow keys', async () => {
      const before = window.scrollY;
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'End' });
      expect(window.scrollY).to.equal(before);
    });

    it('Enter opens and closes the focused answer (the native button)', async () => {
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(expanded(el)).to.deep.equal(['true', 'false', 'false']);
      expect(panels(el)[0].hasAttribute('hidden')).to.equal(false);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
      expect(panels(el)[0].getAttribute('hidden')).to.equal('until-found');
    });

    it('Space opens and closes the focused answer', async () => {
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
    });
  });

  describe('Tab order', () => {
    it('tabs through the questions in order, then out of the element', async () => {
      const start = document.createElement('button');
      start.textContent = 'before';
      const { el } = await mount(withArticle(faqOf(3)), { before: start });
      const end = document.createElement('button');
      end.textContent = 'after';
      el.after(end);
      start.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(buttons(el)[0]);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(buttons(el)[1]);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(buttons(el)[2]);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(end);
    });

    it('reaches the links of an open answer before the next question, and skips closed ones', async () => {
      const { el } = await mount(withArticle(faqOf(3, { link: true })));
      buttons(el)[0].click();
      await settle(el);
      buttons(el)[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.tagName).to.equal('A');
      expect(panels(el)[0].contains(focused(el))).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(buttons(el)[1]);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(buttons(el)[2]);
    });
  });

  describe('single and multiple', () => {
    it('keeps one answer open by default: opening one closes the other', async () => {
      const { el, toggles } = await mount(withArticle(seed));
      buttons(el)[0].click();
      await settle(el);
      buttons(el)[1].click();
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      expect(panels(el)[0].getAttribute('hidden')).to.equal('until-found');
      expect(toggles).to.deep.equal([
        { id: SEED_IDS[0], index: 0, open: true },
        { id: SEED_IDS[0], index: 0, open: false },
        { id: SEED_IDS[1], index: 1, open: true },
      ]);
    });

    it('lets several answers stay open with multiple', async () => {
      const { el, toggles } = await mount(withArticle(seed, { multiple: '' }));
      expect(el.multiple).to.equal(true);
      buttons(el)[0].click();
      buttons(el)[1].click();
      await settle(el);
      expect(expanded(el)).to.deep.equal(['true', 'true', 'false']);
      expect(toggles.map((t) => t.open)).to.deep.equal([true, true]);
    });

    it('keeps the first open answer when multiple is turned off', async () => {
      const { el, toggles } = await mount(withArticle(seed, { multiple: '' }));
      buttons(el)[1].click();
      buttons(el)[2].click();
      await settle(el);
      el.removeAttribute('multiple');
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      expect(toggles).to.have.length(2); // no event for a property change
    });
  });

  describe('newsprint-toggle', () => {
    it('reports id, index and open state; bubbles and crosses shadow roots', async () => {
      const { el } = await mount(withArticle(seed));
      const heard = oneEvent(document, 'newsprint-toggle');
      buttons(el)[2].click();
      const event = await heard;
      expect(event.detail).to.deep.equal({ id: SEED_IDS[2], index: 2, open: true });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      // Fired after rendering: listeners see the new state.
      expect(expanded(el)[2]).to.equal('true');
    });

    it('uses the id from the data when there is one', async () => {
      const { el, toggles } = await mount(
        withArticle({ items: [{ question: 'How much?', answer: '<p>A lot.</p>', id: 'cost' }] }),
      );
      buttons(el)[0].click();
      buttons(el)[0].click();
      await settle(el);
      expect(toggles).to.deep.equal([
        { id: 'cost', index: 0, open: true },
        { id: 'cost', index: 0, open: false },
      ]);
    });

    it('does not fire for methods, property sets or new data', async () => {
      const { el, toggles } = await mount(withArticle(seed));
      expect(el.show(1)).to.equal(true);
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      expect(el.toggle(SEED_IDS[2])).to.equal(true);
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
      el.multiple = true;
      el.show(0);
      await settle(el);
      expect(expanded(el)).to.deep.equal(['true', 'false', 'true']);
      el.hide(0);
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
      el.article = untyped(structuredClone(seed)); // same ids: open state kept
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
      el.hide();
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
      expect(toggles).to.deep.equal([]);
    });

    it('methods work right after an element with data is put in the page', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('newsprint-faq');
      el.article = untyped(seed);
      parent.append(el);
      expect(el.show(SEED_IDS[1])).to.equal(true);
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
    });

    it('methods refuse unknown items and take force like classList.toggle', async () => {
      const { el } = await mount(withArticle(seed));
      expect(el.show('no-such-question')).to.equal(false);
      expect(el.show(3)).to.equal(false);
      expect(el.show(-1)).to.equal(false);
      expect(el.toggle(0, false)).to.equal(true);
      await settle(el);
      expect(expanded(el)[0]).to.equal('false');
      el.toggle(0, true);
      el.toggle(0, true);
      await settle(el);
      expect(expanded(el)[0]).to.equal('true');
    });
  });

  describe('find-in-page', () => {
    it('marks closed answers hidden="until-found" and open ones not hidden', async () => {
      const { el } = await mount(withArticle(seed));
      expect(panels(el).map((p) => p.getAttribute('hidden'))).to.deep.equal([
        'until-found',
        'until-found',
        'until-found',
      ]);
      // Closed answers take no room: no padding on the panel itself.
      expect(panels(el)[0].getBoundingClientRect().height).to.equal(0);
      el.show(1);
      await settle(el);
      expect(panels(el)[1].hasAttribute('hidden')).to.equal(false);
      expect(panels(el)[1].getBoundingClientRect().height).to.be.greaterThan(20);
    });

    it('opens the answer on beforematch and reports it', async () => {
      const { el, toggles } = await mount(withArticle(seed));
      el.show(0);
      await settle(el);
      panels(el)[2].dispatchEvent(new Event('beforematch'));
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
      expect(panels(el)[2].hasAttribute('hidden')).to.equal(false);
      expect(toggles).to.deep.equal([
        { id: SEED_IDS[0], index: 0, open: false },
        { id: SEED_IDS[2], index: 2, open: true },
      ]);
    });
  });

  describe('deep links', () => {
    let original: string;
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => {
      // Back to the page's own URL without a hashchange.
      history.replaceState(history.state, '', original);
    });

    const spacer = () => {
      const div = document.createElement('div');
      div.style.height = '3000px';
      return div;
    };

    it('opens the item named by the URL fragment on load and scrolls it into view', async () => {
      history.replaceState(history.state, '', `#${SEED_IDS[1]}`);
      const { el, toggles } = await mount(withArticle(seed), { before: spacer() });
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      expect(toggles).to.deep.equal([{ id: SEED_IDS[1], index: 1, open: true }]);
      const top = buttons(el)[1].getBoundingClientRect().top;
      expect(top).to.be.at.least(0);
      expect(top).to.be.below(window.innerHeight);
      // On load it does not take focus away from the page.
      expect(focused(el)).to.equal(null);
      window.scrollTo(0, 0);
    });

    it('sets location.hash before the element exists: a data id matches', async () => {
      location.hash = 'cost';
      await aTimeout(0);
      const { el, toggles } = await mount(
        withArticle({
          items: [
            { question: 'First?', answer: '<p>1</p>' },
            { question: 'How much?', answer: '<p>A lot.</p>', id: 'cost' },
          ],
        }),
      );
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'true']);
      expect(toggles).to.deep.equal([{ id: 'cost', index: 1, open: true }]);
    });

    it('opens, scrolls to and focuses the item on hashchange', async () => {
      // Reduced motion: the scroll is instant, so its end can be measured without a race.
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const { el, toggles } = await mount(withArticle(seed), { before: spacer() });
        expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
        const changed = oneEvent(window, 'hashchange');
        location.hash = SEED_IDS[2];
        await changed;
        await settle(el);
        expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
        expect(toggles).to.deep.equal([{ id: SEED_IDS[2], index: 2, open: true }]);
        expect(focused(el)).to.equal(buttons(el)[2]);
        const top = buttons(el)[2].getBoundingClientRect().top;
        expect(top).to.be.at.least(0);
        expect(top).to.be.below(window.innerHeight);
      } finally {
        window.scrollTo(0, 0);
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('scrolls smoothly on hashchange when motion is welcome', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const { el } = await mount(withArticle(seed), { before: spacer() });
      const calls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
      const item = buttons(el)[1].closest('[part~="item"]') as HTMLElement;
      item.scrollIntoView = (options?: ScrollIntoViewOptions | boolean) => {
        calls.push(options);
      };
      const changed = oneEvent(window, 'hashchange');
      location.hash = SEED_IDS[1];
      await changed;
      await settle(el);
      expect(calls).to.deep.equal([{ block: 'start', behavior: 'smooth' }]);
    });

    it('ignores fragments that name no item', async () => {
      const { el, toggles } = await mount(withArticle(seed));
      const changed = oneEvent(window, 'hashchange');
      location.hash = 'somewhere-else';
      await changed;
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
      expect(toggles).to.deep.equal([]);
    });

    it('does not follow the same fragment again when the data is set again', async () => {
      history.replaceState(history.state, '', `#${SEED_IDS[0]}`);
      const { el, toggles } = await mount(withArticle(seed));
      el.hide();
      el.article = untyped(structuredClone(seed));
      await settle(el);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
      expect(toggles).to.have.length(1);
    });

    it('matches percent-encoded fragments of non-Latin ids', async () => {
      const arabic = {
        items: [{ question: 'ما أثر ذلك على اقتصاد كوبا؟', answer: '<p>كبير.</p>' }],
      };
      const [id] = faqItemIds(arabic.items);
      expect(id).to.equal('ما-أثر-ذلك-على-اقتصاد-كوبا');
      history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
      const { el, toggles } = await mount(withArticle(arabic));
      expect(expanded(el)).to.deep.equal(['true']);
      expect(toggles[0].id).to.equal(id);
    });
  });

  describe('item ids', () => {
    it('slugs questions: lowercase, accents and apostrophes dropped, any script kept', () => {
      expect(slugify("What impact does this have on Cuba's economy?")).to.equal(
        'what-impact-does-this-have-on-cubas-economy',
      );
      expect(slugify('¿Por qué Cuba retira a su personal médico?')).to.equal(
        'por-que-cuba-retira-a-su-personal-medico',
      );
      expect(slugify('  --¿?--  ')).to.equal('');
      expect(slugify('Ελληνικά; Ναι')).to.equal('ελληνικα-ναι');
    });

    it('cuts long slugs at a word boundary', () => {
      const slug = slugify(`${'word '.repeat(30)}end`);
      expect(slug.length).to.be.at.most(60);
      expect(slug.endsWith('word')).to.equal(true);
    });

    it('keeps data ids, makes every id unique and falls back to question-N', () => {
      const ids = faqItemIds([
        { question: 'Same?' },
        { question: 'Same!' },
        { question: 'Other', id: 'same' },
        { question: '???' },
        { question: 'Dup', id: 'x' },
        { question: 'Dup2', id: 'x' },
      ]);
      expect(ids).to.deep.equal(['same-2', 'same-3', 'same', 'question-4', 'x', 'x-2']);
    });

    it('generates the seed story ids', () => {
      expect(faqItemIds(seedFaq.items)).to.deep.equal(SEED_IDS);
    });
  });

  describe('sanitized answers', () => {
    it('does not run an onerror handler from an answer', async () => {
      const win = window as unknown as { faqXss?: number };
      delete win.faqXss;
      const { el } = await mount(
        withArticle({
          items: [
            {
              question: 'Hostile?',
              answer:
                '<p>Text</p><img src="/nope.png" onerror="window.faqXss = 1"><script>window.faqXss = 2</script>',
            },
          ],
        }),
      );
      el.show(0);
      await settle(el);
      await aTimeout(300);
      expect(win.faqXss).to.equal(undefined);
      expect(root(el).querySelector('[onerror]')).to.equal(null);
      expect(root(el).querySelector('.answer-body script')).to.equal(null);
      expect(panels(el)[0].textContent).to.contain('Text');
    });

    it('renders the question as text, never as HTML', async () => {
      const { el } = await mount(
        withArticle({ items: [{ question: '<b>Bold?</b>', answer: '<p>No.</p>' }] }),
      );
      expect(buttons(el)[0].querySelector('b')).to.equal(null);
      expect(buttons(el)[0].textContent?.trim()).to.equal('<b>Bold?</b>');
    });
  });

  describe('languages', () => {
    it('takes Spanish from the article, lays it out left to right, and slugs without accents', async () => {
      const { el, toggles } = await mount(
        withArticle({
          headline: 'Cuba',
          language: 'es',
          faq: {
            title: 'Preguntas clave',
            items: [
              { question: '¿Por qué se retiran los médicos?', answer: '<p>Por la crisis.</p>' },
            ],
          },
        }),
      );
      const base = root(el).querySelector('[part="base"]');
      expect(base?.getAttribute('lang')).to.equal('es');
      expect(base?.getAttribute('dir')).to.equal('ltr');
      buttons(el)[0].click();
      await settle(el);
      expect(toggles[0].id).to.equal('por-que-se-retiran-los-medicos');
      await expect(el).to.be.accessible();
    });

    it('shows its states in Spanish', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const { el } = await mount(
          (el) => {
            el.lang = 'es';
            el.setAttribute('src', '/api/missing.json');
          },
          { waitFor: 'newsprint-error' },
        );
        expect(root(el).querySelector('[part="error"]')?.textContent).to.contain(
          'No se pudo mostrar esta noticia.',
        );
      } finally {
        console.warn = warn;
      }
    });

    it('lays Arabic out right to left, chevron on the left', async () => {
      const { el } = await mount(
        withArticle({
          headline: 'كوبا',
          language: 'ar',
          faq: {
            title: 'أسئلة رئيسية',
            items: [
              { question: 'لماذا تسحب كوبا طواقمها الطبية؟', answer: '<p>بسبب الأزمة.</p>' },
              { question: 'ما أثر ذلك على الاقتصاد؟', answer: '<p>كبير.</p>' },
            ],
          },
        }),
      );
      const base = root(el).querySelector('[part="base"]') as HTMLElement;
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(base.getAttribute('dir')).to.equal('rtl');
      const button = buttons(el)[0];
      const icon = button.querySelector('[part="icon"]') as Element;
      const text = button.querySelector('.question-text') as Element;
      expect(icon.getBoundingClientRect().right).to.be.at.most(
        text.getBoundingClientRect().left + 1,
      );
      expect(getComputedStyle(button).textAlign).to.equal('start');
      // Keys still move down and up the list.
      button.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(buttons(el)[1]);
      await expect(el).to.be.accessible();
    });

    it('prefers the lang attribute over the article language', async () => {
      const { el } = await mount(withArticle({ ...seed, language: 'ar' }, { lang: 'es' }));
      expect(root(el).querySelector('[part="base"]')?.getAttribute('dir')).to.equal('ltr');
      expect(root(el).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('es');
    });
  });

  describe('isolation and motion', () => {
    it('keeps its typography under host CSS with large inherited values', async () => {
      const plain = await mount(withArticle(seed));
      const hostile = await fixture<HTMLDivElement>(html`
        <div
          style="font-size: 40px; line-height: 5; letter-spacing: 6px; word-spacing: 20px;
            text-transform: uppercase; font-weight: 900; font-style: italic; text-align: center;
            color: rgb(255, 0, 0); text-indent: 50px; white-space: pre; direction: rtl"
        ></div>
      `);
      const el = document.createElement('newsprint-faq');
      el.article = untyped(seed);
      el.multiple = true;
      const loaded = oneEvent(el, 'newsprint-load');
      hostile.append(el);
      await loaded;
      plain.el.multiple = true;
      for (const faq of [el, plain.el]) faq.show(0);
      await settle(el);
      await settle(plain.el);
      const props = [
        'font-size',
        'line-height',
        'letter-spacing',
        'word-spacing',
        'text-transform',
        'font-weight',
        'font-style',
        'text-align',
        'color',
        'text-indent',
        'white-space',
      ];
      const styleOf = (node: Element) => {
        const style = getComputedStyle(node);
        return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
      };
      const pick = (faq: NewsprintFaq) => [
        root(faq).querySelector('[part="title"]') as Element,
        buttons(faq)[0],
        root(faq).querySelector('.answer-body p') as Element,
      ];
      const [a, b] = [pick(el), pick(plain.el)];
      for (let i = 0; i < a.length; i++) expect(styleOf(a[i])).to.deep.equal(styleOf(b[i]));
      expect(styleOf(buttons(el)[0])['font-size']).to.equal('17px');
      expect(styleOf(a[2])['font-size']).to.equal('16px');
    });

    it('turns the chevron only when motion is welcome', async () => {
      const { el } = await mount(withArticle(seed));
      const icon = () => root(el).querySelector('[part="icon"]') as Element;
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(icon()).transitionDuration).to.equal('0s');
        el.show(0);
        await settle(el);
        const body = root(el).querySelector('.answer-body') as Element;
        expect(getComputedStyle(body).animationName).to.equal('none');
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(getComputedStyle(icon()).transitionDuration).to.equal('0.2s');
        expect(getComputedStyle(icon()).transform).to.not.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
