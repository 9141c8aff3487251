import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { htmlToText } from '../../article/sanitize.js';
import { readingTimeMinutes } from '../../article/parse.js';
import type { Article, Author, BylineData } from '../../article/types.js';
import type {
  NewsprintErrorEvent,
  NewsprintLoadedData,
  NewsprintLoadEvent,
} from '../../events/events.js';
import type { NewsprintByline } from './byline.js';
import './newsprint-byline.js';
import { untyped } from '../../../test/untyped.js';

const seedUrl = new URL('/test/fixtures/cuba-medics.json', location.href).href;
const asset = (name: string) => new URL(`/test/fixtures/assets/${name}`, location.href).href;
const api = (route: string) => new URL(`/api/${route}`, location.href).href;

let seed: Article;
before(async () => {
  seed = (await (await fetch(seedUrl)).json()) as Article;
});

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
/** Whether the shadow root holds a match (a boolean keeps failure messages small). */
const has = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** Renders a byline with `data` in a wrapper, and waits for `newsprint-load`. */
async function render(
  data: unknown,
  { attributes = {}, width = 600, wrapperStyle = '' } = {} as {
    attributes?: Record<string, string>;
    width?: number;
    wrapperStyle?: string;
  },
): Promise<NewsprintByline> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  wrapper.setAttribute('style', `width: ${width}px; ${wrapperStyle}`);
  const el = document.createElement('newsprint-byline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.article = untyped(data);
  const loaded = oneEvent(el, 'newsprint-load');
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const ana: Author = {
  name: 'Ana Pérez',
  url: 'https://example.com/people/ana',
  image: asset('avatar-1.jpg'),
  role: 'Havana correspondent',
};
const luis: Author = { name: 'Luis Gómez', url: '/people/luis', image: asset('avatar-2.jpg') };
const eva: Author = { name: 'Eva Ruiz', image: asset('avatar-3.jpg'), role: 'Editor' };

function full(overrides: Partial<BylineData> = {}): BylineData {
  return {
    authors: [ana, luis, eva],
    datePublished: '2026-01-26',
    dateModified: '2026-01-27',
    readingTimeMinutes: 4,
    ...overrides,
  };
}

/** Waits until every avatar has loaded or failed, and the byline has re-rendered. */
async function avatarsSettled(el: NewsprintByline): Promise<void> {
  await Promise.all(
    $$<HTMLImageElement>(el, 'img').map((img) =>
      img.complete
        ? undefined
        : new Promise((resolve) => {
            img.addEventListener('load', resolve, { once: true });
            img.addEventListener('error', resolve, { once: true });
          }),
    ),
  );
  await el.updateComplete;
}

describe('<newsprint-byline>', () => {
  describe('data', () => {
    it('renders every field of the seed story from src', async () => {
      const el = await fixture<NewsprintByline>(
        html`<newsprint-byline src=${seedUrl}></newsprint-byline>`,
      );
      const event = (await oneEvent(
        el,
        'newsprint-load',
      )) as NewsprintLoadEvent<NewsprintLoadedData>;
      await el.updateComplete;

      expect(text($(el, '[part="authors"]'))).to.equal('By Ernesto Alvarez');
      // No url: the name is not a link.
      expect($(el, '[part="author"]')!.localName).to.equal('span');
      const time = $(el, 'time[part="published"]')!;
      expect(time.getAttribute('datetime')).to.equal('2026-01-26');
      expect(text(time)).to.equal('January 26, 2026');
      expect(has(el, '[part="updated"]')).to.be.false;
      // Reading time from the body, by the parser's rule.
      const minutes = readingTimeMinutes(htmlToText(seed.body!));
      expect(text($(el, '[part="reading-time"]'))).to.equal(`${minutes} min read`);
      expect((event.detail.article as { readingTimeMinutes: number }).readingTimeMinutes).to.equal(
        minutes,
      );
      expect(has(el, 'img')).to.be.false;
    });

    it('renders links, avatars, roles, both dates and the reading time', async () => {
      const el = await render(full());
      expect(text($(el, '[part="authors"]'))).to.equal(
        'By Ana Pérez (Havana correspondent), Luis Gómez and Eva Ruiz (Editor)',
      );
      const authors = $$(el, '[part="author"]');
      expect(authors.map((a) => a.localName)).to.deep.equal(['a', 'a', 'span']);
      expect(authors[0].getAttribute('href')).to.equal('https://example.com/people/ana');
      expect(authors[1].getAttribute('href')).to.equal(new URL('/people/luis', location.href).href);
      expect($$(el, '[part="role"]').map((r) => text(r))).to.deep.equal([
        '(Havana correspondent)',
        '(Editor)',
      ]);
      expect($$(el, 'img[part="avatar"]')).to.have.length(3);
      expect(text($(el, '[part="meta"]'))).to.equal(
        'January 26, 2026Updated January 27, 20264 min read',
      );
      expect($(el, '[part="updated"] time')!.getAttribute('datetime')).to.equal('2026-01-27');
    });

    it('gives links to other sites rel="noopener noreferrer ugc", and none to its own', async () => {
      const el = await render(full());
      const [external, local] = $$(el, 'a[part="author"]');
      expect(external.getAttribute('rel')).to.equal('noopener noreferrer ugc');
      expect(local.hasAttribute('rel')).to.be.false;
    });

    it('drops an unsafe author link but keeps the name', async () => {
      const el = await render({ authors: [{ name: 'Mallory', url: 'javascript:alert(1)' }] });
      expect(has(el, 'a')).to.be.false;
      expect(text($(el, '[part="author"]'))).to.equal('Mallory');
    });

    it('shows a single author role on its own line', async () => {
      const el = await render({ authors: [ana], datePublished: '2026-01-26' });
      expect(text($(el, '[part="authors"]'))).to.equal('By Ana Pérez');
      const role = $(el, 'p[part="role"]')!;
      expect(text(role)).to.equal('Havana correspondent');
      expect(getComputedStyle(role).color).to.equal(
        getComputedStyle($(el, '[part="meta"]')!).color,
      );
    });

    it('leaves out each optional field that is absent', async () => {
      const authorsOnly = await render({ authors: [{ name: 'Ernesto Alvarez' }] });
      expect(text($(authorsOnly, '[part="authors"]'))).to.equal('By Ernesto Alvarez');
      expect(has(authorsOnly, '[part="meta"]')).to.be.false;
      expect(has(authorsOnly, '[part="role"]')).to.be.false;
      expect(has(authorsOnly, '[part="avatars"]')).to.be.false;
      expect(has(authorsOnly, 'a')).to.be.false;

      const dateOnly = await render({ datePublished: '2026-01-26' });
      expect(has(dateOnly, '[part="authors"]')).to.be.false;
      expect(text($(dateOnly, '[part="meta"]'))).to.equal('January 26, 2026');

      const noReadingTime = await render(full({ readingTimeMinutes: undefined }));
      expect(has(noReadingTime, '[part="reading-time"]')).to.be.false;

      const noPublished = await render(full({ datePublished: undefined }));
      expect(has(noPublished, '[part="published"]')).to.be.false;
      expect(text($(noPublished, '[part="updated"]'))).to.equal('Updated January 27, 2026');
    });

    it('reads schema.org JSON-LD from an inline script', async () => {
      const jsonLd = {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Misión cumplida',
        inLanguage: 'es',
        datePublished: '2026-01-26',
        author: [
          { '@type': 'Person', name: 'Ana Pérez', url: 'https://example.com/ana' },
          { '@type': 'Person', name: 'Luis Gómez' },
        ],
        articleBody: 'Una frase corta.',
      };
      const el = await fixture<NewsprintByline>(
        html`<newsprint-byline>
          <script type="application/ld+json">
            ${JSON.stringify(jsonLd)}
          </script>
        </newsprint-byline>`,
      );
      await el.updateComplete;
      expect(text($(el, '[part="authors"]'))).to.equal('Por Ana Pérez y Luis Gómez');
      expect(text($(el, '[part="meta"]'))).to.equal('26 de enero de 20261 min de lectura');
    });

    it('rounds a fractional reading time up and formats it in the language', async () => {
      const el = await render(full({ readingTimeMinutes: 3.2 }), { attributes: { lang: 'ar' } });
      const expected = new Intl.NumberFormat('ar').format(4);
      expect(text($(el, '[part="reading-time"]'))).to.equal(`قراءة في ${expected} دقيقة`);
    });
  });

  describe('list of authors', () => {
    it('joins several authors in English news style', async () => {
      const two = await render({ authors: [{ name: 'Ana Pérez' }, { name: 'Luis Gómez' }] });
      expect(text($(two, '[part="authors"]'))).to.equal('By Ana Pérez and Luis Gómez');
      const three = await render({
        authors: [{ name: 'Ana Pérez' }, { name: 'Luis Gómez' }, { name: 'Eva Ruiz' }],
      });
      expect(text($(three, '[part="authors"]'))).to.equal('By Ana Pérez, Luis Gómez and Eva Ruiz');
    });

    it('joins them in Spanish', async () => {
      const el = await render(
        { authors: [{ name: 'Ana Pérez' }, { name: 'Luis Gómez' }, { name: 'Eva Ruiz' }] },
        { attributes: { lang: 'es' } },
      );
      expect(text($(el, '[part="authors"]'))).to.equal('Por Ana Pérez, Luis Gómez y Eva Ruiz');
    });

    it('joins them in Arabic', async () => {
      const el = await render(
        { authors: [{ name: 'أحمد' }, { name: 'سارة' }, { name: 'ليلى' }] },
        { attributes: { lang: 'ar' } },
      );
      const list = new Intl.ListFormat('ar', { style: 'long', type: 'conjunction' });
      expect(text($(el, '[part="authors"]'))).to.equal(
        `بقلم ${list.format(['أحمد', 'سارة', 'ليلى'])}`,
      );
    });
  });

  describe('avatars', () => {
    it('are lazy, small, round and decorative', async () => {
      const el = await render({ authors: [ana] });
      const img = $<HTMLImageElement>(el, 'img[part="avatar"]')!;
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('src')).to.equal(asset('avatar-1.jpg'));
      const style = getComputedStyle(img);
      expect(style.width).to.equal('40px');
      expect(style.height).to.equal('40px');
      expect(style.borderRadius).to.equal('50%');
      await expect(el).to.be.accessible();
    });

    it('overlap as a stack of at most three', async () => {
      const el = await render({
        authors: [ana, luis, eva, { name: 'Paco Díaz', image: asset('avatar-4.jpg') }],
      });
      const imgs = $$<HTMLImageElement>(el, 'img[part="avatar"]');
      expect(imgs).to.have.length(3);
      const [first, second] = imgs.map((img) => img.getBoundingClientRect());
      expect(second.left).to.be.lessThan(first.right);
      expect(second.left).to.be.greaterThan(first.left);
    });

    it('are hidden when they fail to load', async () => {
      const el = await render({
        authors: [
          { name: 'Ana Pérez', image: api('missing.json') },
          { name: 'Luis Gómez', image: asset('avatar-2.jpg') },
        ],
      });
      const imgs = $$<HTMLImageElement>(el, 'img');
      expect(imgs).to.have.length(2);
      expect(imgs.every((img) => img.loading === 'lazy')).to.be.true;
      // A lazy image in a test page the runner keeps in the background never starts: start it.
      for (const img of imgs) img.loading = 'eager';
      await avatarsSettled(el);
      await aTimeout(0);
      await el.updateComplete;
      const left = $$<HTMLImageElement>(el, 'img');
      expect(left).to.have.length(1);
      expect(left[0].getAttribute('src')).to.equal(asset('avatar-2.jpg'));
    });

    it('are not shown in compact mode', async () => {
      const el = await render(full(), { attributes: { compact: '' } });
      expect(has(el, 'img')).to.be.false;
      expect(has(el, '[part="role"]')).to.be.false;
    });
  });

  describe('dates', () => {
    it('shows "Updated" only when the update is later', async () => {
      const later = await render(full());
      expect(text($(later, '[part="updated"]'))).to.equal('Updated January 27, 2026');

      const same = await render(full({ dateModified: '2026-01-26' }));
      expect(has(same, '[part="updated"]')).to.be.false;

      const earlier = await render(full({ dateModified: '2026-01-20' }));
      expect(has(earlier, '[part="updated"]')).to.be.false;
    });

    it('adds the time of day to an update on the day of publication', async () => {
      const el = await render(
        full({ datePublished: '2026-01-26T08:00:00Z', dateModified: '2026-01-26T15:30:00Z' }),
      );
      const time = $(el, '[part="updated"] time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-01-26T15:30:00Z');
      const expected = new Intl.DateTimeFormat('en', {
        dateStyle: 'long',
        timeStyle: 'short',
      }).format(new Date('2026-01-26T15:30:00Z'));
      expect(text(time)).to.equal(expected);
    });

    it('shows one shorter date in compact mode', async () => {
      const el = await render(full(), { attributes: { compact: '' } });
      expect($$(el, 'time')).to.have.length(1);
      expect(text($(el, '[part="published"]'))).to.equal('Jan 26, 2026');
      expect(has(el, '[part="updated"]')).to.be.false;
    });

    it('shows a calendar date as that day in every time zone', async () => {
      // A date without a time is a day, not midnight UTC read in the reader's zone.
      const el = await render({ datePublished: '2026-01-01' });
      expect(text($(el, '[part="published"]'))).to.equal('January 1, 2026');
    });
  });

  describe('compact', () => {
    it('stays on one line, smaller than the full byline', async () => {
      const long = full({
        authors: [ana, luis, eva, { name: 'Francisco Javier Hernández de la Fuente' }],
      });
      const compact = await render(long, { attributes: { compact: '' }, width: 280 });
      const regular = await render(long, { width: 280 });
      const line = parseFloat(getComputedStyle($(compact, '.text')!).lineHeight);
      expect(compact.getBoundingClientRect().height).to.be.at.most(Math.ceil(line));
      // The first name and a count (was every name, cut to "… a…" with the date lost).
      expect(text($(compact, '.authors'))!.startsWith('By Ana Pérez and 3 others')).to.be.true;
      expect(parseFloat(getComputedStyle($(compact, '.base')!).fontSize)).to.be.lessThan(
        parseFloat(getComputedStyle($(regular, '.base')!).fontSize),
      );
      // The whole text is still there for assistive technology.
      expect(text($(compact, '.text'))).to.contain('Francisco Javier Hernández de la Fuente');
      expect(compact.hasAttribute('compact')).to.be.true;
      await expect(compact).to.be.accessible();
    });
  });

  describe('compact, narrow', () => {
    const four = [
      { name: 'Ernesto Alvarez', role: 'Havana correspondent' },
      { name: 'María Fernanda Ruiz', role: 'Caracas' },
      { name: 'Jorge Luis Peña', role: 'Data' },
      { name: 'Ana Beltrán', role: 'Photo editor' },
    ];
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;

    for (const width of [240, 320]) {
      it(`keeps the names and the date whole at ${width}px: "Ernesto Alvarez and 3 others · Jan 26, 2026"`, async () => {
        const el = await render(
          { authors: four, datePublished: '2026-01-26', readingTimeMinutes: 4 },
          { attributes: { compact: '' }, width, wrapperStyle: "font: 19px 'Liberation Serif'" },
        );
        const box = $(el, '.text')!.getBoundingClientRect();
        const line = parseFloat(getComputedStyle($(el, '.text')!).lineHeight);
        const date = $(el, '[part="published"]')!;
        expect(text(date)).to.equal('Jan 26, 2026');
        // Drawn whole, inside the byline (not clipped by it).
        const dateBox = date.getBoundingClientRect();
        expect(inside(dateBox, box)).to.be.true;
        expect(dateBox.bottom).to.be.at.most(box.bottom + 0.5);
        const names = $(el, '.authors')!;
        expect(text(names)!.startsWith('By Ernesto Alvarez and 3 others')).to.be.true;
        // The names fit whole at these widths: nothing is cut.
        expect(names.scrollWidth).to.be.at.most(names.clientWidth);
        // One line where names and date fit side by side (320px), two where they do not.
        const rows = Math.round(el.getBoundingClientRect().height / line);
        expect(rows).to.equal(width === 320 ? 1 : 2);
      });
    }

    it('tells screen readers every name, and shows the first and a count', async () => {
      const el = await render(
        { authors: four, datePublished: '2026-01-26' },
        { attributes: { compact: '' }, width: 600 },
      );
      const hidden = [...$(el, '.authors')!.querySelectorAll('[aria-hidden="true"]')];
      expect(hidden.map((node) => text(node))).to.deep.equal(['and 3 others']);
      expect(text($(el, '.authors .visually-hidden'))).to.equal(
        ', María Fernanda Ruiz, Jorge Luis Peña and Ana Beltrán',
      );
      await expect(el).to.be.accessible();
    });

    it('keeps each name with its role unbroken at 240px (was "Ana / Beltrán")', async () => {
      const el = await render(
        { authors: four, datePublished: '2026-01-26' },
        { width: 240, wrapperStyle: "font: 19px 'Liberation Serif'" },
      );
      // Line boxes of a node's text: rects whose bottoms are within 8px share a line (the role
      // is smaller type than the name on the same line).
      const lines = (node: Element) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        const bottoms = [...range.getClientRects()]
          .map((rect) => rect.bottom)
          .sort((a, b) => a - b);
        return bottoms.filter((bottom, i) => i === 0 || bottom - bottoms[i - 1]! > 8).length;
      };
      for (const author of $$(el, '[part="author"]')) {
        expect(lines(author), author.textContent!).to.equal(1);
      }
      for (const role of $$(el, '[part="role"]')) {
        expect(lines(role), role.textContent!).to.equal(1);
      }
      // Each author's name and role share a line where they fit on one together.
      const units = $$(el, '.person');
      expect(units).to.have.length(4);
      const box = $(el, '.authors')!.getBoundingClientRect();
      for (const unit of units) {
        const rect = unit.getBoundingClientRect();
        expect(inside(rect, box), unit.textContent!).to.be.true;
        if (rect.width < box.width - 40) expect(lines(unit), unit.textContent!).to.equal(1);
      }
      // "By" is never alone on its line.
      expect(text(units[0])).to.match(/^By Ernesto Alvarez/);
      expect(text($(el, '.authors'))).to.equal(
        'By Ernesto Alvarez (Havana correspondent), María Fernanda Ruiz (Caracas), Jorge Luis Peña (Data) and Ana Beltrán (Photo editor)',
      );
    });
  });

  describe('states', () => {
    it('shows a loading placeholder while src is pending', async () => {
      const el = await fixture<NewsprintByline>(
        html`<newsprint-byline src=${api('never?ms=3000')} timeout="5000"></newsprint-byline>`,
      );
      let loaded = false;
      el.addEventListener('newsprint-load', () => (loaded = true));
      await aTimeout(100);
      expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('true');
      const loading = $(el, '[part="loading"]')!;
      expect(text(loading.querySelector('[role="status"]'))).to.equal('Loading story…');
      expect(has(el, '[part="authors"]')).to.be.false;
      expect(loaded).to.be.false;
    });

    it('has no axe violations while loading', async () => {
      const el = await fixture<NewsprintByline>(
        html`<newsprint-byline src=${api('never?ms=9000')} timeout="10000"></newsprint-byline>`,
      );
      await aTimeout(50);
      await expect(el).to.be.accessible();
      expect(has(el, '[part="loading"]'), 'still loading').to.be.true;
    });

    it('shows an error and fires newsprint-error when src answers 404', async () => {
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        const el = await fixture<NewsprintByline>(
          html`<newsprint-byline src=${api('missing.json')}></newsprint-byline>`,
        );
        const event = (await oneEvent(el, 'newsprint-error')) as NewsprintErrorEvent;
        await el.updateComplete;
        expect(event.detail.message).to.contain('404');
        expect(event.bubbles && event.composed).to.be.true;
        expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('status');
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });

    for (const [name, data, path] of [
      ['a byline without any of its fields', { author: [{ name: 'Typo' }] }, 'authors'],
      [
        'an author without a name',
        { authors: [{ url: 'https://example.com' }] },
        'authors[0].name',
      ],
      ['authors that are not a list', { authors: 'Ana' }, 'authors'],
      [
        'a date that is not a date',
        { authors: [ana], datePublished: 'yesterday' },
        'datePublished',
      ],
    ] as const) {
      it(`reports ${name} with the path of the field`, async () => {
        const warnings: unknown[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args);
        try {
          const el = document.createElement('newsprint-byline');
          el.article = untyped(data);
          const failed = oneEvent(el, 'newsprint-error') as Promise<NewsprintErrorEvent>;
          fixtureSync(html`<div></div>`).append(el);
          const event = await failed;
          await el.updateComplete;
          expect(event.detail.path).to.equal(path);
          expect(has(el, '[part="error"]')).to.be.true;
          expect(has(el, '[part="authors"]')).to.be.false;
          expect(warnings).to.have.length(1);
        } finally {
          console.warn = warn;
        }
      });
    }
  });

  describe('events', () => {
    it('fires newsprint-load once, bubbling and composed, with the normalized byline', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const events: NewsprintLoadEvent<NewsprintLoadedData>[] = [];
      wrapper.addEventListener('newsprint-load', (event) => events.push(event));
      const el = document.createElement('newsprint-byline');
      el.article = { ...seed, authors: [luis] };
      wrapper.append(el);
      await el.updateComplete;
      await aTimeout(0);
      expect(events).to.have.length(1);
      expect(events[0].bubbles && events[0].composed).to.be.true;
      const detail = events[0].detail.article as BylineData;
      expect(detail.authors).to.deep.equal([
        { name: 'Luis Gómez', url: new URL('/people/luis', location.href).href, image: luis.image },
      ]);
      expect(detail.datePublished).to.equal('2026-01-26');
      expect(detail.language).to.equal('en');
    });
  });

  describe('language', () => {
    it('speaks Spanish from the data language', async () => {
      const el = await render({ ...seed, language: 'es', dateModified: '2026-01-27' });
      expect(text($(el, '[part="authors"]'))).to.equal('Por Ernesto Alvarez');
      expect(text($(el, '[part="published"]'))).to.equal('26 de enero de 2026');
      expect(text($(el, '[part="updated"]'))).to.equal('Actualizado 27 de enero de 2026');
      expect(text($(el, '[part="reading-time"]'))).to.match(/^\d+ min de lectura$/);
      expect($(el, '.base')!.getAttribute('lang')).to.equal('es');
    });

    it('lets the lang attribute win over the data', async () => {
      const el = await render({ ...seed, language: 'es' }, { attributes: { lang: 'en' } });
      expect(text($(el, '[part="published"]'))).to.equal('January 26, 2026');
    });

    it('lays Arabic out right to left', async () => {
      const el = await render(
        {
          authors: [
            { name: 'أحمد السيد', image: asset('avatar-1.jpg'), role: 'مراسل' },
            { name: 'سارة علي', image: asset('avatar-2.jpg') },
          ],
          datePublished: '2026-01-26',
          readingTimeMinutes: 4,
          language: 'ar',
        },
        { width: 500 },
      );
      const base = $(el, '.base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(text($(el, '[part="authors"]'))!.startsWith('بقلم')).to.be.true;
      expect(text($(el, '[part="published"]'))).to.equal(
        new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date('2026-01-26'),
        ),
      );
      // Avatars on the right, before the names in reading order.
      const avatars = $(el, '[part="avatars"]')!.getBoundingClientRect();
      const names = $(el, '[part="authors"]')!.getBoundingClientRect();
      expect(avatars.left).to.be.greaterThan(names.right - 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('theme', () => {
    it('has no axe violations in the light theme', async () => {
      const el = await render(full(), { attributes: { theme: 'light' } });
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the dark theme', async () => {
      const el = await render(full(), {
        attributes: { theme: 'dark' },
        wrapperStyle: 'background: #121317;',
      });
      expect(getComputedStyle($(el, '[part="meta"]')!).color).to.equal('rgb(169, 170, 181)');
      await expect(el).to.be.accessible();
    });

    it('follows --newsprint-* custom properties', async () => {
      const el = await render(full(), {
        wrapperStyle: '--newsprint-color-muted: rgb(1, 2, 3); --newsprint-avatar-size: 24px;',
      });
      expect(getComputedStyle($(el, '[part="meta"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, 'img')!).width).to.equal('24px');
    });
  });

  describe('host page CSS', () => {
    it('does not change the typography inside', async () => {
      const hostile =
        'font-size: 30px; line-height: 3; letter-spacing: 5px; text-transform: uppercase; text-align: right; word-spacing: 9px; font-style: italic; font-weight: 900;';
      const data = full();
      // The host's text size is taken on purpose, kept within 15–20px: the reference sits in a
      // 20px column, the bound the 30px size is held to. Nothing else of the host's may come in.
      const clean = await render(data, { width: 500, wrapperStyle: 'font-size: 20px' });
      const styled = await render(data, { width: 500, wrapperStyle: hostile });
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
        '[part="authors"]',
        '[part="author"]',
        '[part="role"]',
        '[part="meta"]',
        'time',
      ]) {
        const a = getComputedStyle($(clean, selector)!);
        const b = getComputedStyle($(styled, selector)!);
        for (const property of properties) {
          expect(b.getPropertyValue(property), `${selector} ${property}`).to.equal(
            a.getPropertyValue(property),
          );
        }
      }
      expect(styled.getBoundingClientRect().height).to.equal(clean.getBoundingClientRect().height);
    });
  });
});
