import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Article } from '../../article/types.js';
import type { NewsprintNavigateEvent } from '../../events/events.js';
import type { NewsprintCard } from './card.js';
import './newsprint-card.js';
import { untyped } from '../../../test/untyped.js';

const seedUrl = new URL('/test/fixtures/cuba-medics.json', location.href).href;
const assets = new URL('/test/fixtures/assets/', location.href).href;
let seed: Article;

before(async () => {
  seed = (await (await fetch(seedUrl)).json()) as Article;
});

afterEach(async () => {
  await resetMouse();
});

/** The seed with its image at an absolute path, so it loads whatever page the test runs on. */
function story(overrides: Partial<Article> = {}): Article {
  return {
    ...seed,
    image: { ...seed.image!, src: `${assets}cuba-medics-flight.jpg` },
    ...overrides,
  };
}

async function render(
  article: unknown,
  attributes: Record<string, string> = {},
  width?: number,
): Promise<NewsprintCard> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${width ? `width: ${width}px` : ''}></div>`,
  );
  const el = document.createElement('newsprint-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.article = untyped(article);
  const loaded = oneEvent(el, 'newsprint-load');
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

async function renderSrc(src: string, attributes: Record<string, string> = {}) {
  const el = document.createElement('newsprint-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.src = src;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
  wrapper.append(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element, selector: string) =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
const rect = (el: Element, selector: string) => $(el, selector)!.getBoundingClientRect();

/** Collects `newsprint-navigate` events on the document; cancels them unless told otherwise. */
function navigations(options: { cancel?: boolean } = {}) {
  const events: NewsprintNavigateEvent[] = [];
  const listener = (event: NewsprintNavigateEvent) => {
    events.push(event);
    if (options.cancel !== false) event.preventDefault();
  };
  document.addEventListener('newsprint-navigate', listener);
  return { events, stop: () => document.removeEventListener('newsprint-navigate', listener) };
}

/** A safety net for clicks on external links: runs after the card's own handler. */
const preventAll = (event: Event) => event.preventDefault();

/** A real mouse click at the centre of an element's box. */
async function clickAt(box: DOMRect) {
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

async function imageSettled(img: HTMLImageElement) {
  // Lazy images in view start loading after layout; wait for load or error.
  if (img.complete && img.naturalWidth > 0) return;
  await new Promise((resolve) => {
    img.addEventListener('load', resolve, { once: true });
    img.addEventListener('error', resolve, { once: true });
  });
}

describe('<newsprint-card>', () => {
  describe('content', () => {
    it('renders every field of the seed story from src, image resolved against the src URL', async () => {
      const el = await renderSrc('/test/fixtures/cuba-medics.json');
      await oneEvent(el, 'newsprint-load');
      await el.updateComplete;

      expect(el.getAttribute('layout')).to.equal('vertical');
      expect(text(el, '[part="section"]')).to.equal('Cuba');
      const headline = $(el, '[part="headline"]')!;
      expect(headline.localName).to.equal('h3');
      expect(headline.textContent!.trim()).to.equal(seed.headline);
      const link = $<HTMLAnchorElement>(el, 'a')!;
      expect(link.getAttribute('part')).to.equal('link');
      expect(link.parentElement).to.equal(headline);
      expect(link.href).to.equal(seed.url);
      expect(link.rel).to.equal('noopener noreferrer ugc');
      expect(text(el, '[part="description"]')).to.equal(seed.description);
      expect(text(el, '[part="byline"]')).to.equal('By Ernesto Alvarez January 26, 2026');
      const time = $<HTMLTimeElement>(el, '[part="byline"] time')!;
      expect(time.dateTime).to.equal('2026-01-26');
      expect(time.textContent).to.equal('January 26, 2026');

      const img = $<HTMLImageElement>(el, '[part="image"] img')!;
      expect(img.src).to.equal(`${assets}cuba-medics-flight.jpg`);
      expect(img.alt).to.equal(seed.image!.alt);
      await imageSettled(img);
      expect(img.naturalWidth, 'the picture loaded').to.equal(1200);
      expect(img.hidden).to.equal(false);
      // Credit and caption are not part of a teaser.
      expect(el.shadowRoot!.textContent).not.to.contain('FlconEYES');
      expect(el.shadowRoot!.textContent).not.to.contain(seed.image!.caption);
    });

    it('resolves a relative image path in inline or property data against the page', async () => {
      const el = await render(seed);
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('src')).to.equal(
        new URL('assets/cuba-medics-flight.jpg', document.baseURI).href,
      );
    });

    it('reads inline JSON and takes its language from the data', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('newsprint-card');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ headline: 'Titular', language: 'es' });
      el.append(script);
      const loaded = oneEvent(el, 'newsprint-load');
      wrapper.append(el);
      await loaded;
      expect(text(el, '[part="headline"]')).to.equal('Titular');
      expect($(el, '.base')!.getAttribute('lang')).to.equal('es');
    });

    it('gives the image its size, lazy loading and async decoding, and reserves its box', async () => {
      const el = await render(
        story({
          image: {
            src: `${assets}cuba-medics-flight.jpg`,
            srcset: `${assets}cuba-medics-flight-600.jpg 600w, ${assets}cuba-medics-flight.jpg 1200w`,
            alt: 'A plane',
            width: 1200,
            height: 675,
          },
        }),
        {},
        320,
      );
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.loading).to.equal('lazy');
      expect(img.decoding).to.equal('async');
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('675');
      expect(img.getAttribute('srcset')).to.contain('cuba-medics-flight-600.jpg 600w');
      expect(img.getAttribute('sizes')).to.match(/^auto, /);
      // Before the picture arrives, its box already has the card's 16:9 shape.
      const box = rect(el, '[part="image"]');
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
    });

    it('leaves out a missing section, description, byline, image and link', async () => {
      const el = await render({ headline: 'Only a headline' });
      expect(text(el, '[part="headline"]')).to.equal('Only a headline');
      for (const part of ['section', 'description', 'byline', 'image', 'link']) {
        expect($(el, `[part="${part}"]`), part).to.equal(null);
      }
      expect(el.shadowRoot!.querySelector('img, a')).to.equal(null);
    });

    it('leaves out each optional field alone', async () => {
      const cases: Array<[keyof Article, string]> = [
        ['section', '[part="section"]'],
        ['description', '[part="description"]'],
        ['image', '[part="image"]'],
        ['url', 'a'],
      ];
      for (const [field, selector] of cases) {
        const el = await render(story({ [field]: undefined }));
        expect($(el, selector), field).to.equal(null);
        expect(text(el, '[part="headline"]'), field).to.equal(seed.headline);
        expect(text(el, '[part="byline"]'), field).to.contain('Ernesto Alvarez');
      }
    });

    it('shows only the date without authors, and only the authors without a date', async () => {
      const noAuthors = await render(story({ authors: [] }));
      expect(text(noAuthors, '[part="byline"]')).to.equal('January 26, 2026');
      const noDate = await render(story({ datePublished: undefined }));
      expect(text(noDate, '[part="byline"]')).to.equal('By Ernesto Alvarez');
      expect($(noDate, 'time')).to.equal(null);
    });

    it('labels a lone update date, and lists several authors', async () => {
      const el = await render(
        story({
          datePublished: undefined,
          dateModified: '2026-02-03',
          authors: [{ name: 'Ana' }, { name: 'Luis' }, { name: 'Eva' }],
        }),
      );
      // Three or more authors: the first and a count on the card (every name for screen readers).
      expect(text(el, '[part="authors"] [aria-hidden="true"]')).to.equal('By Ana and 2 others');
      expect(text(el, '[part="authors"] .visually-hidden')).to.equal('By Ana, Luis and Eva');
      expect(text(el, '[part="updated"]')).to.equal('Updated February 3, 2026');
      expect($<HTMLTimeElement>(el, 'time')!.dateTime).to.equal('2026-02-03');
    });

    it('renders author names as text, never links or avatars', async () => {
      const el = await render(
        story({
          authors: [
            { name: 'Ana', url: 'https://example.com/ana', image: `${assets}avatar-1.jpg` },
          ],
        }),
      );
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(1);
    });

    it('reads schema.org JSON-LD', async () => {
      const el = await render({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'From JSON-LD',
        url: 'https://example.com/story',
        articleSection: 'World',
        author: { '@type': 'Person', name: 'Ana Pérez' },
        datePublished: '2026-01-26',
        articleBody: 'Text.',
      });
      expect(text(el, '[part="headline"]')).to.equal('From JSON-LD');
      expect($<HTMLAnchorElement>(el, 'a')!.href).to.equal('https://example.com/story');
      expect(text(el, '[part="section"]')).to.equal('World');
      expect(text(el, '[part="byline"]')).to.equal('By Ana Pérez January 26, 2026');
    });

    it('does not sanitize or validate the body and FAQ it never shows', async () => {
      const el = await render(story({ body: 42, faq: 'no' } as unknown as Partial<Article>));
      expect(text(el, '[part="headline"]')).to.equal(seed.headline);
      const loaded = oneEvent(el, 'newsprint-load');
      el.article = story();
      const event = await loaded;
      const article = event.detail.article as Record<string, unknown>;
      expect(article.body).to.equal(undefined);
      expect(article.faq).to.equal(undefined);
      expect(article.headline).to.equal(seed.headline);
    });

    it('shows an error naming the field for invalid data it would show', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('newsprint-card');
        el.article = untyped({ headline: 'x', authors: [{ name: 3 }] });
        const failed = oneEvent(el, 'newsprint-error');
        wrapper.append(el);
        const event = await failed;
        await el.updateComplete;
        expect(event.detail.path).to.equal('authors[0].name');
        expect($(el, '[part="error"]')).to.exist;
        expect(warnings).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });

    it('drops an unsafe url: the headline is plain text', async () => {
      const el = await render(story({ url: 'javascript:alert(1)' }));
      expect($(el, 'a')).to.equal(null);
      expect(text(el, '[part="headline"]')).to.equal(seed.headline);
    });

    it('binds data as text', async () => {
      const el = await render(
        story({ headline: '<img src=x onerror=alert(1)>', description: '<b>x</b>' }),
      );
      expect($(el, '[part="headline"] img')).to.equal(null);
      expect($(el, '[part="description"] b')).to.equal(null);
      expect(text(el, '[part="headline"]')).to.equal('<img src=x onerror=alert(1)>');
    });

    it('uses heading-level for the headline, clamped to 1–6, 3 by default and for non-numbers', async () => {
      expect((await render(seed, { 'heading-level': '2' })).shadowRoot!.querySelector('h2')).to
        .exist;
      expect((await render(seed, { 'heading-level': '6' })).shadowRoot!.querySelector('h6')).to
        .exist;
      // Clamped like the article's and the FAQ's (HTML has no h9): was h3 before issue #17.
      expect((await render(seed, { 'heading-level': '9' })).shadowRoot!.querySelector('h6')).to
        .exist;
      expect((await render(seed, { 'heading-level': 'x' })).shadowRoot!.querySelector('h3')).to
        .exist;
    });

    it('clamps the description to 3 lines', async () => {
      const long = Array(30).fill(seed.description).join(' ');
      const el = await render(story({ description: long }), {}, 320);
      const description = $(el, '[part="description"]')!;
      const style = getComputedStyle(description);
      expect(style.webkitLineClamp).to.equal('3');
      const lineHeight = parseFloat(style.lineHeight);
      expect(description.getBoundingClientRect().height).to.be.closeTo(3 * lineHeight, 2);
      expect(description.scrollHeight).to.be.greaterThan(10 * lineHeight);
    });
  });

  describe('layouts', () => {
    it('vertical: image above the text', async () => {
      const el = await render(story(), {}, 600);
      expect(rect(el, '[part="image"]').bottom).to.be.at.most(rect(el, '[part="headline"]').top);
    });

    it('horizontal: image on the inline-start 40–50% beside the text when 420px or wider', async () => {
      const el = await render(story(), { layout: 'horizontal' }, 720);
      const image = rect(el, '[part="image"]');
      const headline = rect(el, '[part="headline"]');
      const card = rect(el, '[part="card"]');
      expect(image.right).to.be.at.most(headline.left);
      expect(headline.top).to.be.below(image.bottom);
      expect(image.width / card.width).to.be.within(0.4, 0.5);
      expect(image.height).to.be.closeTo((image.width * 2) / 3, 1);
    });

    it('horizontal falls back to vertical in a column narrower than 420px', async () => {
      const el = await render(story(), { layout: 'horizontal' }, 400);
      const image = rect(el, '[part="image"]');
      expect(image.bottom).to.be.at.most(rect(el, '[part="headline"]').top);
      expect(image.width).to.be.closeTo(rect(el, '[part="card"]').width - 2, 1);
    });

    it('horizontal follows its own width, not the viewport', async () => {
      // The viewport is wide; the card is not.
      expect(window.innerWidth).to.be.greaterThan(600);
      const el = await render(story(), { layout: 'horizontal' }, 300);
      expect(rect(el, '[part="image"]').bottom).to.be.at.most(rect(el, '[part="headline"]').top);
    });

    it('horizontal without an image uses the full width for the text', async () => {
      const el = await render(story({ image: undefined }), { layout: 'horizontal' }, 720);
      expect(rect(el, '[part="headline"]').left - rect(el, '[part="card"]').left).to.be.below(24);
    });

    it('compact: no image, description clamped to 2 lines', async () => {
      const long = Array(30).fill(seed.description).join(' ');
      const el = await render(story({ description: long }), { layout: 'compact' }, 320);
      expect(el.getAttribute('layout')).to.equal('compact');
      expect($(el, 'img')).to.equal(null);
      expect($(el, '[part="image"]')).to.equal(null);
      const description = $(el, '[part="description"]')!;
      const style = getComputedStyle(description);
      expect(style.webkitLineClamp).to.equal('2');
      expect(description.getBoundingClientRect().height).to.be.closeTo(
        2 * parseFloat(style.lineHeight),
        2,
      );
    });

    it('reflects a layout set as a property and re-renders', async () => {
      const el = await render(story());
      el.layout = 'compact';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('compact');
      expect($(el, 'img')).to.equal(null);
    });
  });

  describe('states', () => {
    it('shows a card-shaped placeholder while src loads, then the story', async () => {
      const el = await renderSrc('/api/seed.json?delay=1500');
      const loaded = oneEvent(el, 'newsprint-load');
      await el.updateComplete;
      expect($(el, '[part="loading"]')).to.exist;
      expect($(el, '[part="loading"] [role="status"]')!.textContent).to.equal('Loading story…');
      expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('true');
      expect(rect(el, '.skeleton .media').height).to.be.greaterThan(100);
      // Like a paragraph, longest first (the hidden status text is not counted as a bar).
      const bars = [...el.shadowRoot!.querySelectorAll('[part="loading"] .bar')].map(
        (bar) => bar.getBoundingClientRect().width,
      );
      expect(bars).to.have.length(3);
      expect(bars[0]).to.be.greaterThan(bars[1]!);
      expect(bars[1]).to.be.greaterThan(bars[2]!);
      await expect(el).to.be.accessible();
      await loaded;
      await el.updateComplete;
      expect($(el, '[part="loading"]')).to.equal(null);
      expect(text(el, '[part="headline"]')).to.equal(seed.headline);
    });

    it('shows the error state and fires newsprint-error for a src that fails', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await renderSrc('/api/missing.json');
        const event = await oneEvent(el, 'newsprint-error');
        await el.updateComplete;
        expect(event.detail.message).to.contain('404');
        // A quiet status line for readers, inside the card's frame; no HTTP status for them.
        expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('status');
        expect(text(el, '[part="error"]')).not.to.contain('404');
        expect($(el, '[part="card"] [part="error"]')).to.exist;
        expect($(el, '[part="headline"]')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });

    it('says "Image unavailable" in a box of the same size when the picture fails to load', async () => {
      const el = await render(
        story({
          image: { src: `${assets}no-such-picture.jpg`, alt: 'Missing', width: 1200, height: 675 },
        }),
        {},
        360,
      );
      const before = rect(el, '[part="image"]');
      const img = $<HTMLImageElement>(el, 'img')!;
      await imageSettled(img);
      await el.updateComplete;
      expect(img.isConnected).to.equal(false);
      const panel = $(el, '[part="image-unavailable"]')!;
      expect(panel.textContent!.trim()).to.equal('Image unavailable');
      // The alt text stays for assistive technology.
      expect(panel.getAttribute('role')).to.equal('img');
      expect(panel.getAttribute('aria-label')).to.equal('Missing');
      expect($(el, '[part="image-unavailable"] svg')!.getBoundingClientRect().width).to.equal(28);
      const after = rect(el, '[part="image"]');
      expect(after.height).to.equal(before.height);
      expect(after.height).to.be.greaterThan(150);
      expect(getComputedStyle($(el, '[part="image"]')!).backgroundColor).not.to.equal(
        'rgba(0, 0, 0, 0)',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('has no axe violations in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        for (const layout of ['vertical', 'horizontal', 'compact']) {
          const el = await render(story(), { theme, layout }, 720);
          await expect(el).to.be.accessible();
        }
        await expect(await render({ headline: 'No link' }, { theme })).to.be.accessible();
      }
    });

    it('paints its own surface in the dark theme, with no panel padding around the card', async () => {
      const el = await render(story(), { theme: 'dark' }, 360);
      expect(getComputedStyle($(el, '.base')!).paddingTop).to.equal('0px');
      expect(rect(el, '[part="card"]').width).to.equal(el.getBoundingClientRect().width);
      expect(getComputedStyle($(el, '[part="card"]')!).backgroundColor).to.equal('rgb(30, 31, 36)');
    });

    it('has exactly one link and one focus stop', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button><span></span><button id="after">after</button>
        </div>`,
      );
      const el = document.createElement('newsprint-card');
      el.article = story();
      const loaded = oneEvent(el, 'newsprint-load');
      wrapper.querySelector('span')!.append(el);
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('a, button, [tabindex]')).to.have.length(1);

      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'a'));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
    });

    it('has no focus stop without a url', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button><span></span><button id="after">after</button>
        </div>`,
      );
      const el = document.createElement('newsprint-card');
      el.article = story({ url: undefined });
      const loaded = oneEvent(el, 'newsprint-load');
      wrapper.querySelector('span')!.append(el);
      await loaded;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
    });

    it('names the link by the headline alone', async () => {
      const el = await render(story());
      expect($(el, 'a')!.textContent).to.equal(seed.headline);
      // The image, description and byline are outside the link.
      expect($(el, 'a img, a p, a time')).to.equal(null);
    });

    it('draws a focus ring around the whole card for keyboard focus', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="before">before</button><span></span></div>`,
      );
      const el = document.createElement('newsprint-card');
      el.article = story();
      const loaded = oneEvent(el, 'newsprint-load');
      wrapper.querySelector('span')!.append(el);
      await loaded;
      const card = $(el, '[part="card"]')!;
      expect(getComputedStyle(card).outlineStyle).to.equal('none');
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle(card).outlineStyle).to.equal('solid');
      expect(getComputedStyle(card).outlineWidth).to.equal('2px');
    });

    it('underlines the headline while the pointer is anywhere over the card', async () => {
      const el = await render(story(), {}, 360);
      const link = $(el, 'a')!;
      expect(getComputedStyle(link).textDecorationLine).to.equal('none');
      const box = rect(el, '[part="description"]');
      await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.y + 5)] });
      expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    });
  });

  describe('navigation', () => {
    let hash: string;
    beforeEach(() => {
      hash = location.hash;
    });
    afterEach(() => {
      // Put the runner's URL back exactly as it was.
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    });

    // Every link here is a fragment of this page: were cancelling ever broken, following it
    // would change only the hash (and fail the test), never take the runner's page away.
    const here = (fragment: string) => new URL(`#${fragment}`, location.href).href;

    it('makes the whole card clickable: a click on the description fires newsprint-navigate', async () => {
      const nav = navigations();
      try {
        const el = await render(story({ url: here('card-description') }), {}, 360);
        await clickAt(rect(el, '[part="description"]'));
        expect(nav.events).to.have.length(1);
        const event = nav.events[0];
        expect(event.detail).to.deep.equal({ url: here('card-description') });
        expect(location.hash).not.to.equal('#card-description');
        expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
        expect(event.target).to.equal(el);
      } finally {
        nav.stop();
      }
    });

    it('is clickable on the image and the byline too', async () => {
      const nav = navigations();
      try {
        const el = await render(story({ url: here('card-image') }), {}, 360);
        await clickAt(rect(el, '[part="image"]'));
        await clickAt(rect(el, '[part="byline"]'));
        expect(nav.events).to.have.length(2);
      } finally {
        nav.stop();
      }
    });

    it('fires newsprint-navigate when Enter is pressed on the focused link', async () => {
      const nav = navigations();
      try {
        const el = await render(story({ url: here('card-enter') }), {}, 360);
        $(el, 'a')!.focus();
        await sendKeys({ press: 'Enter' });
        expect(nav.events).to.have.length(1);
        expect(nav.events[0].detail.url).to.equal(here('card-enter'));
        expect(location.hash).not.to.equal('#card-enter');
      } finally {
        nav.stop();
      }
    });

    it('does not follow the link when the host cancels the event', async () => {
      const nav = navigations({ cancel: true });
      try {
        const url = here('card-cancelled');
        const el = await render(story({ url }), {}, 360);
        const before = location.href;
        await clickAt(rect(el, '[part="description"]'));
        await aTimeout(50);
        expect(nav.events).to.have.length(1);
        expect(nav.events[0].detail.url).to.equal(url);
        expect(location.href).to.equal(before);
        expect(location.hash).not.to.equal('#card-cancelled');
      } finally {
        nav.stop();
      }
    });

    it('follows the link when the host does not cancel the event', async () => {
      const nav = navigations({ cancel: false });
      try {
        const url = here('card-followed');
        const el = await render(story({ url }), {}, 360);
        expect($(el, 'a')!.hasAttribute('rel'), 'same origin: no rel').to.equal(false);
        await clickAt(rect(el, '[part="description"]'));
        await aTimeout(50);
        expect(nav.events).to.have.length(1);
        expect(nav.events[0].defaultPrevented).to.equal(false);
        expect(location.hash).to.equal('#card-followed');
      } finally {
        nav.stop();
      }
    });

    it('leaves a modified click (new tab) to the browser and fires nothing', async () => {
      const nav = navigations();
      // Stop the browser from actually opening a tab, after the card has seen the click.
      document.addEventListener('click', preventAll);
      try {
        const el = await render(story(), {}, 360);
        const link = $(el, 'a')!;
        for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
          link.dispatchEvent(
            new MouseEvent('click', {
              bubbles: true,
              composed: true,
              cancelable: true,
              [modifier]: true,
            }),
          );
        }
        expect(nav.events).to.have.length(0);
        link.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }),
        );
        expect(nav.events).to.have.length(1);
      } finally {
        document.removeEventListener('click', preventAll);
        nav.stop();
      }
    });

    it('reports the resolved url of an external story and gives its link rel', async () => {
      const nav = navigations();
      document.addEventListener('click', preventAll);
      try {
        const el = await render(story(), {}, 360);
        $(el, 'a')!.click();
        expect(nav.events[0].detail.url).to.equal(seed.url);
        expect($<HTMLAnchorElement>(el, 'a')!.rel).to.equal('noopener noreferrer ugc');
      } finally {
        document.removeEventListener('click', preventAll);
        nav.stop();
      }
    });

    it('is not clickable without a url', async () => {
      const nav = navigations();
      try {
        const el = await render(story({ url: undefined }), {}, 360);
        await clickAt(rect(el, '[part="description"]'));
        expect(nav.events).to.have.length(0);
        expect($(el, 'a')).to.equal(null);
      } finally {
        nav.stop();
      }
    });
  });

  describe('language', () => {
    it('writes the byline in Spanish for Spanish data', async () => {
      const el = await render(
        story({ language: 'es', authors: [{ name: 'Ernesto Álvarez' }, { name: 'Ana Pérez' }] }),
      );
      expect($(el, '.base')!.getAttribute('lang')).to.equal('es');
      expect(text(el, '[part="byline"]')).to.equal(
        'Por Ernesto Álvarez y Ana Pérez 26 de enero de 2026',
      );
    });

    it('lays Arabic out right to left, the image on the right in horizontal', async () => {
      const el = await render(
        story({
          language: 'ar',
          headline: 'مهمة منجزة؟',
          section: 'كوبا',
          authors: [{ name: 'إرنستو ألفاريز' }],
        }),
        { layout: 'horizontal' },
        720,
      );
      const base = $(el, '.base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(text(el, '[part="byline"]')).to.contain('بقلم إرنستو ألفاريز');
      const image = rect(el, '[part="image"]');
      const headline = rect(el, '[part="headline"]');
      expect(image.left).to.be.at.least(headline.right);
      // The image sits at the inline-start edge, which is the right one.
      expect(rect(el, '[part="card"]').right - rect(el, '[part="image"]').right).to.be.below(20);
      await expect(el).to.be.accessible();
    });

    it('lets the lang attribute override the data', async () => {
      const el = await render(story({ language: 'en' }), { lang: 'es' });
      expect(text(el, '[part="byline"]')).to.contain('Por Ernesto Alvarez');
    });
  });

  describe('isolation', () => {
    it('keeps its typography under host CSS with large inherited values', async () => {
      // The host's text size is taken on purpose, kept within 15–20px: the reference sits in a
      // 20px column, the bound the 40px size is held to. Nothing else of the host's may come in.
      const reference = await render(story(), {}, 360);
      reference.parentElement!.style.fontSize = '20px';
      const wrapper = await fixture<HTMLDivElement>(html`
        <div
          style="width: 360px; font-size: 40px; line-height: 5; letter-spacing: 6px; word-spacing: 20px;
            text-transform: uppercase; font-weight: 100; font-style: italic; color: red;
            text-align: center; text-indent: 50px; white-space: nowrap; direction: rtl;"
        ></div>
      `);
      const el = document.createElement('newsprint-card');
      el.article = story();
      const loaded = oneEvent(el, 'newsprint-load');
      wrapper.append(el);
      await loaded;
      for (const part of ['section', 'headline', 'description', 'byline']) {
        const a = getComputedStyle($(reference, `[part="${part}"]`)!);
        const b = getComputedStyle($(el, `[part="${part}"]`)!);
        for (const property of [
          'fontSize',
          'lineHeight',
          'letterSpacing',
          'wordSpacing',
          'textTransform',
          'fontWeight',
          'fontStyle',
          'color',
          'textAlign',
          'textIndent',
          'whiteSpace',
          'direction',
        ] as const) {
          expect(b[property], `${part} ${property}`).to.equal(a[property]);
        }
      }
      expect(rect(el, '[part="card"]').height).to.equal(rect(reference, '[part="card"]').height);
    });
  });
});

describe('<newsprint-card> in a real grid', () => {
  /** A news-homepage row: a wide horizontal lead card beside a column of tall cards. */
  async function grid(columns: string, cards: Array<[layout: string, article: unknown]>) {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div
        style="display: grid; grid-template-columns: ${columns}; gap: 16px; width: 1200px"
      ></div>`,
    );
    const elements = cards.map(([layout, article]) => {
      const el = document.createElement('newsprint-card');
      el.setAttribute('layout', layout);
      el.article = untyped(article);
      return el;
    });
    const loaded = elements.map((el) => oneEvent(el, 'newsprint-load'));
    wrapper.append(...elements);
    await Promise.all(loaded);
    await Promise.all(elements.map((el) => el.updateComplete));
    return elements;
  }

  const tall = () => story({ description: `${seed.description} `.repeat(3) });

  it('a stretched horizontal lead card: the image fills the height, the byline follows the text', async () => {
    const [lead, side] = await grid('2fr 1fr', [
      ['horizontal', story()],
      ['vertical', tall()],
    ]);
    const card = rect(lead!, '[part="card"]');
    // Stretched by its row to the taller neighbour.
    expect(card.height).to.be.closeTo(side!.getBoundingClientRect().height, 1);
    const image = rect(lead!, '[part="image"]');
    expect(image.width / card.width).to.be.within(0.4, 0.5);
    expect(card.bottom - image.bottom).to.be.closeTo(17, 2); // the card's padding, then the frame
    const gap = rect(lead!, '[part="byline"]').top - rect(lead!, '[part="description"]').bottom;
    expect(gap).to.be.within(0, 24);
  });

  for (const [name, layout, article] of [
    ['a compact card', 'compact', () => story()],
    ['a card without an image', 'vertical', () => story({ image: undefined })],
  ] as const) {
    it(`${name} stretched by its row keeps its byline under its text`, async () => {
      const [short, side] = await grid('1fr 1fr', [
        [layout, article()],
        ['vertical', tall()],
      ]);
      expect(short!.getBoundingClientRect().height).to.be.closeTo(
        side!.getBoundingClientRect().height,
        1,
      );
      const gap = rect(short!, '[part="byline"]').top - rect(short!, '[part="description"]').bottom;
      expect(gap).to.be.within(0, 20);
    });
  }

  it('headlines step up with the card, not the viewport', async () => {
    const sizes = [];
    for (const width of [260, 560, 1000]) {
      const el = await render(story(), {}, width);
      sizes.push(parseFloat(getComputedStyle($(el, '[part="headline"]')!).fontSize));
    }
    expect(sizes[0]).to.be.within(17, 19);
    expect(sizes[1]).to.be.within(20, 24);
    expect(sizes[2]).to.be.within(27, 28.5);
  });

  it('crops from the focal point given in --newsprint-image-position', async () => {
    const el = await render(story(), {}, 320);
    el.style.setProperty('--newsprint-image-position', '50% 20%');
    expect(getComputedStyle($(el, '[part="image"] img')!).objectPosition).to.equal('50% 20%');
  });

  it('steps its type down in a 135px card of a 19px page (headline was 21.4px)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 135px; font: 19px 'Liberation Serif'"></div>`,
    );
    const el = document.createElement('newsprint-card');
    el.article = untyped(story());
    const loaded = oneEvent(el, 'newsprint-load');
    wrapper.append(el);
    await loaded;
    await el.updateComplete;
    const headline = getComputedStyle($(el, '[part="headline"]')!);
    expect(parseFloat(headline.fontSize)).to.be.within(16.5, 18.5);
    // Long words break with a hyphen in the card's language, in the description too.
    expect(headline.hyphens).to.equal('auto');
    expect(getComputedStyle($(el, '[part="description"]')!).hyphens).to.equal('auto');
    expect($(el, '.base')!.getAttribute('lang')).to.equal('en');
    // Less padding: more of the 135px for the words (was 19px a side).
    expect(parseFloat(getComputedStyle($(el, '.text')!).paddingLeft)).to.be.closeTo(12.5, 0.5);
    // Wider cards keep their scale.
    const wide = await render(story(), {}, 260);
    expect(parseFloat(getComputedStyle($(wide, '[part="headline"]')!).fontSize)).to.be.within(
      17,
      19,
    );
  });

  it('cuts the headline after --newsprint-card-headline-lines lines; the whole card stays the link', async () => {
    const long = story({
      headline: 'A headline long enough to take many lines in a narrow card of a grid of teasers',
    });
    const whole = await render(long, {}, 200);
    const el = await render(long, {}, 200);
    el.style.setProperty('--newsprint-card-headline-lines', '2');
    const headline = $(el, '[part="headline"]')!;
    const line = parseFloat(getComputedStyle(headline).lineHeight);
    expect($(whole, '[part="headline"]')!.getBoundingClientRect().height).to.be.at.least(
      line * 3 - 1,
    );
    expect(headline.getBoundingClientRect().height).to.be.closeTo(line * 2, 1);
    // The stretched link still covers the card.
    const link = getComputedStyle($(el, '[part="link"]')!, '::after');
    expect(link.position).to.equal('absolute');
    const card = rect(el, '[part="card"]');
    const hit = el.shadowRoot!.elementFromPoint(card.left + 10, card.bottom - 5);
    expect(hit?.closest('a')).to.equal($(el, '[part="link"]'));
  });

  it("gives its byline the byline element's part names, styleable from the page", async () => {
    const style = document.createElement('style');
    style.textContent = '.card-parts newsprint-card::part(author) { color: rgb(200, 0, 100) }';
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div class="card-parts"></div>`);
      const el = document.createElement('newsprint-card');
      el.article = untyped(story({ authors: [{ name: 'Ana' }, { name: 'Luis' }] }));
      const loaded = oneEvent(el, 'newsprint-load');
      wrapper.append(el);
      await loaded;
      await el.updateComplete;
      const names = [...el.shadowRoot!.querySelectorAll('[part="author"]')];
      expect(names.map((name) => name.textContent)).to.deep.equal(['Ana', 'Luis']);
      for (const name of names) expect(getComputedStyle(name).color).to.equal('rgb(200, 0, 100)');
      expect(text(el, '[part="authors"]')).to.equal('By Ana and Luis');
      expect($(el, '[part="published"]')!.localName).to.equal('time');
    } finally {
      style.remove();
    }
  });
});
