/**
 * What readers see when a story cannot be shown: one quiet, localized line (overridable through
 * `strings`) with a link to the story where its address is known, and never the technical reason,
 * which stays in the `newsprint-error` event and the console. Cards keep their frame and height.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { untyped } from '../../test/untyped.js';
import type { NewsprintErrorEvent } from '../events/events.js';
import type { NewsprintElement } from './newsprint-element.js';
import '../components/article/newsprint-article.js';
import '../components/card/newsprint-card.js';
import '../components/figure/newsprint-figure.js';

const api = (route: string) => new URL(`/api/${route}`, location.href).href;
const echo = (json: unknown) => api(`echo.json?json=${encodeURIComponent(JSON.stringify(json))}`);
const seedUrl = new URL('/test/fixtures/cuba-medics.json', location.href).href;
const assets = new URL('/test/fixtures/assets/', location.href).href;

type Element_ = NewsprintElement<unknown>;
const errorBox = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
const words = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Mounts `markup`'s first element in a box `width` px wide and waits for its error event. */
async function failing(
  build: () => HTMLElement,
  width = 360,
): Promise<{ el: Element_; event: NewsprintErrorEvent; warnings: unknown[][] }> {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
    const el = build() as Element_;
    const failed = oneEvent(el, 'newsprint-error') as Promise<NewsprintErrorEvent>;
    wrapper.append(el);
    const event = await failed;
    await el.updateComplete;
    return { el, event, warnings };
  } finally {
    console.warn = warn;
  }
}

function element(tag: string, attributes: Record<string, string> = {}, inner = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = inner;
  return el;
}

describe('error state for readers', () => {
  it('says the story is not available, and keeps the technical reason for developers', async () => {
    const { el, event, warnings } = await failing(() =>
      element('newsprint-article', { src: api('missing.json') }),
    );
    expect(words(errorBox(el))).to.equal('This story isn’t available right now.');
    expect(event.detail.message).to.contain('404');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('404');
    expect(errorBox(el)!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  for (const [lang, line] of [
    ['es', 'Esta noticia no está disponible en este momento.'],
    ['ar', 'هذه القصة غير متاحة الآن.'],
  ] as const) {
    it(`speaks the element's language (${lang})`, async () => {
      const { el } = await failing(() =>
        element('newsprint-card', { src: api('missing.json'), lang }),
      );
      expect(words(errorBox(el))).to.equal(line);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal(
        lang === 'ar' ? 'rtl' : 'ltr',
      );
    });
  }

  it('takes its words from `strings`', async () => {
    const { el } = await failing(() => {
      const card = element('newsprint-card') as Element_;
      card.strings = { errorTitle: 'Story on hold.', errorLink: 'Go to the story' };
      card.article = untyped({ headline: 42, url: 'https://news.example/story' });
      return card;
    });
    expect(words(errorBox(el))).to.equal('Story on hold. Go to the story');
  });

  it('links to the story named by the data that failed, resolved against src', async () => {
    const { el, event } = await failing(() =>
      element('newsprint-article', { src: echo({ url: 'stories/havana.html' }) }),
    );
    expect(event.detail.path).to.equal('headline');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="error-link"]')!;
    expect(link.href).to.equal(new URL('/api/stories/havana.html', location.href).href);
    expect(link.textContent).to.equal('Read it on the publisher’s site');
    await expect(el).to.be.accessible();
  });

  it('links to the light-DOM fallback link when the request failed', async () => {
    const { el } = await failing(() =>
      element(
        'newsprint-card',
        { src: api('missing.json') },
        '<a href="https://news.example/havana">Havana masks its medics’ return</a>',
      ),
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="error-link"]')!;
    expect(link.href).to.equal('https://news.example/havana');
    expect(link.rel).to.contain('noopener');
  });

  it('offers no link, and still its line, for data whose url throws when read', async () => {
    const { el, event } = await failing(() => {
      const article = element('newsprint-article') as Element_;
      article.article = untyped({
        get url(): string {
          throw new Error('hostile getter');
        },
      });
      return article;
    });
    expect(event.detail.message).to.be.a('string');
    expect(words(errorBox(el))).to.equal('This story isn’t available right now.');
  });

  it('offers no link for an unsafe address', async () => {
    const { el } = await failing(() => {
      const article = element('newsprint-article') as Element_;
      article.article = untyped({ headline: '', url: 'javascript:alert(1)' });
      return article;
    });
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('keeps the icon its size when the line wraps in a narrow column', async () => {
    const { el } = await failing(
      () => element('newsprint-figure', { src: api('missing.json') }),
      140,
    );
    const icon = el.shadowRoot!.querySelector('.error-icon')!.getBoundingClientRect();
    const line = errorBox(el)!.getBoundingClientRect();
    expect(line.height).to.be.greaterThan(60); // wrapped onto several lines
    expect(icon.width).to.be.closeTo(16.5, 1); // 1.1em of 15px
    expect(icon.height).to.be.closeTo(16.5, 1);
  });

  it('keeps a card its frame and about the height of the card with its story', async () => {
    const seed = (await (await fetch(seedUrl)).json()) as Record<string, unknown>;
    const story = {
      ...seed,
      image: { ...(seed.image as object), src: `${assets}cuba-medics-flight.jpg` },
    };
    for (const layout of ['vertical', 'horizontal', 'compact']) {
      for (const width of [320, 720]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
        const ready = element('newsprint-card', { layout }) as Element_;
        ready.article = untyped(story);
        const loaded = oneEvent(ready, 'newsprint-load');
        wrapper.append(ready);
        await loaded;
        const { el } = await failing(
          () => element('newsprint-card', { layout, src: api('missing.json') }),
          width,
        );
        const card = el.shadowRoot!.querySelector('[part="card"]')!;
        expect(getComputedStyle(card).borderTopStyle, layout).to.equal('solid');
        const readyHeight = ready.getBoundingClientRect().height;
        const errorHeight = el.getBoundingClientRect().height;
        expect(errorHeight / readyHeight, `${layout} at ${width}px`).to.be.within(0.75, 1.15);
      }
    }
  });
});
