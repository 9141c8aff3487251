import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Article } from '../../article/types.js';
import type { NewsprintErrorEvent, NewsprintNavigateEvent } from '../../events/events.js';
import type { NewsprintArticle } from './article.js';
import './newsprint-article.js';
import { untyped } from '../../../test/untyped.js';

const seedUrl = new URL('/test/fixtures/cuba-medics.json', location.href).href;
let seed: Article;

before(async () => {
  seed = (await (await fetch(seedUrl)).json()) as Article;
});

async function render(
  article: unknown,
  attributes: Record<string, string> = {},
): Promise<NewsprintArticle> {
  return renderIn(await fixture<HTMLDivElement>(html`<div></div>`), article, attributes);
}

/** `render()` into a given host element (a column of some width, font or direction). */
async function renderIn(
  wrapper: HTMLElement,
  article: unknown,
  attributes: Record<string, string> = {},
): Promise<NewsprintArticle> {
  const el = document.createElement('newsprint-article');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.article = untyped(article);
  const loaded = oneEvent(el, 'newsprint-load');
  wrapper.append(el);
  await loaded;
  await settle(el);
  return el;
}

/** Waits for the article and the elements it renders inside itself. */
async function settle(el: NewsprintArticle) {
  await el.updateComplete;
  const nested = [
    ...el.shadowRoot!.querySelectorAll('newsprint-byline, newsprint-figure, newsprint-faq'),
  ];
  await Promise.all(nested.map((child) => (child as NewsprintArticle).updateComplete));
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const text = (el: Element, selector: string) =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<newsprint-article>', () => {
  it('renders every field of the seed story', async () => {
    const el = await render(seed);
    expect(text(el, '[part="section"]')).to.equal('Cuba');
    const headline = $(el, '[part="headline"]')!;
    expect(headline.localName).to.equal('h2');
    expect(headline.textContent).to.equal(seed.headline);
    expect(text(el, '[part="description"]')).to.equal(seed.description);
    expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal('headline');

    const byline = $(el, 'newsprint-byline')!;
    expect(byline.shadowRoot!.textContent).to.contain('Ernesto Alvarez');
    expect(byline.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2026-01-26',
    );

    const figure = $(el, 'newsprint-figure')!;
    const img = figure.shadowRoot!.querySelector('img')!;
    expect(img.src).to.equal(new URL('assets/cuba-medics-flight.jpg', location.href).href);
    expect(figure.shadowRoot!.textContent).to.contain('© X / @FlconEYES');
    expect(figure.shadowRoot!.textContent).to.contain(seed.image!.caption!);

    expect(el.shadowRoot!.querySelectorAll('.body p')).to.have.length(9);
    expect(text(el, '.body')).to.contain('Amidst a wave of triumphant rhetoric');

    const faq = $(el, 'newsprint-faq')!;
    expect(faq.getAttribute('heading-level')).to.equal('3');
    expect(faq.shadowRoot!.querySelectorAll('button')).to.have.length(3);

    expect(text(el, '.copyright')).to.equal('© CubaHeadlines 2026');
    const publisher = $(el, '.publisher a') as HTMLAnchorElement;
    expect(publisher.href).to.equal('https://www.cubaheadlines.com/');
    expect(publisher.rel).to.equal('noopener noreferrer ugc');
    const canonical = $(el, '[part="canonical-link"]') as HTMLAnchorElement;
    expect(canonical.href).to.equal(seed.url);
    expect(canonical.rel).to.equal('noopener noreferrer ugc');
    expect(canonical.textContent).to.contain('Read the original story');
  });

  it('renders a headline alone and leaves out every absent part', async () => {
    const el = await render({ headline: 'Only a headline' });
    expect(text(el, '[part="headline"]')).to.equal('Only a headline');
    for (const part of ['section', 'description', 'byline', 'figure', 'body', 'faq', 'footer']) {
      expect($(el, `[part="${part}"]`), part).to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('follows heading-level, inside the body too', async () => {
    const el = await render(
      { ...seed, body: '<h2>Background</h2><p>Text</p><h3>Detail</h3><h6>Deep</h6>' },
      { 'heading-level': '3' },
    );
    expect($(el, '[part="headline"]')!.localName).to.equal('h3');
    const headings = [...el.shadowRoot!.querySelectorAll('.body :is(h1,h2,h3,h4,h5,h6)')];
    expect(headings.map((h) => h.localName)).to.deep.equal(['h4', 'h5', 'h6']);
    expect($(el, 'newsprint-faq')!.getAttribute('heading-level')).to.equal('4');
    el.headingLevel = 2;
    await el.updateComplete;
    const shifted = [...el.shadowRoot!.querySelectorAll('.body :is(h1,h2,h3,h4,h5,h6)')];
    expect(shifted.map((h) => h.localName)).to.deep.equal(['h3', 'h4', 'h6']);
  });

  it('puts FAQ questions right under the headline when the FAQ has no title', async () => {
    const el = await render({ ...seed, faq: { items: seed.faq!.items } });
    const faq = $(el, 'newsprint-faq')!;
    expect(faq.getAttribute('heading-level')).to.equal('2');
    const questionHeading = faq.shadowRoot!.querySelector('button')!.parentElement!;
    expect(questionHeading.localName).to.equal('h3');
    await expect(el).to.be.accessible();
  });

  it('fires one newsprint-load for the whole story', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const loads: EventTarget[] = [];
    wrapper.addEventListener('newsprint-load', (event) => loads.push(event.target!));
    const el = document.createElement('newsprint-article');
    el.article = seed;
    wrapper.append(el);
    await oneEvent(el, 'newsprint-load');
    await settle(el);
    await aTimeout(50);
    expect(loads).to.deep.equal([el]);
  });

  it('has no axe violations in light and dark themes', async () => {
    const el = await render(seed);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('dark theme changes the colours of the story and its parts', async () => {
    const el = await render(seed);
    const light = getComputedStyle($(el, '.headline')!).color;
    el.theme = 'dark';
    await settle(el);
    expect(getComputedStyle($(el, '.headline')!).color).not.to.equal(light);
    const faq = $(el, 'newsprint-faq')!;
    expect(faq.getAttribute('theme')).to.equal('dark');
  });

  it('fires a cancelable newsprint-navigate for its links', async () => {
    const el = await render(seed);
    const canonical = $(el, '[part="canonical-link"]') as HTMLAnchorElement;
    const navigated = oneEvent(el, 'newsprint-navigate') as Promise<NewsprintNavigateEvent>;
    let clickPrevented = false;
    el.addEventListener('newsprint-navigate', (event) => event.preventDefault(), { once: true });
    el.shadowRoot!.addEventListener('click', (event) => (clickPrevented = event.defaultPrevented), {
      once: true,
    });
    const before = location.href;
    canonical.click();
    const event = await navigated;
    expect(event.detail.url).to.equal(seed.url);
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(clickPrevented).to.equal(true);
    expect(location.href).to.equal(before);
  });

  it('shows a loading state and then an error for a bad src', async () => {
    const el = document.createElement('newsprint-article');
    el.src = '/api/missing.json?delay=200';
    const failed = oneEvent(el, 'newsprint-error') as Promise<NewsprintErrorEvent>;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      document.body.append(el);
      await el.updateComplete;
      expect($(el, '[part="loading"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
      const event = await failed;
      await el.updateComplete;
      expect(event.detail.message).to.contain('404');
      // Readers get a quiet line; the HTTP status stays in the event (and the console).
      expect(text(el, '[part="error"]')).to.contain('This story isn’t available right now.');
      expect(text(el, '[part="error"]')).not.to.contain('404');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
      el.remove();
    }
  });

  it('loads through src and resolves the image against it', async () => {
    const el = document.createElement('newsprint-article');
    el.src = '/api/seed.json';
    const loaded = oneEvent(el, 'newsprint-load');
    document.body.append(el);
    await loaded;
    await settle(el);
    const img = $(el, 'newsprint-figure')!.shadowRoot!.querySelector('img')!;
    expect(img.src).to.equal(new URL('/api/assets/cuba-medics-flight.jpg', location.href).href);
    el.remove();
  });

  it('renders Spanish dates and strings', async () => {
    const el = await render({ ...seed, language: 'es' });
    const byline = $(el, 'newsprint-byline')!;
    expect(byline.shadowRoot!.textContent).to.contain('26 de enero de 2026');
    expect(text(el, '[part="canonical-link"]')).to.contain('Leer la noticia original');
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('lays Arabic out right to left', async () => {
    const el = await render({ ...seed, language: 'ar', headline: 'عودة الأطباء' });
    const base = $(el, '[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '.headline')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('keeps its typography under hostile inherited CSS', async () => {
    // The host's text size is taken on purpose, kept within 15–20px: the reference sits in a
    // 20px column, the bound the 30px size is held to. Nothing else of the host's may come in.
    const clean = await render(seed);
    clean.parentElement!.style.fontSize = '20px';
    const hostile = await fixture<HTMLDivElement>(
      html`<div
        style="font-size: 30px; line-height: 3; letter-spacing: 5px; word-spacing: 9px;
        text-transform: uppercase; text-align: right; font-style: italic; font-weight: 900;
        color: rgb(0, 200, 0); white-space: pre; text-indent: 40px"
      ></div>`,
    );
    const el = document.createElement('newsprint-article');
    el.article = seed;
    hostile.append(el);
    await oneEvent(el, 'newsprint-load');
    await settle(el);
    const properties = [
      'font-size',
      'line-height',
      'letter-spacing',
      'word-spacing',
      'text-transform',
      'text-align',
      'font-style',
      'font-weight',
      'color',
      'white-space',
      'text-indent',
    ];
    for (const selector of ['.headline', '.description', '.body p', '.footer']) {
      const a = getComputedStyle($(clean, selector)!);
      const b = getComputedStyle($(el, selector)!);
      for (const property of properties) {
        expect(b.getPropertyValue(property), `${selector} ${property}`).to.equal(
          a.getPropertyValue(property),
        );
      }
    }
  });
});

describe('<newsprint-article> referrerpolicy', () => {
  /** What the fixture server saw for `/api/image.jpg?key=…`, once it saw anything. */
  async function imageHit(key: string): Promise<{ requests: number; referer: string | null }> {
    for (let tries = 0; tries < 100; tries++) {
      const hit = await (await fetch(`/api/hits.json?key=${encodeURIComponent(key)}`)).json();
      if (hit.requests > 0) return hit;
      await aTimeout(50);
    }
    throw new Error(`no request for image ${key}`);
  }

  async function renderWithImages(key: string, policy?: string): Promise<NewsprintArticle> {
    const image = (name: string) => `<img src="/api/image.jpg?key=${key}-${name}" alt="">`;
    const el = await fixture<NewsprintArticle>(
      html`<newsprint-article
        referrerpolicy=${policy ?? 'strict-origin-when-cross-origin'}
        .article=${{
          headline: 'Images in the body and in an answer',
          body: `<p>Before.</p>${image('body')}`,
          faq: { items: [{ question: 'Where?', answer: `<p>${image('answer')}</p>` }] },
        }}
      ></newsprint-article>`,
    );
    const faq = el.shadowRoot!.querySelector<HTMLElement & { show(i: number): boolean }>(
      'newsprint-faq',
    )!;
    await (faq as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    faq.show(0); // the answer's lazy image loads once its panel is open
    await (faq as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // Lazy images load once in view (earlier tests may have scrolled the page).
    el.shadowRoot!.querySelector('.body img')!.scrollIntoView();
    await aTimeout(100);
    faq.shadowRoot!.querySelector('img')!.scrollIntoView();
    return el;
  }

  it("sends images inside the body and the FAQ answers with the element's policy", async () => {
    const key = `no-referrer-${Date.now()}`;
    await renderWithImages(key, 'no-referrer');
    expect((await imageHit(`${key}-body`)).referer).to.equal(null);
    expect((await imageHit(`${key}-answer`)).referer).to.equal(null);
  });

  it('gives data-made images a new policy without a second newsprint-load', async () => {
    const el = await fixture<NewsprintArticle>(
      html`<newsprint-article
        .article=${{ headline: 'H', body: '<p><img src="/api/image.jpg?key=unused" alt=""></p>' }}
      ></newsprint-article>`,
    );
    const policyOfBodyImage = () =>
      el.shadowRoot!.querySelector('.body img')!.getAttribute('referrerpolicy');
    expect(policyOfBodyImage()).to.equal('strict-origin-when-cross-origin');
    let loads = 0;
    el.addEventListener('newsprint-load', () => loads++);
    el.setAttribute('referrerpolicy', 'no-referrer');
    await el.updateComplete;
    expect(policyOfBodyImage()).to.equal('no-referrer');
    expect(loads).to.equal(0);
  });

  it('sends the referrer the default policy allows (control)', async () => {
    const key = `default-${Date.now()}`;
    await renderWithImages(key);
    expect((await imageHit(`${key}-body`)).referer).to.equal(location.href);
    expect((await imageHit(`${key}-answer`)).referer).to.equal(location.href);
  });
});

describe('<newsprint-article structured-data>', () => {
  const jsonLdOf = (el: Element) =>
    [...el.querySelectorAll(':scope > script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
    );

  it('writes NewsArticle JSON-LD into its light DOM only when asked, and keeps it in step', async () => {
    const plain = await render(seed);
    expect(jsonLdOf(plain)).to.deep.equal([]);

    const el = await render(
      { ...seed, isBasedOn: 'https://original.example/story' },
      { 'structured-data': '' },
    );
    const [ld] = jsonLdOf(el);
    expect(ld['@type']).to.equal('NewsArticle');
    expect(ld.headline).to.equal(seed.headline);
    expect(ld.isBasedOn).to.equal('https://original.example/story');
    expect((ld.image as Record<string, unknown>).creditText).to.equal('© X / @FlconEYES');
    expect(jsonLdOf(el)).to.have.length(1);

    el.article = { ...seed, headline: 'A new headline' };
    await settle(el);
    expect(jsonLdOf(el).map((node) => node.headline)).to.deep.equal(['A new headline']);

    el.structuredData = false;
    await settle(el);
    expect(jsonLdOf(el)).to.deep.equal([]);
  });

  it('never reads its own JSON-LD as data', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('newsprint-article');
    el.setAttribute('structured-data', '');
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify({ ...seed, headline: 'Inline headline' });
    el.append(data);
    const loaded = oneEvent(el, 'newsprint-load');
    wrapper.append(el);
    await loaded;
    await settle(el);
    expect(jsonLdOf(el).map((node) => node.headline)).to.deep.equal(['Inline headline']);
    // Without the inline data, the element is empty: its own output is not input.
    data.remove();
    await aTimeout(0);
    await settle(el);
    expect($(el, '[part="headline"]')).to.equal(null);
    expect(jsonLdOf(el)).to.deep.equal([]);
  });
});

describe('<newsprint-article> on the page', () => {
  async function inColumn(width: number, dir: 'ltr' | 'rtl', article: unknown) {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir=${dir} style="width: ${width}px; margin-inline-start: 37px"></div>`,
    );
    const el = await renderIn(wrapper, article);
    return { wrapper, el };
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`starts where the host's column starts (${dir}), at every column width`, async () => {
      for (const width of [360, 720, 1000, 1400]) {
        // An Arabic story in a right-to-left column (the element's direction is its language's).
        const story = dir === 'rtl' ? { ...seed, language: 'ar' } : seed;
        const { wrapper, el } = await inColumn(width, dir, story);
        const column = wrapper.getBoundingClientRect();
        const article = $(el, '[part="article"]')!.getBoundingClientRect();
        const start = dir === 'ltr' ? article.left - column.left : column.right - article.right;
        expect(start, `${width}px column`).to.be.closeTo(0, 0.5);
        expect(article.width).to.be.at.most(width);
      }
    });
  }

  it('draws one rule, not two, between the FAQ and the footer', async () => {
    const { el } = await inColumn(720, 'ltr', seed);
    const footer = $(el, '[part="footer"]')!;
    const faq = $(el, '[part="faq"]')!;
    expect(getComputedStyle(footer).borderTopStyle).to.equal('none');
    // The FAQ's own last rule is what separates them.
    const items = faq.shadowRoot!.querySelectorAll('.item');
    expect(getComputedStyle(items[items.length - 1]!).borderBottomStyle).to.equal('solid');
    const gap = footer.getBoundingClientRect().top - faq.getBoundingClientRect().bottom;
    expect(gap).to.be.within(10, 30);
    // Without an FAQ the footer has its rule.
    const { el: plain } = await inColumn(720, 'ltr', { ...seed, faq: undefined });
    expect(getComputedStyle($(plain, '[part="footer"]')!).borderTopStyle).to.equal('solid');
  });

  it('has a loading placeholder in the shape of a story, its bars longest first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const el = document.createElement('newsprint-article');
    el.src = new URL(`/api/never?ms=3000&n=${Math.random()}`, location.href).href;
    wrapper.append(el);
    await el.updateComplete;
    const loading = $(el, '[part="loading"]')!;
    const box = loading.getBoundingClientRect();
    // A kicker, two headline lines, a dek, a byline, a 16:9 picture and paragraphs (was 78px).
    const media = loading.querySelector('.media-bar')!.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(600);
    expect(box.height - media.height).to.be.greaterThan(300);
    expect(media.height / media.width).to.be.closeTo(9 / 16, 0.01);
    const headlines = [...loading.querySelectorAll('.headline-bar')].map(
      (bar) => bar.getBoundingClientRect().width,
    );
    expect(headlines[0]).to.be.greaterThan(headlines[1]!);
    await expect(el).to.be.accessible();
    el.remove();
  });

  for (const theme of [undefined, 'light', 'dark']) {
    it(`keeps its loading bars inside a 244px rail (theme ${theme ?? 'unset'})`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 244px"></div>`);
      const el = document.createElement('newsprint-article');
      if (theme) el.setAttribute('theme', theme);
      el.src = new URL(`/api/never?ms=3000&n=${Math.random()}`, location.href).href;
      wrapper.append(el);
      await el.updateComplete;
      const base = $(el, '[part="base"]')!;
      const padding = parseFloat(getComputedStyle(base).paddingInlineEnd);
      const inner = base.getBoundingClientRect().right - padding;
      const loading = $(el, '[part="loading"]')!;
      // The byline bar is 14em wide at most: in a narrow column it must shrink, not push out.
      for (const bar of loading.querySelectorAll('.bar, .media-bar')) {
        expect(bar.getBoundingClientRect().right, bar.className).to.be.at.most(inner + 0.5);
      }
      el.remove();
    });
  }
});

describe('<newsprint-article> text size and line length', () => {
  /** Characters on each full line of the story's longest paragraph. */
  function charactersPerLine(el: Element): number[] {
    const paragraphs = [...el.shadowRoot!.querySelectorAll('.body p')];
    const longest = paragraphs.sort((a, b) => b.textContent!.length - a.textContent!.length)[0]!;
    const text = longest.firstChild as Text;
    const range = document.createRange();
    const lines = new Map<number, number>();
    for (let i = 0; i < text.length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const top = Math.round(range.getClientRects()[0]?.top ?? -1);
      lines.set(top, (lines.get(top) ?? 0) + 1);
    }
    return [...lines.values()].slice(0, -1); // the last line is short
  }

  for (const font of ['Liberation Serif', 'Liberation Sans', 'DejaVu Sans']) {
    for (const size of [16, 19]) {
      it(`sits beside a ${size}px ${font} page at 65–70 characters a line`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 1100px; font: ${size}px '${font}'"></div>`,
        );
        const el = await renderIn(wrapper, seed);
        const body = getComputedStyle($(el, '[part="body"]')!);
        expect(body.fontSize).to.equal(`${Math.max(size, 17)}px`);
        const lines = charactersPerLine(el);
        const average = lines.reduce((sum, n) => sum + n, 0) / lines.length;
        expect(lines.length).to.be.at.least(3);
        expect(average).to.be.within(63, 72);
      });
    }
  }

  it('keeps the host size within 15–20px', async () => {
    for (const [host, base] of [
      [12, 15],
      [30, 20],
    ]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: ${host}px"></div>`);
      const el = await renderIn(wrapper, seed);
      expect(getComputedStyle($(el, '.base')!).fontSize).to.equal(`${base}px`);
    }
  });
});

describe('<newsprint-article> in narrow columns, panels and other scripts (issue 14, items 10–15)', () => {
  /** Distinct line boxes of an element's text. */
  function lineCount(element: Element): number {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
  }
  const px = (value: string) => parseFloat(value);
  const short = () => ({ ...seed, body: '<p>Short.</p>', faq: undefined });

  it('steps the headline down in a 244px column of a 19px page (was 26.8px, seven lines)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 244px; font: 19px 'Liberation Serif'"></div>`,
    );
    const el = await renderIn(wrapper, short());
    const headline = $(el, '.headline')!;
    const style = getComputedStyle(headline);
    expect(px(style.fontSize)).to.be.within(21, 24);
    expect(lineCount(headline)).to.be.at.most(5);
    // Long words hyphenate in the story's language, in the dek and text as in the headline.
    for (const selector of ['.headline', '.description', '.body']) {
      expect(getComputedStyle($(el, selector)!).hyphens, selector).to.equal('auto');
    }
    expect($(el, '.base')!.getAttribute('lang')).to.equal('en');
    // The dek a step below the headline.
    expect(px(getComputedStyle($(el, '.description')!).fontSize)).to.be.closeTo(20.2, 0.3);
    // And it still steps up in a wide column.
    const wide = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px; font: 19px 'Liberation Serif'"></div>`,
    );
    const big = await renderIn(wide, short());
    expect(px(getComputedStyle($(big, '.headline')!).fontSize)).to.be.at.least(40);
  });

  it('cuts the headline after --newsprint-headline-lines lines, and not without it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 244px; font: 19px 'Liberation Serif'"></div>`,
    );
    const whole = await renderIn(wrapper, short());
    const clamped = await renderIn(wrapper, short());
    clamped.style.setProperty('--newsprint-headline-lines', '2');
    const lineHeight = px(getComputedStyle($(clamped, '.headline')!).lineHeight);
    const wholeHeight = $(whole, '.headline')!.getBoundingClientRect().height;
    const clampedHeight = $(clamped, '.headline')!.getBoundingClientRect().height;
    expect(wholeHeight).to.be.above(lineHeight * 3);
    expect(clampedHeight).to.be.closeTo(lineHeight * 2, 1);
    expect(getComputedStyle($(whole, '.headline')!).display).to.equal('block');
  });

  it('sets Arabic headings at line height 1.3 or more, Latin headlines solid at 1.14', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const arabic = await renderIn(wrapper, {
      ...seed,
      language: 'ar',
      headline: 'مهمة منجزة؟ هافانا تُظهر عودة كوادرها الطبية من فنزويلا على أنها انتصار',
      body: '<h2>عنوان فرعي</h2><p>نص.</p>',
    });
    const ratio = (element: Element) => {
      const style = getComputedStyle(element);
      return px(style.lineHeight) / px(style.fontSize);
    };
    expect(ratio($(arabic, '.headline')!)).to.be.at.least(1.3);
    expect(ratio($(arabic, '.body h3')!)).to.be.at.least(1.3);
    const faqTitle = $(arabic, 'newsprint-faq')!.shadowRoot!.querySelector('.title')!;
    expect(ratio(faqTitle)).to.be.at.least(1.3);
    // Joined letters are not tracked.
    expect(getComputedStyle($(arabic, '.headline')!).letterSpacing).to.equal('normal');
    const latin = await renderIn(wrapper, short());
    expect(ratio($(latin, '.headline')!)).to.be.closeTo(1.14, 0.01);
  });

  it('gives a dark panel equal gutters, a visible edge and less padding when narrow', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="background: #121212; color: #e3e3e3; font: 19px 'Liberation Serif'">
        <div class="wide" style="width: 1000px"></div>
        <div class="narrow" style="width: 244px"></div>
      </div>`,
    );
    const wide = await renderIn(page.querySelector<HTMLElement>('.wide')!, short(), {
      theme: 'dark',
    });
    const panel = $(wide, '.base')!.getBoundingClientRect();
    const story = $(wide, '.article')!.getBoundingClientRect();
    // The panel ends where the lines end: the same gutter on both sides (was 23.75 / 170px).
    expect(story.left - panel.left).to.be.closeTo(panel.right - story.right, 1);
    expect(story.left - panel.left).to.be.closeTo(23.75, 0.5);
    // The edge: a 1px line in the border colour, #3a3b44 on #121212.
    expect(getComputedStyle($(wide, '.base')!).boxShadow).to.equal(
      'rgb(58, 59, 68) 0px 0px 0px 1px inset',
    );
    // No second edge (or panel) around the byline, figure and FAQ inside.
    for (const tag of ['newsprint-byline', 'newsprint-figure']) {
      const inner = $(wide, tag)!.shadowRoot!.querySelector('.base')!;
      expect(getComputedStyle(inner).boxShadow, tag).to.match(/^rgba\(0, 0, 0, 0\)|^none/);
    }
    const narrow = await renderIn(page.querySelector<HTMLElement>('.narrow')!, short(), {
      theme: 'dark',
    });
    // 0.75em at 19px in a 244px column (was 1.25em, 23.75px).
    expect(px(getComputedStyle($(narrow, '.base')!).paddingLeft)).to.be.closeTo(14.25, 0.5);
    // Without a theme: no edge, no padding.
    const plain = await renderIn(page.querySelector<HTMLElement>('.narrow')!, short());
    expect(getComputedStyle($(plain, '.base')!).paddingLeft).to.equal('0px');
    expect(getComputedStyle($(plain, '.base')!).boxShadow).to.match(/^rgba\(0, 0, 0, 0\)|^none/);
  });

  it('makes a standalone FAQ as wide as a full-width figure above it (was 60px short)', async () => {
    for (const theme of [undefined, 'dark']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 860px; font: 19px 'Liberation Serif'; background: #121212"></div>`,
      );
      const figure = document.createElement('newsprint-figure');
      const faq = document.createElement('newsprint-faq');
      for (const el of [figure, faq]) if (theme) el.setAttribute('theme', theme);
      figure.article = untyped(seed.image);
      faq.article = untyped(seed.faq);
      const loaded = [oneEvent(figure, 'newsprint-load'), oneEvent(faq, 'newsprint-load')];
      wrapper.append(figure, faq);
      await Promise.all(loaded);
      await Promise.all([figure.updateComplete, faq.updateComplete]);
      const picture = figure.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      const rule = faq.shadowRoot!.querySelector('.items')!.getBoundingClientRect();
      expect(rule.left, String(theme)).to.be.closeTo(picture.left, 0.5);
      expect(rule.right, String(theme)).to.be.closeTo(picture.right, 0.5);
      // In a panel, the same gutter on both sides.
      const panel = faq.shadowRoot!.querySelector('.base')!.getBoundingClientRect();
      expect(rule.left - panel.left).to.be.closeTo(panel.right - rule.right, 0.5);
    }
  });

  it('lets the page style the nested byline, figure and FAQ through ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .parts-test newsprint-article::part(author) { color: rgb(200, 0, 100) }
      .parts-test newsprint-article::part(caption) { font-style: italic }
      .parts-test newsprint-article::part(question) { color: rgb(0, 120, 0) }
      .parts-test newsprint-article::part(faq-title) { text-transform: uppercase }`;
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div class="parts-test"></div>`);
      const el = await renderIn(wrapper, seed);
      const inner = (tag: string, selector: string) =>
        $(el, tag)!.shadowRoot!.querySelector(selector)!;
      expect(getComputedStyle(inner('newsprint-byline', '.author')).color).to.equal(
        'rgb(200, 0, 100)',
      );
      expect(getComputedStyle(inner('newsprint-figure', '[part="caption"]')).fontStyle).to.equal(
        'italic',
      );
      expect(getComputedStyle(inner('newsprint-faq', '[part="question"]')).color).to.equal(
        'rgb(0, 120, 0)',
      );
      expect(getComputedStyle(inner('newsprint-faq', '.title')).textTransform).to.equal(
        'uppercase',
      );
    } finally {
      style.remove();
    }
  });
});
