import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor } from 'storybook/test';
import '../src/components/article/newsprint-article.js';
import {
  arabic,
  fixtureUrl,
  headlineOnly,
  longHeadline,
  missingHeadline,
  mockUrl,
  noImage,
  seed,
  seedJsonLd,
  seedWithFourAuthors,
  spanish,
  xss,
} from './data.js';
import {
  allInShadow,
  computed,
  expectErrorState,
  hangingRequests,
  inlineScript,
  inShadow,
  settledElement,
  storySetupArgTypes,
  docsDescription,
} from './helpers.js';

interface ArticleArgs {
  article?: unknown;
  src?: string;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  timeout?: number;
  /** Inline data child (story-only arg). */
  inline?: { data: unknown; type?: 'application/json' | 'application/ld+json' };
  /** Storybook only: cancel `newsprint-navigate` so a click does not take the preview away. */
  preventNavigation?: boolean;
  onNewsprintNavigate?: (event: Event) => void;
  onNewsprintToggle?: (event: Event) => void;
  onNewsprintLoad?: (event: Event) => void;
  onNewsprintError?: (event: Event) => void;
}

const renderArticle = (args: ArticleArgs) =>
  html`<newsprint-article
    .article=${args.article}
    src=${ifDefined(args.src)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
    timeout=${ifDefined(args.timeout)}
    @newsprint-navigate=${(event: Event) => {
      args.onNewsprintNavigate?.(event);
      if (args.preventNavigation) event.preventDefault();
    }}
    @newsprint-toggle=${(event: Event) => args.onNewsprintToggle?.(event)}
    @newsprint-load=${(event: Event) => args.onNewsprintLoad?.(event)}
    @newsprint-error=${(event: Event) => args.onNewsprintError?.(event)}
    >${args.inline ? inlineScript(args.inline.data, args.inline.type) : nothing}</newsprint-article
  >`;

const meta = {
  title: 'Elements/Article',
  component: 'newsprint-article',
  render: renderArticle,
  args: {
    article: seed,
    preventNavigation: true,
    onNewsprintNavigate: fn(),
    onNewsprintToggle: fn(),
    onNewsprintLoad: fn(),
    onNewsprintError: fn(),
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    article: { control: 'object' },
    inline: storySetupArgTypes.inline,
    preventNavigation: storySetupArgTypes.preventNavigation,
  },
  parameters: {
    docs: {
      description: {
        component: docsDescription(
          'newsprint-article',
          'The whole story. Links in it fire a cancelable `newsprint-navigate`; the stories cancel it so that clicking does not take the preview away (see the Actions panel).',
        ),
      },
    },
  },
} satisfies Meta<ArticleArgs>;

export default meta;
type Story = StoryObj<ArticleArgs>;

/** The seed article, given as the `article` property. */
export const Seed: Story = {
  play: async ({ canvasElement, args }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    await expect(inShadow(article, '[part~="headline"]').textContent?.trim()).toBe(seed.headline);
    await expect(inShadow(article, 'h2[part~="headline"]')).toBeTruthy();
    await expect(allInShadow(article, '[part~="body"] p')).toHaveLength(9);
    const canonical = inShadow<HTMLAnchorElement>(article, 'a[part~="canonical-link"]');
    await expect(canonical.href).toBe(seed.url);
    await expect(canonical.rel).toContain('noopener');
    await expect(args.onNewsprintLoad).toHaveBeenCalledOnce();
  },
};

/** A headline long enough to wrap over several lines, with a very long word: nothing overflows. */
export const LongHeadline: Story = {
  args: { article: longHeadline },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const headline = inShadow(article, '[part~="headline"]');
    await expect(headline.scrollWidth).toBeLessThanOrEqual(headline.clientWidth + 1);
  },
};

export const NoImage: Story = {
  args: { article: noImage },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    await expect(article.shadowRoot!.querySelector('newsprint-figure')).toBeNull();
  },
};

/** Only a headline: everything else is left out, nothing empty is rendered. */
export const HeadlineOnly: Story = {
  args: { article: headlineOnly },
};

/**
 * An FAQ without a `title` in the data, under the headline. The page's heading outline must
 * stay unbroken: headline `h2`, then the questions (axe's `heading-order` checks it).
 */
export const FaqWithoutTitle: Story = {
  name: 'FAQ without a title',
  args: { article: { ...seed, faq: { items: seed.faq!.items } } },
};

/** Four authors, each with an avatar, a role and (but one) a profile link; updated the next day. */
export const FourAuthors: Story = {
  args: { article: seedWithFourAuthors },
};

export const Spanish: Story = {
  args: { article: spanish },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    await expect(inShadow(article, '[part~="footer"]').textContent).toMatch(
      /Leer la noticia original/,
    );
  },
};

/** Arabic data: the whole story is laid out right to left. */
export const ArabicRightToLeft: Story = {
  name: 'Arabic (right to left)',
  args: { article: arabic },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const base = inShadow(article, '[part~="base"]');
    await expect(base.getAttribute('dir')).toBe('rtl');
    await expect(getComputedStyle(inShadow(article, '[part~="headline"]')).direction).toBe('rtl');
  },
};

/** `theme="dark"` on a dark page; the byline, figure and FAQ inside follow. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    for (const child of allInShadow(article, 'newsprint-byline, newsprint-figure, newsprint-faq')) {
      await expect(child.getAttribute('theme')).toBe('dark');
    }
  },
};

/** `theme="auto"` follows the reader's `prefers-color-scheme` (switch your OS to dark to see it change). */
export const Auto: Story = {
  args: { theme: 'auto' },
  globals: { theme: 'auto' },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
    await expect(computed(inShadow(article, '[part~="base"]'), 'color')).toBe(
      prefersDark ? 'rgb(236, 236, 241)' : 'rgb(27, 27, 31)',
    );
  },
};

/** `heading-level="1"` for a page where the embed is the main story; headings inside follow. */
export const HeadingLevelOne: Story = {
  name: 'heading-level="1"',
  args: { 'heading-level': 1 },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    await expect(inShadow(article, 'h1[part~="headline"]')).toBeTruthy();
  },
};

/**
 * Data through `src`, as in the blogger's snippet: a JSON file. Its image URL is relative
 * (`assets/cuba-medics-flight.jpg`) and resolves against the JSON file's URL, not the page.
 */
export const FromSrc: Story = {
  name: 'Data from src',
  args: { article: undefined, src: fixtureUrl('cuba-medics.json') },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const figure = inShadow(article, 'newsprint-figure');
    await waitFor(() =>
      expect(inShadow<HTMLImageElement>(figure, 'img').src).toBe(
        fixtureUrl('assets/cuba-medics-flight.jpg'),
      ),
    );
  },
};

/** Data in a child `<script type="application/json">`. */
export const InlineJson: Story = {
  name: 'Data from inline JSON',
  args: { article: undefined, inline: { data: seed } },
};

/** A publisher's schema.org `NewsArticle` JSON-LD: `articleBody` is plain text, split into paragraphs. */
export const JsonLd: Story = {
  name: 'Data from schema.org JSON-LD',
  args: { article: undefined, inline: { data: seedJsonLd, type: 'application/ld+json' } },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    await expect(inShadow(article, '[part~="headline"]').textContent?.trim()).toBe(seed.headline);
    await expect(allInShadow(article, '[part~="body"] p').length).toBeGreaterThan(1);
  },
};

/**
 * While `src` loads, a placeholder in the story's shape. A static file server answers at once, so this story holds the request open:
 * its `beforeEach` stubs `window.fetch` for `mock-api/never-answers.json` only (every other URL
 * goes to the real `fetch`) and restores it when the story unmounts. `timeout` is an hour.
 */
export const Loading: Story = {
  args: { article: undefined, src: mockUrl('never-answers.json'), timeout: 3_600_000 },
  beforeEach: hangingRequests,
  parameters: { newsprint: { loading: true } },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('newsprint-article')!;
    await waitFor(() =>
      expect(article.shadowRoot?.querySelector('[part~="loading"]')).not.toBeNull(),
    );
    await expect(inShadow(article, '[part~="base"]').getAttribute('aria-busy')).toBe('true');
    // In the story's shape: headline bars and a 16:9 picture block, a screen tall, not one line.
    await expect(inShadow(article, '.media-bar')).toBeTruthy();
    await expect(
      inShadow(article, '[part~="loading"]').getBoundingClientRect().height,
    ).toBeGreaterThan(400);
  },
};

/** A server that never answers, with `timeout="1500"`: the element gives up and says so. */
export const ErrorTimeout: Story = {
  name: 'Error: timeout',
  args: { article: undefined, src: mockUrl('never-answers.json'), timeout: 1500 },
  beforeEach: hangingRequests,
  parameters: { newsprint: { expectError: true } },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('newsprint-article')!;
    await waitFor(
      () => expect(article.shadowRoot?.querySelector('[part~="error"]')).not.toBeNull(),
      {
        timeout: 4000,
      },
    );
    await expectErrorState(article, /1\.5 seconds/);
  },
};

/** Inline JSON that is not valid JSON. */
export const ErrorMalformedJson: Story = {
  name: 'Error: malformed JSON',
  args: { article: undefined, inline: { data: '{ "headline": "Cut off in the midd' } },
  parameters: { newsprint: { expectError: true } },
  play: async ({ canvasElement, args }) => {
    const article = canvasElement.querySelector('newsprint-article')!;
    await expectErrorState(article, /not hold valid JSON/);
    await expect(args.onNewsprintError).toHaveBeenCalledOnce();
  },
};

/** Data without a headline: the error names the field (`detail.path === "headline"`). */
export const ErrorMissingHeadline: Story = {
  name: 'Error: missing headline',
  args: { article: missingHeadline },
  parameters: { newsprint: { expectError: true } },
  play: async ({ canvasElement, args }) => {
    const article = canvasElement.querySelector('newsprint-article')!;
    await expectErrorState(article, /headline/);
    const event = (args.onNewsprintError as ReturnType<typeof fn>).mock
      .calls[0]?.[0] as CustomEvent;
    await expect(event.detail.path).toBe('headline');
  },
};

/** `src` pointing at a file that does not exist: the server answers 404. */
export const ErrorNotFound: Story = {
  name: 'Error: 404',
  args: { article: undefined, src: fixtureUrl('stories/deleted-story.json') },
  parameters: { newsprint: { expectError: true } },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('newsprint-article')!;
    await expectErrorState(article, /404/);
  },
};

/** `src` pointing at something that is not JSON (here a picture): a blogger's typical mistake. */
export const ErrorNotJson: Story = {
  name: 'Error: not JSON',
  args: { article: undefined, src: fixtureUrl('assets/avatar-1.jpg') },
  parameters: { newsprint: { expectError: true } },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('newsprint-article')!;
    await expectErrorState(article, /image\/jpeg/);
  },
};

/**
 * A hostile feed: scripts, event handlers, `javascript:` URLs, iframes, forms, SVG, style
 * attributes, spoofed ids and parts. It renders as a harmless article; nothing runs.
 */
export const XssSanitized: Story = {
  name: 'XSS attempt, sanitized',
  args: { article: xss },
  beforeEach: () => {
    delete (window as { __newsprintXss?: unknown }).__newsprintXss;
  },
  play: async ({ canvasElement, step }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const root = article.shadowRoot!;
    const body = inShadow(article, '[part~="body"]');
    await step('plain-text fields stay text', async () => {
      await expect(inShadow(article, '[part~="headline"]').textContent).toContain('<img src=x');
      await expect(inShadow(article, '[part~="headline"]').querySelector('img')).toBeNull();
      await expect(inShadow(article, '[part~="description"]').textContent).toContain('<script>');
    });
    await step('dangerous markup is removed from the body', async () => {
      await expect(
        body.querySelector('script, iframe, form, input, button, svg, style'),
      ).toBeNull();
      await expect(
        body.querySelector('[style], [onerror], [id], [slot], [part], [class]'),
      ).toBeNull();
      await expect(body.textContent).toContain('A paragraph that survives');
      for (const link of body.querySelectorAll('a')) {
        await expect(link.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
      }
    });
    await step('no URL outside http(s) reaches an attribute', async () => {
      for (const element of root.querySelectorAll('[href], [src]')) {
        const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        await expect(url).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
    });
    await step('nothing ran, even after the broken image failed', async () => {
      const img = body.querySelector('img');
      if (img) await waitFor(() => expect(img.complete).toBe(true));
      await expect((window as { __newsprintXss?: unknown }).__newsprintXss).toBeUndefined();
    });
  },
};

/** Restyled from outside through `--newsprint-*` custom properties and `::part()`. */
export const Themed: Story = {
  name: 'Theming with custom properties and parts',
  render: (args) =>
    html`<style>
        .house-style newsprint-article {
          --newsprint-font-family: Georgia, 'Times New Roman', serif;
          --newsprint-font-family-headline: 'Helvetica Neue', Arial, sans-serif;
          --newsprint-color-accent: #0a5c36;
          --newsprint-color-link: #0a5c36;
          --newsprint-headline-size: 2rem;
          --newsprint-max-width: 36em;
        }
        .house-style newsprint-article::part(section) {
          text-transform: uppercase;
          letter-spacing: 0.1em;
        }
        .house-style newsprint-article::part(footer) {
          border-top: 3px double #0a5c36;
        }
      </style>
      <div class="house-style">${renderArticle(args)}</div>`,
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const section = inShadow(article, '[part~="section"]');
    await expect(computed(section, 'color')).toBe('rgb(10, 92, 54)');
    await expect(computed(section, 'text-transform')).toBe('uppercase');
    await expect(computed(inShadow(article, '[part~="footer"]'), 'border-top-style')).toBe(
      'double',
    );
  },
};

/** The readers' error line in Spanish, with a link to the story named in the data. */
export const ErrorSpanishWithLink: Story = {
  name: 'Error: Spanish, with a link to the story',
  args: { article: { ...missingHeadline, url: 'https://www.cubaheadlines.com/' }, lang: 'es' },
  parameters: { newsprint: { expectError: true } },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('newsprint-article')!;
    await waitFor(() =>
      expect(article.shadowRoot?.querySelector('[part~="error"]')).not.toBeNull(),
    );
    await expect(inShadow(article, '[part~="error"]').textContent).toMatch(
      /Esta noticia no está disponible en este momento\.\s+Leerla en el sitio del medio/,
    );
  },
};

/* Narrow columns, panels, scripts with marks and parts (issue 14, items 10–15). */

const px = (element: Element, property: string) => parseFloat(computed(element, property));

/** A 244px sidebar column of a 19px serif blog: the headline steps down (was 26.8px, 7 lines). */
export const NarrowColumn: Story = {
  name: 'Narrow column (244px)',
  render: (args) =>
    html`<div style="width: 244px; font: 19px Georgia, serif">${renderArticle(args)}</div>`,
  args: { article: { ...seed, body: seed.body!.split('</p>')[0] + '</p>', faq: undefined } },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const headline = inShadow(article, '[part~="headline"]');
    await expect(px(headline, 'font-size')).toBeLessThan(24);
    await expect(computed(headline, 'hyphens')).toBe('auto');
    await expect(computed(inShadow(article, '[part~="body"]'), 'hyphens')).toBe('auto');
  },
};

/** `--newsprint-headline-lines: 2`: the headline is cut after two lines, with an ellipsis. */
export const HeadlineLineClamp: Story = {
  name: 'Headline cut after two lines',
  render: (args) =>
    html`<div style="width: 320px; --newsprint-headline-lines: 2">${renderArticle(args)}</div>`,
  args: { article: { ...longHeadline, body: undefined, faq: undefined } },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const headline = inShadow(article, '[part~="headline"]');
    const line = px(headline, 'line-height');
    await expect(headline.getBoundingClientRect().height).toBeLessThanOrEqual(line * 2 + 1);
  },
};

/** Arabic headings at line height 1.35 (was 1.14): the marks of a line clear the line above. */
export const ArabicHeadlineLeading: Story = {
  name: 'Arabic headline line height',
  args: { article: { ...arabic, body: undefined } },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const headline = inShadow(article, '[part~="headline"]');
    await expect(px(headline, 'line-height') / px(headline, 'font-size')).toBeGreaterThanOrEqual(
      1.3,
    );
  },
};

/** `theme="dark"` on a #121212 page: a 1px edge, the panel as wide as the lines, equal gutters. */
export const DarkPanelOnDarkPage: Story = {
  name: 'Dark panel on a #121212 page',
  render: (args) =>
    html`<div style="background: #121212; padding: 24px; width: 1000px">
      ${renderArticle(args)}
    </div>`,
  args: { theme: 'dark', article: { ...seed, faq: undefined } },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const panel = inShadow(article, '[part~="base"]').getBoundingClientRect();
    const story = inShadow(article, '[part~="article"]').getBoundingClientRect();
    await expect(Math.abs(story.left - panel.left - (panel.right - story.right))).toBeLessThan(1);
    await expect(computed(inShadow(article, '[part~="base"]'), 'box-shadow')).toMatch(/inset/);
  },
};

/** The page styles the byline, figure and FAQ inside the article through `::part()`. */
export const PartsFromThePage: Story = {
  name: 'Nested parts styled by the page',
  render: (args) =>
    html`<style>
        .parts-story newsprint-article::part(author) {
          color: #b0004a;
        }
        .parts-story newsprint-article::part(caption) {
          font-style: italic;
        }
        .parts-story newsprint-article::part(question) {
          color: #006d2c;
        }
      </style>
      <div class="parts-story">${renderArticle(args)}</div>`,
  args: { article: seedWithFourAuthors },
  play: async ({ canvasElement }) => {
    const article = await settledElement(canvasElement, 'newsprint-article');
    const byline = inShadow(article, 'newsprint-byline');
    await waitFor(() => expect(allInShadow(byline, '[part~="author"]').length).toBe(4));
    await expect(computed(allInShadow(byline, '[part~="author"]')[0]!, 'color')).toBe(
      'rgb(176, 0, 74)',
    );
  },
};
