import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor } from 'storybook/test';
import '../src/components/figure/newsprint-figure.js';
import {
  arabic,
  brokenImage,
  fixtureUrl,
  imageWithoutCaption,
  mockUrl,
  responsiveImage,
  seed,
  seedImageOnly,
  seedJsonLd,
  spanish,
} from './data.js';
import {
  expectErrorState,
  hangingRequests,
  inlineScript,
  inShadow,
  settledElement,
  storySetupArgTypes,
} from './helpers.js';

interface FigureArgs {
  article?: unknown;
  src?: string;
  eager?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  timeout?: number;
  /** Inline data child (story-only arg). */
  inline?: { data: unknown; type?: 'application/json' | 'application/ld+json' };
  onNewsprintLoad?: (event: Event) => void;
  onNewsprintError?: (event: Event) => void;
}

const meta = {
  title: 'Elements/Figure',
  component: 'newsprint-figure',
  render: (args) =>
    html`<div style="max-width: 40rem">
      <newsprint-figure
        .article=${args.article}
        src=${ifDefined(args.src)}
        ?eager=${args.eager}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
        timeout=${ifDefined(args.timeout)}
        @newsprint-load=${(event: Event) => args.onNewsprintLoad?.(event)}
        @newsprint-error=${(event: Event) => args.onNewsprintError?.(event)}
        >${args.inline ? inlineScript(args.inline.data, args.inline.type) : nothing}</newsprint-figure
      >
    </div>`,
  args: { article: seedImageOnly, onNewsprintLoad: fn(), onNewsprintError: fn() },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    article: { control: 'object' },
    inline: storySetupArgTypes.inline,
  },
} satisfies Meta<FigureArgs>;

export default meta;
type Story = StoryObj<FigureArgs>;

/** The seed's lead image with caption and credit; its box is reserved from `width`/`height`. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const figure = await settledElement(canvasElement, 'newsprint-figure');
    const img = inShadow<HTMLImageElement>(figure, 'img[part~="image"]');
    await expect(img.alt).toBe(seedImageOnly.alt);
    await expect(img.getAttribute('width')).toBe('1200');
    await expect(img.getAttribute('height')).toBe('675');
    await expect(inShadow(figure, '[part~="caption"]').textContent).toContain(
      seedImageOnly.caption,
    );
    await expect(inShadow(figure, '[part~="credit"]').textContent).toContain('@FlconEYES');
  },
};

/** `srcset` and `sizes` from the data: the browser picks the 600px or the 1200px file. */
export const Responsive: Story = {
  args: { article: responsiveImage },
  play: async ({ canvasElement }) => {
    const figure = await settledElement(canvasElement, 'newsprint-figure');
    await expect(inShadow<HTMLImageElement>(figure, 'img').srcset).toContain('600w');
  },
};

/** `eager`: for the lead image above the fold (`loading="eager"`, `fetchpriority="high"`). */
export const Eager: Story = {
  args: { eager: true },
  play: async ({ canvasElement }) => {
    const figure = await settledElement(canvasElement, 'newsprint-figure');
    await expect(inShadow(figure, 'img').getAttribute('loading')).toBe('eager');
  },
};

/** A picture with no caption and no credit: no empty `<figcaption>`. */
export const WithoutCaption: Story = {
  args: { article: imageWithoutCaption },
  play: async ({ canvasElement }) => {
    const figure = await settledElement(canvasElement, 'newsprint-figure');
    await expect(figure.shadowRoot!.querySelector('figcaption')).toBeNull();
  },
};

/** The image file is gone (404): a neutral panel in the same box, labelled with the alt text. */
export const ImageFails: Story = {
  name: 'Image fails to load',
  args: { article: brokenImage },
  play: async ({ canvasElement }) => {
    const figure = await settledElement(canvasElement, 'newsprint-figure');
    const panel = await waitFor(() => inShadow(figure, '[part~="placeholder"]'), { timeout: 4000 });
    await expect(panel.getAttribute('role')).toBe('img');
    await expect(panel.getAttribute('aria-label')).toBe(brokenImage.alt);
    await expect(panel.textContent).toMatch(/Image unavailable/);
    await expect(inShadow(figure, '[part~="caption"]').textContent).toContain(brokenImage.caption);
  },
};

/** The failure panel in Spanish. */
export const ImageFailsSpanish: Story = {
  name: 'Image fails to load (Spanish)',
  args: { article: brokenImage, lang: 'es' },
  play: async ({ canvasElement }) => {
    const figure = await settledElement(canvasElement, 'newsprint-figure');
    const panel = await waitFor(() => inShadow(figure, '[part~="placeholder"]'), { timeout: 4000 });
    await expect(panel.textContent).toMatch(/Imagen no disponible/);
  },
};

/** A whole Spanish article: its `language` applies ("Foto:" before a bare credit). */
export const Spanish: Story = {
  args: { article: spanish },
  play: async ({ canvasElement }) => {
    const figure = await settledElement(canvasElement, 'newsprint-figure');
    await expect(inShadow(figure, '[part~="credit"]').textContent).toMatch(/Foto:/);
  },
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic (right to left)',
  args: { article: arabic },
  play: async ({ canvasElement }) => {
    const figure = await settledElement(canvasElement, 'newsprint-figure');
    await expect(inShadow(figure, '[part~="base"]').getAttribute('dir')).toBe('rtl');
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
};

/** Data through `src`: a whole article JSON file; its relative image URL resolves against it. */
export const FromSrc: Story = {
  name: 'Data from src',
  args: { article: undefined, src: fixtureUrl('cuba-medics.json') },
  play: async ({ canvasElement }) => {
    const figure = await settledElement(canvasElement, 'newsprint-figure');
    await expect(inShadow<HTMLImageElement>(figure, 'img').src).toBe(
      fixtureUrl('assets/cuba-medics-flight.jpg'),
    );
  },
};

/** Just an image object in a child `<script type="application/json">`. */
export const InlineJson: Story = {
  name: 'Data from inline JSON',
  args: { article: undefined, inline: { data: seedImageOnly } },
};

/** A schema.org `ImageObject` inside NewsArticle JSON-LD (`caption`, `creditText`, `width`, `height`). */
export const JsonLd: Story = {
  name: 'Data from schema.org JSON-LD',
  args: { article: undefined, inline: { data: seedJsonLd, type: 'application/ld+json' } },
};

/** While `src` loads: the frame's shape is held (the request here never answers). */
export const Loading: Story = {
  args: { article: undefined, src: mockUrl('never-answers.json'), timeout: 3_600_000 },
  beforeEach: hangingRequests,
  parameters: { newsprint: { loading: true } },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('newsprint-figure')!;
    await waitFor(() =>
      expect(figure.shadowRoot?.querySelector('[part~="loading"]')).not.toBeNull(),
    );
  },
};

/** An article without an image, given to a figure: an error, not an empty box. */
export const ErrorNoImage: Story = {
  name: 'Error: no image in the data',
  args: { article: { headline: seed.headline } },
  parameters: { newsprint: { expectError: true } },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('newsprint-figure')!;
    await expectErrorState(figure, /image/i);
  },
};
