import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../src/components/card/newsprint-card.js';
import {
  arabic,
  fixtureUrl,
  fourAuthors,
  longHeadline,
  missingHeadline,
  mockUrl,
  noImage,
  seed,
  seedJsonLd,
  spanish,
  teasers,
} from './data.js';
import {
  computed,
  expectErrorState,
  hangingRequests,
  inlineScript,
  inShadow,
  settledElement,
  storySetupArgTypes,
  docsDescription,
} from './helpers.js';

interface CardArgs {
  article?: unknown;
  src?: string;
  layout?: 'vertical' | 'horizontal' | 'compact';
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  timeout?: number;
  /** Inline data child (story-only arg). */
  inline?: { data: unknown; type?: 'application/json' | 'application/ld+json' };
  /** Storybook only: cancel `newsprint-navigate` so a click does not take the preview away. */
  preventNavigation?: boolean;
  /** Width of the box the card sits in (story-only arg). */
  width?: string;
  onNewsprintNavigate?: (event: Event) => void;
  onNewsprintLoad?: (event: Event) => void;
  onNewsprintError?: (event: Event) => void;
}

const renderCard = (args: CardArgs) =>
  html`<newsprint-card
    .article=${args.article}
    src=${ifDefined(args.src)}
    layout=${ifDefined(args.layout)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
    timeout=${ifDefined(args.timeout)}
    @newsprint-navigate=${(event: Event) => {
      args.onNewsprintNavigate?.(event);
      if (args.preventNavigation) event.preventDefault();
    }}
    @newsprint-load=${(event: Event) => args.onNewsprintLoad?.(event)}
    @newsprint-error=${(event: Event) => args.onNewsprintError?.(event)}
    >${args.inline ? inlineScript(args.inline.data, args.inline.type) : nothing}</newsprint-card
  >`;

const meta = {
  title: 'Elements/Card',
  component: 'newsprint-card',
  render: (args) =>
    html`<div style="max-width: ${args.width ?? '22rem'}">${renderCard(args)}</div>`,
  args: {
    article: seed,
    preventNavigation: true,
    onNewsprintNavigate: fn(),
    onNewsprintLoad: fn(),
    onNewsprintError: fn(),
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    article: { control: 'object' },
    ...storySetupArgTypes,
  },
  parameters: {
    docs: {
      description: {
        component: docsDescription(
          'newsprint-card',
          'A teaser that links to the story. The whole card is clickable through its headline link; `newsprint-navigate` fires before the browser follows it and can be cancelled (here the stories cancel it, so clicking does not take the preview away: see the Actions panel).',
        ),
      },
    },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** The seed article as a vertical card (the default layout). */
export const Vertical: Story = {
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    const link = inShadow<HTMLAnchorElement>(card, 'a[part~="link"]');
    await expect(link.href).toBe(seed.url);
    await expect(link.textContent?.trim()).toBe(seed.headline);
    await expect(inShadow(card, 'h3[part~="headline"]')).toBeTruthy();
    await expect(inShadow<HTMLImageElement>(card, 'img').src).toBe(
      fixtureUrl('assets/cuba-medics-flight.jpg'),
    );
  },
};

/** Image beside the text, where the card is at least 420px wide. */
export const Horizontal: Story = {
  args: { layout: 'horizontal', width: '44rem' },
};

/** No image: for lists and sidebars. */
export const Compact: Story = {
  args: { layout: 'compact', width: '28rem' },
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    await expect(card.shadowRoot!.querySelector('img')).toBeNull();
  },
};

/** A dozen cards in a responsive grid, as on a section front. */
export const Grid: Story = {
  render: (args) =>
    html`<section aria-labelledby="latest">
      <h2 id="latest" style="font: 600 1.25rem system-ui; margin: 0 0 1rem">Latest from Cuba</h2>
      <div
        style="display: grid; gap: 1.25rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))"
      >
        ${teasers.map((article) => renderCard({ ...args, article }))}
      </div>
    </section>`,
  play: async ({ canvasElement }) => {
    await settledElement(canvasElement, 'newsprint-card');
    await expect(canvasElement.querySelectorAll('newsprint-card')).toHaveLength(12);
  },
};

/** A headline that wraps over many lines, with a very long word in it: nothing overflows. */
export const LongHeadline: Story = {
  args: { article: longHeadline },
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    const box = inShadow(card, '[part~="card"]');
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
  },
};

export const NoImage: Story = {
  args: { article: noImage },
};

export const Spanish: Story = {
  args: { article: spanish },
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    await expect(inShadow(card, '[part~="byline"]').textContent).toMatch(/Por Ernesto Alvarez/);
    await expect(inShadow(card, '[part~="byline"]').textContent).toMatch(/26 de enero de 2026/);
  },
};

/** Arabic data: laid out right to left, strings and dates in Arabic. */
export const ArabicRightToLeft: Story = {
  name: 'Arabic (right to left)',
  args: { article: arabic },
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    const base = inShadow(card, '[part~="base"]');
    await expect(base.getAttribute('dir')).toBe('rtl');
    await expect(getComputedStyle(base).direction).toBe('rtl');
  },
};

/** `theme="dark"`, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
};

/** `theme="auto"` follows the reader's `prefers-color-scheme` (switch your OS to dark to see it change). */
export const Auto: Story = {
  args: { theme: 'auto' },
  globals: { theme: 'auto' },
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
    const text = computed(inShadow(card, '[part~="base"]'), 'color');
    await expect(text).toBe(prefersDark ? 'rgb(236, 236, 241)' : 'rgb(27, 27, 31)');
  },
};

/**
 * The host page cancels `newsprint-navigate` (a single-page app routing by itself): the event
 * carries the story URL, and the browser does not follow the link.
 */
export const NavigationCancelled: Story = {
  args: { preventNavigation: false },
  play: async ({ canvasElement, step }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    const link = inShadow<HTMLAnchorElement>(card, 'a[part~="link"]');
    const urls: string[] = [];
    const route = (event: Event) => {
      urls.push((event as CustomEvent<{ url: string }>).detail.url);
      event.preventDefault();
    };
    // Safety net: whatever the element does, this test page must not navigate away. It records
    // whether the click had already been cancelled when it reached the window.
    let cancelledByElement: boolean | undefined;
    const guard = (event: MouseEvent) => {
      cancelledByElement = event.defaultPrevented;
      event.preventDefault();
    };
    const before = location.href;
    canvasElement.addEventListener('newsprint-navigate', route);
    window.addEventListener('click', guard);
    try {
      await step('Click the headline', async () => {
        await userEvent.click(link);
      });
    } finally {
      canvasElement.removeEventListener('newsprint-navigate', route);
      window.removeEventListener('click', guard);
    }
    await expect(urls).toEqual([seed.url]);
    await expect(cancelledByElement).toBe(true);
    await expect(location.href).toBe(before);
  },
};

/** Switching `theme` on a rendered card changes its colours at once, and back. */
export const ThemeSwitch: Story = {
  play: async ({ canvasElement, step }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    const headline = inShadow(card, '[part~="headline"]');
    const surface = inShadow(card, '[part~="card"]');
    const light = {
      text: computed(headline, 'color'),
      surface: computed(surface, 'background-color'),
    };
    await step('theme="dark"', async () => {
      card.setAttribute('theme', 'dark');
      await card.updateComplete;
      await waitFor(() => expect(computed(headline, 'color')).not.toBe(light.text));
      await expect(computed(surface, 'background-color')).not.toBe(light.surface);
    });
    await step('theme="light" again', async () => {
      card.setAttribute('theme', 'light');
      await card.updateComplete;
      await waitFor(() => expect(computed(headline, 'color')).toBe(light.text));
    });
  },
};

/** Restyled from outside through `--newsprint-*` custom properties and `::part()`. */
export const Themed: Story = {
  name: 'Theming with custom properties and parts',
  render: (args) =>
    html`<style>
        .house-style newsprint-card {
          --newsprint-font-family: Georgia, 'Times New Roman', serif;
          --newsprint-color-accent: #7a3e00;
          --newsprint-color-link: #1b1b1f;
          --newsprint-color-surface: #fff8e7;
          --newsprint-radius: 0;
          --newsprint-card-padding: 1.25em;
        }
        .house-style newsprint-card::part(card) {
          border: 2px solid #7a3e00;
          box-shadow: 6px 6px 0 #7a3e00;
        }
        .house-style newsprint-card::part(section) {
          text-transform: uppercase;
          letter-spacing: 0.08em;
        }
      </style>
      <div class="house-style" style="max-width: 22rem">${renderCard(args)}</div>`,
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    const section = inShadow(card, '[part~="section"]');
    await expect(computed(section, 'color')).toBe('rgb(122, 62, 0)');
    await expect(computed(section, 'text-transform')).toBe('uppercase');
    await expect(computed(inShadow(card, '[part~="card"]'), 'border-top-width')).toBe('2px');
  },
};

/** Data through `src`: a JSON file; its relative image URL resolves against the file's URL. */
export const FromSrc: Story = {
  name: 'Data from src',
  args: { article: undefined, src: fixtureUrl('cuba-medics.json') },
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    await expect(inShadow<HTMLImageElement>(card, 'img').src).toBe(
      fixtureUrl('assets/cuba-medics-flight.jpg'),
    );
  },
};

/** Data in a child `<script type="application/json">`: no JavaScript needed on the page. */
export const InlineJson: Story = {
  name: 'Data from inline JSON',
  args: { article: undefined, inline: { data: seed } },
};

/** A publisher's schema.org `NewsArticle` JSON-LD, as it already is in the page's head. */
export const JsonLd: Story = {
  name: 'Data from schema.org JSON-LD',
  args: { article: undefined, inline: { data: seedJsonLd, type: 'application/ld+json' } },
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    await expect(inShadow(card, '[part~="headline"]').textContent?.trim()).toBe(seed.headline);
  },
};

/** While `src` loads: a placeholder in the card's shape (the request here is held open forever). */
export const Loading: Story = {
  args: { article: undefined, src: mockUrl('never-answers.json'), timeout: 3_600_000 },
  beforeEach: hangingRequests,
  parameters: { newsprint: { loading: true } },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('newsprint-card')!;
    await waitFor(() => expect(card.shadowRoot?.querySelector('[part~="loading"]')).not.toBeNull());
    await expect(inShadow(card, '[role="status"]').textContent).toMatch(/Loading/);
  },
};

/** Data without a headline: a small error box, a `newsprint-error` event, one console warning. */
export const ErrorMissingHeadline: Story = {
  name: 'Error: missing headline',
  args: { article: missingHeadline },
  parameters: { newsprint: { expectError: true } },
  play: async ({ canvasElement, args }) => {
    const card = canvasElement.querySelector('newsprint-card')!;
    await expectErrorState(card, /headline/i);
    await expect(args.onNewsprintError).toHaveBeenCalled();
  },
};

/**
 * A grid row with a card whose story failed to load (404) and one whose picture failed: the
 * failed card keeps its frame and height and says so quietly, with a link to the story taken
 * from its fallback link; the broken picture says "Image unavailable" in its box.
 */
export const FailuresInAGrid: Story = {
  name: 'Failures in a grid',
  parameters: { newsprint: { expectError: true } },
  render: () =>
    html`<div
      style="display: grid; gap: 1.25rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))"
    >
      <newsprint-card .article=${seed}></newsprint-card>
      <newsprint-card src=${fixtureUrl('stories/deleted-story.json')}
        ><a href="https://www.cubaheadlines.com/"
          >Havana masks its medics’ return</a
        ></newsprint-card
      >
      <newsprint-card
        .article=${{ ...seed, image: { ...seed.image!, src: fixtureUrl('assets/deleted.jpg') } }}
      ></newsprint-card>
    </div>`,
  play: async ({ canvasElement }) => {
    const [good, failed, broken] = [...canvasElement.querySelectorAll('newsprint-card')];
    await expectErrorState(failed!, /404/);
    await expect(inShadow(failed!, '[part~="error-link"]').getAttribute('href')).toBe(
      'https://www.cubaheadlines.com/',
    );
    const height = (el: Element) => el.getBoundingClientRect().height;
    await expect(Math.abs(height(failed!) - height(good!))).toBeLessThan(2);
    await waitFor(
      () => expect(broken!.shadowRoot?.querySelector('[part~="image-unavailable"]')).not.toBeNull(),
      { timeout: 4000 },
    );
  },
};

/** A dense grid of 135px cards on a 19px page: smaller type and padding, hyphenated words. */
export const NarrowGrid: Story = {
  name: 'Grid of 135px cards',
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: repeat(3, 135px); gap: 10px; font: 19px Georgia, serif"
    >
      ${teasers
        .slice(0, 3)
        .map(
          (article, index) =>
            html`<newsprint-card
              .article=${index === 0 ? { ...article, authors: fourAuthors } : article}
            ></newsprint-card>`,
        )}
    </div>`,
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    const headline = inShadow(card, '[part~="headline"]');
    await expect(parseFloat(computed(headline, 'font-size'))).toBeLessThan(19);
    await expect(computed(headline, 'hyphens')).toBe('auto');
    await expect(inShadow(card, '[part~="authors"]').textContent).toMatch(/and 3 others/);
  },
};

/** `--newsprint-card-headline-lines: 2`: long headlines cut after two lines with an ellipsis. */
export const HeadlineLineClamp: Story = {
  name: 'Headline cut after two lines',
  render: () =>
    html`<div style="width: 280px; --newsprint-card-headline-lines: 2">
      <newsprint-card .article=${longHeadline}></newsprint-card>
    </div>`,
  play: async ({ canvasElement }) => {
    const card = await settledElement(canvasElement, 'newsprint-card');
    const headline = inShadow(card, '[part~="headline"]');
    const line = parseFloat(computed(headline, 'line-height'));
    await expect(headline.getBoundingClientRect().height).toBeLessThanOrEqual(line * 2 + 1);
  },
};
