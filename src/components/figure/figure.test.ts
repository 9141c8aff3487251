import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { Article, ArticleImage } from '../../article/types.js';
import type {
  NewsprintErrorEvent,
  NewsprintLoadedData,
  NewsprintLoadEvent,
} from '../../events/events.js';
import { creditHasLabel } from './credit.js';
import type { NewsprintFigure } from './figure.js';
import './newsprint-figure.js';
import { untyped } from '../../../test/untyped.js';

const seedUrl = new URL('/test/fixtures/cuba-medics.json', location.href).href;
const asset = (name: string) => new URL(`/test/fixtures/assets/${name}`, location.href).href;
const api = (route: string) => new URL(`/api/${route}`, location.href).href;
/** A new URL each time, so no test gets another's cached picture. */
const unique = (url: string) => `${url}${url.includes('?') ? '&' : '?'}n=${Math.random()}`;

let seed: Article;
before(async () => {
  seed = (await (await fetch(seedUrl)).json()) as Article;
});

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
/** Whether the shadow root holds a match (a boolean keeps failure messages small). */
const has = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** Renders a figure with `data` in a wrapper of a given width, and waits for `newsprint-load`. */
async function render(
  data: unknown,
  { attributes = {}, width = 600, wrapperStyle = '' } = {} as {
    attributes?: Record<string, string>;
    width?: number;
    wrapperStyle?: string;
  },
): Promise<NewsprintFigure> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  wrapper.setAttribute('style', `width: ${width}px; ${wrapperStyle}`);
  const el = document.createElement('newsprint-figure');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.article = untyped(data);
  const loaded = oneEvent(el, 'newsprint-load');
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** Waits until the picture in the figure has loaded or failed, and the figure has re-rendered. */
async function imageSettled(el: NewsprintFigure): Promise<void> {
  const img = $<HTMLImageElement>(el, 'img');
  if (img && !(img.complete && img.naturalWidth > 0)) {
    await new Promise((resolve) => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
    });
  }
  await el.updateComplete;
}

/** Tests that wait for the picture load it eagerly: a lazy one waits for the page to be on screen. */
const eagerly = { eager: '' };

const frameOf = (el: NewsprintFigure) => $(el, '.frame')!;
const heightOf = (node: Element) => node.getBoundingClientRect().height;

function image(overrides: Partial<ArticleImage> = {}): ArticleImage {
  return {
    src: asset('cuba-medics-flight.jpg'),
    alt: 'Cuban medical collaborators walking down the stairs of a plane',
    caption: 'Flight with Cuban collaborators returning from Venezuela',
    credit: '© X / @FlconEYES',
    width: 1200,
    height: 675,
    ...overrides,
  };
}

describe('<newsprint-figure>', () => {
  describe('data', () => {
    it('renders every field of the seed story from src', async () => {
      const el = await fixture<NewsprintFigure>(
        html`<newsprint-figure src=${seedUrl}></newsprint-figure>`,
      );
      const event = (await oneEvent(
        el,
        'newsprint-load',
      )) as NewsprintLoadEvent<NewsprintLoadedData>;
      await el.updateComplete;

      const figure = $(el, 'figure')!;
      const img = $<HTMLImageElement>(el, 'figure img[part="image"]')!;
      // Relative to the JSON file, not to the test page.
      expect(img.getAttribute('src')).to.equal(asset('cuba-medics-flight.jpg'));
      expect(img.alt).to.equal(seed.image!.alt);
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('675');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.hasAttribute('fetchpriority')).to.be.false;
      expect(img.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');

      const caption = figure.querySelector('figcaption[part="caption"]')!;
      expect(text(caption.querySelector('.caption-text'))).to.equal(seed.image!.caption);
      // The credit already says whose it is: shown exactly as given, no "Photo:".
      expect(text(caption.querySelector('[part="credit"]'))).to.equal('© X / @FlconEYES');
      // Given a whole article, the event reports the whole normalized article.
      const article = event.detail.article as { headline: string; image: { src: string } };
      expect(article.headline).to.equal(seed.headline);
      expect(article.image.src).to.equal(asset('cuba-medics-flight.jpg'));
    });

    it('reads schema.org JSON-LD from an inline script', async () => {
      const jsonLd = {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Mission accomplished?',
        inLanguage: 'es',
        image: {
          '@type': 'ImageObject',
          url: asset('cuba-medics-flight.jpg'),
          caption: 'Vuelo con colaboradores cubanos',
          creditText: 'Ernesto Alvarez',
          width: 1200,
          height: 675,
        },
      };
      const el = await fixture<NewsprintFigure>(
        html`<newsprint-figure>
          <script type="application/ld+json">
            ${JSON.stringify(jsonLd)}
          </script>
        </newsprint-figure>`,
      );
      await el.updateComplete;
      expect($<HTMLImageElement>(el, 'img')!.getAttribute('src')).to.equal(
        asset('cuba-medics-flight.jpg'),
      );
      expect(text($(el, '.caption-text'))).to.equal('Vuelo con colaboradores cubanos');
      // The article's language (inLanguage) reaches the figure's strings.
      expect(text($(el, '[part="credit"]'))).to.equal('Foto: Ernesto Alvarez');
      expect($(el, '.base')!.getAttribute('lang')).to.equal('es');
    });

    it('accepts just an image object', async () => {
      const el = await render({ src: asset('cuba-medics-flight-600.jpg'), alt: 'A plane' });
      expect($<HTMLImageElement>(el, 'img')!.alt).to.equal('A plane');
    });

    it('leaves out what the data leaves out', async () => {
      const el = await render({ src: unique(api('never?ms=3000')), alt: 'A plane' });
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(has(el, 'figcaption')).to.be.false;
      for (const name of ['width', 'height', 'srcset', 'sizes', 'fetchpriority']) {
        expect(img.hasAttribute(name), name).to.be.false;
      }
      // No size given: a 16:9 box until the picture arrives.
      const frame = frameOf(el);
      expect(heightOf(frame)).to.be.closeTo((frame.getBoundingClientRect().width * 9) / 16, 0.5);
    });

    it('shows a caption without credit, and a credit without caption', async () => {
      const captionOnly = await render(image({ credit: undefined }));
      expect(text($(captionOnly, 'figcaption'))).to.equal(
        'Flight with Cuban collaborators returning from Venezuela',
      );
      expect(has(captionOnly, '[part="credit"]')).to.be.false;

      const creditOnly = await render(image({ caption: undefined, credit: 'Reuters' }));
      expect(has(creditOnly, '.caption-text')).to.be.false;
      expect(text($(creditOnly, 'figcaption'))).to.equal('Photo: Reuters');
    });

    it('shows the image of a whole article, in the article language', async () => {
      const el = await render({
        ...seed,
        language: 'es',
        image: image({ credit: 'Ramón Espinosa' }),
      });
      expect(text($(el, '[part="credit"]'))).to.equal('Foto: Ramón Espinosa');
    });

    it('starts over when the data changes', async () => {
      const el = await render(image({ src: unique(api('missing.json')) }), { attributes: eagerly });
      await imageSettled(el);
      expect(has(el, '[part="placeholder"]')).to.be.true;
      el.article = image({ src: unique(asset('cuba-medics-flight-600.jpg')), alt: 'Second' });
      await el.updateComplete;
      expect(has(el, '[part="placeholder"]')).to.be.false;
      expect($<HTMLImageElement>(el, 'img')!.alt).to.equal('Second');
    });
  });

  describe('states', () => {
    it('shows a loading placeholder while src is pending', async () => {
      const el = await fixture<NewsprintFigure>(
        html`<newsprint-figure src=${api('never?ms=3000')} timeout="5000"></newsprint-figure>`,
      );
      let loaded = false;
      el.addEventListener('newsprint-load', () => (loaded = true));
      await aTimeout(100);
      const base = $(el, '.base')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      const loading = $(el, '[part="loading"]')!;
      expect(loading).to.exist;
      expect(text(loading.querySelector('[role="status"]'))).to.equal('Loading story…');
      // Shaped like a figure: a picture box.
      expect(heightOf(loading.querySelector('.frame-skeleton')!)).to.be.greaterThan(50);
      expect(has(el, 'img')).to.be.false;
      expect(loaded).to.be.false;
    });

    it('has no axe violations while loading', async () => {
      // Longer than the first axe run takes, so the check sees the loading state.
      const el = await fixture<NewsprintFigure>(
        html`<newsprint-figure src=${api('never?ms=9000')} timeout="10000"></newsprint-figure>`,
      );
      await aTimeout(50);
      await expect(el).to.be.accessible();
      expect(has(el, '[part="loading"]'), 'still loading').to.be.true;
    });

    it('shows an error and fires newsprint-error when src answers 404', async () => {
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        const el = await fixture<NewsprintFigure>(
          html`<newsprint-figure src=${api('missing.json')}></newsprint-figure>`,
        );
        const event = (await oneEvent(el, 'newsprint-error')) as NewsprintErrorEvent;
        await el.updateComplete;
        expect(event.detail.message).to.contain('404');
        expect(event.bubbles && event.composed).to.be.true;
        const error = $(el, '[part="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain('404');
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });

    for (const [name, data] of [
      ['a standalone image', { src: 'javascript:alert(1)', alt: 'A plane', caption: 'Landing' }],
      [
        'the image of a whole article',
        { headline: 'H', image: { src: 'data:image/png,x', alt: 'A plane', caption: 'Landing' } },
      ],
    ] as const) {
      it(`shows "image unavailable" with caption and credit for an unsafe src in ${name}`, async () => {
        const warnings: unknown[] = [];
        const errors: Event[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args);
        try {
          const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 600px"></div>`);
          wrapper.addEventListener('newsprint-error', (event) => errors.push(event));
          const el = document.createElement('newsprint-figure');
          el.article = data;
          const loaded = oneEvent(el, 'newsprint-load') as Promise<NewsprintLoadEvent>;
          wrapper.append(el);
          await loaded;
          await el.updateComplete;
          // Nothing that could load the address: no <img>, no URL anywhere in the shadow root.
          expect(has(el, 'img')).to.be.false;
          expect(el.shadowRoot!.innerHTML).not.to.match(/javascript:|data:image/);
          const placeholder = $(el, '[part="placeholder"]')!;
          expect(text(placeholder)).to.equal('Image unavailable');
          expect(placeholder.getAttribute('role')).to.equal('img');
          expect(placeholder.getAttribute('aria-label')).to.equal('A plane');
          expect(text($(el, '.caption-text'))).to.equal('Landing');
          expect(has(el, '[part="error"]')).to.be.false;
          expect(heightOf(frameOf(el))).to.be.greaterThan(100);
          expect(errors).to.deep.equal([]);
          expect(warnings).to.deep.equal([]);
          await expect(el).to.be.accessible();
        } finally {
          console.warn = warn;
        }
      });
    }

    it('shows the credit beside an unavailable image', async () => {
      const el = await render(image({ src: 'javascript:alert(1)', credit: 'AP' }));
      expect(has(el, '[part="placeholder"]')).to.be.true;
      expect(text($(el, '[part="credit"]'))).to.equal('Photo: AP');
    });

    for (const [name, data, path] of [
      ['an article without an image', { headline: 'No picture' }, 'image'],
      ['an image without alt', { src: 'photo.jpg' }, 'alt'],
      ['a width that is not a number', { src: 'photo.jpg', alt: 'x', width: '1200' }, 'width'],
    ] as const) {
      it(`reports ${name} with the path of the field`, async () => {
        const warnings: unknown[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args);
        try {
          const el = document.createElement('newsprint-figure');
          el.article = untyped(data);
          const failed = oneEvent(el, 'newsprint-error') as Promise<NewsprintErrorEvent>;
          fixtureSync(html`<div></div>`).append(el);
          const event = await failed;
          await el.updateComplete;
          expect(event.detail.path).to.equal(path);
          expect(has(el, '[part="error"]')).to.be.true;
          expect(has(el, 'figure')).to.be.false;
          expect(warnings).to.have.length(1);
        } finally {
          console.warn = warn;
        }
      });
    }
  });

  describe('events', () => {
    it('fires newsprint-load once, bubbling and composed, with the normalized image', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const events: NewsprintLoadEvent<NewsprintLoadedData>[] = [];
      wrapper.addEventListener('newsprint-load', (event) => events.push(event));
      const el = document.createElement('newsprint-figure');
      el.article = image({ src: 'relative/photo.jpg' });
      wrapper.append(el);
      await el.updateComplete;
      await aTimeout(0);
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event.bubbles && event.composed).to.be.true;
      const detail = event.detail.article as ArticleImage;
      expect(detail.src).to.equal(new URL('relative/photo.jpg', document.baseURI).href);
      expect(detail.alt).to.equal(image().alt);
      expect(detail.width).to.equal(1200);
    });
  });

  describe('no layout shift', () => {
    it('keeps the box height from before the image loads to after', async () => {
      const el = await render(image({ src: unique(api('image.jpg?delay=1200')) }), {
        width: 480,
        attributes: eagerly,
      });
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.complete && img.naturalWidth > 0, 'still loading').to.be.false;
      const frameBefore = heightOf(frameOf(el));
      const hostBefore = heightOf(el);
      expect(frameBefore).to.be.closeTo((480 * 675) / 1200, 0.5);

      await imageSettled(el);
      expect(img.naturalWidth).to.equal(1200);
      expect($(el, '.frame')!.classList.contains('loaded')).to.be.true;
      expect(heightOf(frameOf(el))).to.equal(frameBefore);
      expect(heightOf(el)).to.equal(hostBefore);
    });

    it('reserves a 16:9 box for an image without width and height', async () => {
      const el = await render(
        image({ src: unique(api('image.jpg?delay=800')), width: undefined, height: undefined }),
        { width: 480, attributes: eagerly },
      );
      const before = heightOf(frameOf(el));
      expect(before).to.equal(270);
      await imageSettled(el);
      // The seed photo is 16:9 itself, so nothing moves; the frame now follows the picture.
      expect(frameOf(el).classList.contains('loaded')).to.be.true;
      expect(heightOf(frameOf(el))).to.equal(before);
    });

    it('replaces a failed image by a placeholder in the same box', async () => {
      const el = await render(image({ src: unique(api('missing.json')) }), {
        width: 400,
        attributes: eagerly,
      });
      const before = heightOf(frameOf(el));
      const hostBefore = heightOf(el);
      await imageSettled(el);

      const placeholder = $(el, '[part="placeholder"]')!;
      expect(placeholder).to.exist;
      expect(has(el, 'img')).to.be.false;
      expect(heightOf(frameOf(el))).to.equal(before);
      expect(heightOf(el)).to.equal(hostBefore);
      expect(heightOf(placeholder)).to.equal(before);
      expect(before).to.be.closeTo((400 * 675) / 1200, 0.5);
      // Visible text for readers, the alt text for assistive technology.
      expect(text(placeholder)).to.equal('Image unavailable');
      expect(placeholder.getAttribute('role')).to.equal('img');
      expect(placeholder.getAttribute('aria-label')).to.equal(image().alt);
      // Caption and credit stay.
      expect(text($(el, '.caption-text'))).to.equal(image().caption);
      expect(text($(el, '[part="credit"]'))).to.equal('© X / @FlconEYES');
      await expect(el).to.be.accessible();
    });

    it('keeps a failed decorative image decorative', async () => {
      const el = await render(image({ src: unique(api('missing.json')), alt: '' }), {
        attributes: eagerly,
      });
      await imageSettled(el);
      const placeholder = $(el, '[part="placeholder"]')!;
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      expect(placeholder.hasAttribute('role')).to.be.false;
      expect(placeholder.hasAttribute('aria-label')).to.be.false;
    });

    it('keeps the 16:9 box when an image without a size fails', async () => {
      const el = await render(
        image({ src: unique(api('missing.json')), width: undefined, height: undefined }),
        { width: 320, attributes: eagerly },
      );
      await imageSettled(el);
      expect(has(el, '[part="placeholder"]')).to.be.true;
      expect(heightOf(frameOf(el))).to.equal(180);
    });
  });

  describe('image attributes', () => {
    it('passes srcset and sizes through, resolved', async () => {
      const el = await render(
        image({
          srcset: 'cuba-medics-flight-600.jpg 600w, cuba-medics-flight.jpg 1200w',
          sizes: '(max-width: 640px) 100vw, 640px',
        }),
      );
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('srcset')).to.equal(
        `${new URL('cuba-medics-flight-600.jpg', document.baseURI).href} 600w, ${new URL('cuba-medics-flight.jpg', document.baseURI).href} 1200w`,
      );
      expect(img.getAttribute('sizes')).to.equal('(max-width: 640px) 100vw, 640px');
    });

    it('drops unsafe srcset candidates', async () => {
      const el = await render(
        image({ srcset: 'javascript:alert(1) 600w, cuba-medics-flight.jpg 1200w' }),
      );
      expect($<HTMLImageElement>(el, 'img')!.getAttribute('srcset')).to.equal(
        `${new URL('cuba-medics-flight.jpg', document.baseURI).href} 1200w`,
      );
    });

    it('loads eagerly with high priority when eager', async () => {
      const el = await render(image(), { attributes: { eager: '' } });
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('loading')).to.equal('eager');
      expect(img.getAttribute('fetchpriority')).to.equal('high');
      expect(img.hasAttribute('decoding')).to.be.false;
      el.eager = false;
      await el.updateComplete;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.hasAttribute('fetchpriority')).to.be.false;
    });

    it('uses the referrerpolicy attribute', async () => {
      const el = await render(image(), { attributes: { referrerpolicy: 'no-referrer' } });
      expect($(el, 'img')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    });

    it('keeps alt="" for a decorative image', async () => {
      const el = await render(image({ alt: '' }));
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.hasAttribute('alt')).to.be.true;
      expect(img.getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('credit', () => {
    it('adds "Photo:" only to a credit that does not say what it is', () => {
      const bare = [
        'Ernesto Alvarez',
        'Reuters',
        '@FlconEYES',
        'Ramón Espinosa for The Associated Press',
        'Photon Studio',
        'Imagine Media',
        'Agence France-Presse',
        'رويترز',
      ];
      const labelled = [
        '© X / @FlconEYES',
        '(c) 2026 CubaHeadlines',
        'AP / Ramón Espinosa',
        'Reuters | Pool',
        'Illustration: Ana Ruiz',
        'Photo by Ernesto Alvarez',
        'PHOTOGRAPH BY EVA RUIZ',
        'Foto de archivo',
        'Fotografía de Luis Gómez',
        'Crédito EFE',
        'Credit Getty',
        'Getty Images',
        'Courtesy of the family',
        'Cortesía de la familia',
        'Imagen de redes sociales',
        'Source Twitter',
        'Fuente Cubadebate',
        'via Reuters',
        'Handout',
        'تصوير أحمد',
        'الصورة من رويترز',
      ];
      for (const credit of bare) expect(creditHasLabel(credit), credit).to.be.false;
      for (const credit of labelled) expect(creditHasLabel(credit), credit).to.be.true;
    });

    it('renders the prefix in the element language', async () => {
      const en = await render(image({ credit: 'Ernesto Alvarez' }));
      expect(text($(en, '[part="credit"]'))).to.equal('Photo: Ernesto Alvarez');
      expect(text($(en, '.credit-label'))).to.equal('Photo:');

      const labelled = await render(image({ credit: 'Foto: EFE' }), { attributes: { lang: 'en' } });
      expect(text($(labelled, '[part="credit"]'))).to.equal('Foto: EFE');
      expect(has(labelled, '.credit-label')).to.be.false;

      const custom = await render(image({ credit: 'EFE' }));
      custom.strings = { photo: 'Picture:' };
      await custom.updateComplete;
      expect(text($(custom, '[part="credit"]'))).to.equal('Picture: EFE');
    });

    it('keeps the credit quiet but legible', async () => {
      const el = await render(image());
      const caption = getComputedStyle($(el, '.caption-text')!);
      const credit = getComputedStyle($(el, '[part="credit"]')!);
      expect(parseFloat(credit.fontSize)).to.be.lessThan(parseFloat(caption.fontSize));
      expect(parseFloat(credit.fontSize)).to.be.at.least(12);
      expect(credit.color).to.not.equal(caption.color);
    });
  });

  describe('language', () => {
    it('speaks Spanish', async () => {
      const el = await render(
        image({ src: unique(api('missing.json')), credit: 'Ramón Espinosa' }),
        {
          attributes: { lang: 'es', ...eagerly },
        },
      );
      await imageSettled(el);
      expect(text($(el, '[part="credit"]'))).to.equal('Foto: Ramón Espinosa');
      expect(text($(el, '[part="placeholder"]'))).to.equal('Imagen no disponible');
      expect($(el, '.base')!.getAttribute('dir')).to.equal('ltr');
    });

    it('lays Arabic out right to left', async () => {
      const el = await render(
        {
          headline: 'عودة الأطباء',
          language: 'ar',
          image: image({ caption: 'رحلة تقل متعاونين كوبيين عائدين من فنزويلا', credit: 'رويترز' }),
        },
        { width: 400 },
      );
      const base = $(el, '.base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(text($(el, '[part="credit"]'))).to.equal('تصوير: رويترز');
      // The caption starts at the right edge.
      const caption = $(el, '.caption-text')!.getBoundingClientRect();
      expect(caption.right).to.be.closeTo($(el, 'figcaption')!.getBoundingClientRect().right, 1);
      expect(getComputedStyle($(el, 'figcaption')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });

  describe('theme', () => {
    it('has no axe violations in the light theme', async () => {
      const el = await render(image(), { attributes: { theme: 'light', ...eagerly } });
      await imageSettled(el);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the dark theme, credit included', async () => {
      const el = await render(image({ credit: 'Ernesto Alvarez' }), {
        attributes: { theme: 'dark', ...eagerly },
        wrapperStyle: 'background: #121317; color: #ececf1;',
      });
      await imageSettled(el);
      const credit = getComputedStyle($(el, '[part="credit"]')!);
      expect(credit.color).to.equal('rgb(169, 170, 181)');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with the placeholder in the dark theme', async () => {
      const el = await render(image({ src: unique(api('missing.json')) }), {
        attributes: { theme: 'dark', ...eagerly },
        wrapperStyle: 'background: #121317;',
      });
      await imageSettled(el);
      expect(has(el, '[part="placeholder"]')).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('follows --newsprint-* custom properties', async () => {
      const el = await render(image(), {
        wrapperStyle: '--newsprint-color-muted: rgb(1, 2, 3); --newsprint-figure-radius: 0px;',
      });
      expect(getComputedStyle($(el, '[part="credit"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(frameOf(el)).borderTopLeftRadius).to.equal('0px');
    });
  });

  describe('host page CSS', () => {
    it('does not change the typography inside', async () => {
      const hostile =
        'font-size: 30px; line-height: 3; letter-spacing: 5px; text-transform: uppercase; text-align: right; word-spacing: 9px; font-style: italic; font-weight: 900;';
      const data = image({ src: unique(api('missing.json')), credit: 'Ernesto Alvarez' });
      const clean = await render(data, { width: 500, attributes: eagerly });
      const styled = await render(data, { width: 500, attributes: eagerly, wrapperStyle: hostile });
      await imageSettled(clean);
      await imageSettled(styled);
      const properties = [
        'font-size',
        'line-height',
        'letter-spacing',
        'text-transform',
        'text-align',
        'word-spacing',
        'font-style',
        'font-weight',
      ];
      for (const selector of [
        '.caption-text',
        '[part="credit"]',
        '.credit-label',
        '[part="placeholder"]',
        'figcaption',
      ]) {
        const a = getComputedStyle($(clean, selector)!);
        const b = getComputedStyle($(styled, selector)!);
        for (const property of properties) {
          expect(b.getPropertyValue(property), `${selector} ${property}`).to.equal(
            a.getPropertyValue(property),
          );
        }
      }
      expect(heightOf(styled)).to.equal(heightOf(clean));
    });
  });
});
