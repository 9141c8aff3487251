import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn } from 'storybook/test';
import '../src/components/byline/newsprint-byline.js';
import { arabic, bylineOnly, fixtureUrl, fourAuthors, seed, seedJsonLd, spanish } from './data.js';
import {
  allInShadow,
  expectErrorState,
  inlineScript,
  inShadow,
  settledElement,
  storySetupArgTypes,
} from './helpers.js';

interface BylineArgs {
  article?: unknown;
  src?: string;
  compact?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  /** Inline data child (story-only arg). */
  inline?: { data: unknown; type?: 'application/json' | 'application/ld+json' };
  onNewsprintLoad?: (event: Event) => void;
  onNewsprintError?: (event: Event) => void;
}

const meta = {
  title: 'Elements/Byline',
  component: 'newsprint-byline',
  render: (args) =>
    html`<newsprint-byline
      .article=${args.article}
      src=${ifDefined(args.src)}
      ?compact=${args.compact}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      @newsprint-load=${(event: Event) => args.onNewsprintLoad?.(event)}
      @newsprint-error=${(event: Event) => args.onNewsprintError?.(event)}
      >${args.inline ? inlineScript(args.inline.data, args.inline.type) : nothing}</newsprint-byline
    >`,
  args: { article: bylineOnly, onNewsprintLoad: fn(), onNewsprintError: fn() },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    article: { control: 'object' },
    inline: storySetupArgTypes.inline,
  },
} satisfies Meta<BylineArgs>;

export default meta;
type Story = StoryObj<BylineArgs>;

/** Just the byline part of the seed: `{ authors, datePublished, readingTimeMinutes }`. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const byline = await settledElement(canvasElement, 'newsprint-byline');
    await expect(inShadow(byline, '[part~="authors"]').textContent).toMatch(/By\s+Ernesto Alvarez/);
    const time = inShadow<HTMLTimeElement>(
      byline,
      'time[part~="published"], [part~="published"] time',
    );
    await expect(time.dateTime).toBe('2026-01-26');
    await expect(inShadow(byline, '[part~="reading-time"]').textContent).toMatch(/3 min read/);
  },
};

/** A whole article: the byline reads its part and computes the reading time from the body. */
export const FromWholeArticle: Story = {
  args: { article: seed },
};

/** Four authors with avatars (a stack of at most three), roles and links; updated later. */
export const FourAuthorsWithAvatars: Story = {
  args: {
    article: {
      authors: fourAuthors,
      datePublished: '2026-01-26T08:00:00Z',
      dateModified: '2026-01-27T09:30:00Z',
      readingTimeMinutes: 4,
    },
  },
  play: async ({ canvasElement }) => {
    const byline = await settledElement(canvasElement, 'newsprint-byline');
    const avatars = allInShadow<HTMLImageElement>(byline, 'img[part~="avatar"]');
    await expect(avatars.length).toBeGreaterThan(0);
    await expect(avatars.length).toBeLessThanOrEqual(3);
    for (const avatar of avatars) await expect(avatar.alt).toBe('');
    await expect(allInShadow(byline, 'a[part~="author"]')).toHaveLength(3);
    await expect(inShadow(byline, '[part~="updated"]').textContent).toMatch(/Updated/);
  },
};

/** `compact`: one quiet line, for cards. */
export const Compact: Story = {
  args: { compact: true, article: { ...bylineOnly, authors: fourAuthors } },
  play: async ({ canvasElement }) => {
    const byline = await settledElement(canvasElement, 'newsprint-byline');
    await expect(allInShadow(byline, 'img')).toHaveLength(0);
  },
};

export const Spanish: Story = {
  args: { article: spanish },
  play: async ({ canvasElement }) => {
    const byline = await settledElement(canvasElement, 'newsprint-byline');
    await expect(inShadow(byline, '[part~="authors"]').textContent).toMatch(/Por/);
    await expect(byline.shadowRoot!.textContent).toMatch(/26 de enero de 2026/);
  },
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic (right to left)',
  args: { article: arabic },
  play: async ({ canvasElement }) => {
    const byline = await settledElement(canvasElement, 'newsprint-byline');
    await expect(inShadow(byline, '[part~="base"]').getAttribute('dir')).toBe('rtl');
  },
};

export const Dark: Story = {
  args: { theme: 'dark', article: { ...bylineOnly, authors: fourAuthors } },
  globals: { theme: 'dark' },
};

/** Data through `src`: the seed article JSON file. */
export const FromSrc: Story = {
  name: 'Data from src',
  args: { article: undefined, src: fixtureUrl('cuba-medics.json') },
};

/** Just the byline part, in a child `<script type="application/json">`. */
export const InlineJson: Story = {
  name: 'Data from inline JSON',
  args: {
    article: undefined,
    inline: { data: { authors: fourAuthors.slice(0, 2), datePublished: '2026-01-26' } },
  },
};

export const JsonLd: Story = {
  name: 'Data from schema.org JSON-LD',
  args: { article: undefined, inline: { data: seedJsonLd, type: 'application/ld+json' } },
};

/** An author without a name: the error names the field, `authors[0].name`. */
export const ErrorAuthorWithoutName: Story = {
  name: 'Error: author without a name',
  args: { article: { authors: [{ url: 'https://example.com/who' }], datePublished: '2026-01-26' } },
  parameters: { newsprint: { expectError: true } },
  play: async ({ canvasElement, args }) => {
    const byline = canvasElement.querySelector('newsprint-byline')!;
    await expectErrorState(byline, /name/);
    const event = (args.onNewsprintError as ReturnType<typeof fn>).mock
      .calls[0]?.[0] as CustomEvent;
    await expect(event.detail.path).toBe('authors[0].name');
  },
};

/** Compact at 240px with four authors: "By Ernesto Alvarez and 3 others", the date kept whole. */
export const CompactNarrow: Story = {
  name: 'Compact, four authors, 240px',
  render: (args) =>
    html`<div style="width: 240px; font: 19px Georgia, serif">
      <newsprint-byline compact .article=${args.article}></newsprint-byline>
    </div>`,
  args: { article: { ...bylineOnly, authors: fourAuthors, readingTimeMinutes: 4 } },
  play: async ({ canvasElement }) => {
    const byline = await settledElement(canvasElement, 'newsprint-byline');
    await expect(inShadow(byline, '[part~="authors"]').textContent).toMatch(/and 3 others/);
    const text = inShadow(byline, '.text').getBoundingClientRect();
    const date = inShadow(byline, '[part~="published"]').getBoundingClientRect();
    await expect(date.right).toBeLessThanOrEqual(text.right + 0.5);
  },
};

/** Four authors with roles at 240px: each name stays whole, with its role where they fit. */
export const NamesAtNarrowWidth: Story = {
  name: 'Names and roles at 240px',
  render: (args) =>
    html`<div style="width: 240px; font: 19px Georgia, serif">
      <newsprint-byline .article=${args.article}></newsprint-byline>
    </div>`,
  args: { article: { ...bylineOnly, authors: fourAuthors } },
  play: async ({ canvasElement }) => {
    const byline = await settledElement(canvasElement, 'newsprint-byline');
    for (const name of allInShadow(byline, '[part~="author"]')) {
      await expect(name.getClientRects()).toHaveLength(1);
    }
  },
};
