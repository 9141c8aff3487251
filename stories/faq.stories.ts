import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../src/components/faq/newsprint-faq.js';
import '../src/components/figure/newsprint-figure.js';
import {
  arabic,
  faqJsonLd,
  faqOnly,
  fixtureUrl,
  mockUrl,
  seed,
  seedImageOnly,
  spanish,
} from './data.js';
import {
  allInShadow,
  expectErrorState,
  hangingRequests,
  inlineScript,
  inShadow,
  settledElement,
  storySetupArgTypes,
} from './helpers.js';

interface FaqArgs {
  article?: unknown;
  src?: string;
  multiple?: boolean;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  timeout?: number;
  /** Inline data child (story-only arg). */
  inline?: { data: unknown; type?: 'application/json' | 'application/ld+json' };
  onNewsprintToggle?: (event: Event) => void;
  onNewsprintLoad?: (event: Event) => void;
  onNewsprintError?: (event: Event) => void;
}

const renderFaq = (args: FaqArgs) =>
  html`<newsprint-faq
    .article=${args.article}
    src=${ifDefined(args.src)}
    ?multiple=${args.multiple}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
    timeout=${ifDefined(args.timeout)}
    @newsprint-toggle=${(event: Event) => args.onNewsprintToggle?.(event)}
    @newsprint-load=${(event: Event) => args.onNewsprintLoad?.(event)}
    @newsprint-error=${(event: Event) => args.onNewsprintError?.(event)}
    >${args.inline ? inlineScript(args.inline.data, args.inline.type) : nothing}</newsprint-faq
  >`;

const meta = {
  title: 'Elements/FAQ',
  component: 'newsprint-faq',
  render: renderFaq,
  args: {
    article: faqOnly,
    onNewsprintToggle: fn(),
    onNewsprintLoad: fn(),
    onNewsprintError: fn(),
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    article: { control: 'object' },
    inline: storySetupArgTypes.inline,
  },
} satisfies Meta<FaqArgs>;

export default meta;
type Story = StoryObj<FaqArgs>;

const questions = (faq: Element) => allInShadow<HTMLButtonElement>(faq, 'button[aria-controls]');
const panelOf = (faq: Element, button: Element) =>
  faq.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
const toggleDetails = (spy: unknown) =>
  (spy as ReturnType<typeof fn>).mock.calls.map(([event]) => (event as CustomEvent).detail);

/** One answer open at a time (the default): opening another closes the first. */
export const Single: Story = {
  play: async ({ canvasElement, args, step }) => {
    const faq = await settledElement(canvasElement, 'newsprint-faq');
    const [first, second] = questions(faq);
    await step('every id reference points at an element', async () => {
      for (const button of questions(faq)) {
        const panel = panelOf(faq, button);
        await expect(panel).toBeTruthy();
        await expect(faq.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)).toBe(
          button,
        );
      }
    });
    await step('open the first, then the second', async () => {
      await userEvent.click(first!);
      await waitFor(() => expect(first).toHaveAttribute('aria-expanded', 'true'));
      await userEvent.click(second!);
      await waitFor(() => expect(second).toHaveAttribute('aria-expanded', 'true'));
      await expect(first).toHaveAttribute('aria-expanded', 'false');
      await expect(panelOf(faq, first!).hidden).toBeTruthy();
    });
    await waitFor(() =>
      expect(toggleDetails(args.onNewsprintToggle)).toEqual([
        { id: 'why-withdraw', index: 0, open: true },
        { id: 'why-withdraw', index: 0, open: false },
        { id: 'economy', index: 1, open: true },
      ]),
    );
  },
};

/** `multiple`: several answers stay open. */
export const Multiple: Story = {
  args: { multiple: true },
  play: async ({ canvasElement }) => {
    const faq = await settledElement(canvasElement, 'newsprint-faq');
    const buttons = questions(faq);
    for (const button of buttons) await userEvent.click(button);
    await waitFor(() => {
      for (const button of buttons) expect(button).toHaveAttribute('aria-expanded', 'true');
    });
  },
};

/**
 * Opened by a deep link: the page's URL fragment is `#economy`, the id of the second item, so it
 * opens (and scrolls into view) on load. The story sets the fragment with `history.replaceState`
 * and puts the old URL back when it unmounts.
 */
export const DeepLink: Story = {
  name: 'Opened by deep link (#economy)',
  beforeEach: () => {
    const before = location.href;
    history.replaceState(history.state, '', '#economy');
    return () => history.replaceState(history.state, '', before);
  },
  play: async ({ canvasElement }) => {
    const faq = await settledElement(canvasElement, 'newsprint-faq');
    const [first, second] = questions(faq);
    await waitFor(() => expect(second).toHaveAttribute('aria-expanded', 'true'));
    await expect(panelOf(faq, second!).hidden).toBeFalsy();
    await expect(first).toHaveAttribute('aria-expanded', 'false');
  },
};

/** The keyboard, as the WAI-ARIA APG accordion pattern says: arrows, Home, End, Enter. */
export const Keyboard: Story = {
  name: 'Keyboard (APG accordion)',
  play: async ({ canvasElement, args, step }) => {
    const faq = await settledElement(canvasElement, 'newsprint-faq');
    const buttons = questions(faq);
    const focused = () => faq.shadowRoot!.activeElement;
    buttons[0]!.focus();
    await step('ArrowDown moves to the next question', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await expect(focused()).toBe(buttons[1]);
    });
    await step('End moves to the last, Home to the first', async () => {
      await userEvent.keyboard('{End}');
      await expect(focused()).toBe(buttons.at(-1));
      await userEvent.keyboard('{Home}');
      await expect(focused()).toBe(buttons[0]);
    });
    await step('ArrowUp on the first wraps to the last; ArrowDown wraps back', async () => {
      await userEvent.keyboard('{ArrowUp}');
      await expect(focused()).toBe(buttons.at(-1));
      await userEvent.keyboard('{ArrowDown}');
      await expect(focused()).toBe(buttons[0]);
    });
    await step('Enter opens the focused question', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(buttons[0]).toHaveAttribute('aria-expanded', 'true'));
      await expect(panelOf(faq, buttons[0]!).hidden).toBeFalsy();
      await expect(focused()).toBe(buttons[0]);
      await waitFor(() =>
        expect(toggleDetails(args.onNewsprintToggle)).toEqual([
          { id: 'why-withdraw', index: 0, open: true },
        ]),
      );
    });
    await step('Enter again closes it; ArrowDown and Enter open the next', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(buttons[0]).toHaveAttribute('aria-expanded', 'false'));
      await userEvent.keyboard('{ArrowDown}{Enter}');
      await waitFor(() => expect(buttons[1]).toHaveAttribute('aria-expanded', 'true'));
      await waitFor(() =>
        expect(toggleDetails(args.onNewsprintToggle)).toEqual([
          { id: 'why-withdraw', index: 0, open: true },
          { id: 'why-withdraw', index: 0, open: false },
          { id: 'economy', index: 1, open: true },
        ]),
      );
    });
  },
};

/** A whole article: the FAQ reads its `faq` part. Ids are made from the questions. */
export const FromWholeArticle: Story = {
  args: { article: seed },
  play: async ({ canvasElement }) => {
    const faq = await settledElement(canvasElement, 'newsprint-faq');
    await expect(questions(faq)).toHaveLength(3);
  },
};

/** An FAQ without a title, under the page's own heading. */
export const WithoutTitle: Story = {
  render: (args) =>
    html`<h2 style="font: 600 1.25rem system-ui">Questions</h2>
      ${renderFaq({ ...args, article: { items: faqOnly.items } })}`,
};

export const Spanish: Story = {
  args: { article: spanish },
  play: async ({ canvasElement }) => {
    const faq = await settledElement(canvasElement, 'newsprint-faq');
    await expect(inShadow(faq, '[part~="base"]').getAttribute('lang')).toBe('es');
  },
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic (right to left)',
  args: { article: arabic },
  play: async ({ canvasElement }) => {
    const faq = await settledElement(canvasElement, 'newsprint-faq');
    await expect(inShadow(faq, '[part~="base"]').getAttribute('dir')).toBe('rtl');
  },
};

export const Dark: Story = {
  args: { theme: 'dark', multiple: true },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const faq = await settledElement(canvasElement, 'newsprint-faq');
    await userEvent.click(questions(faq)[0]!);
  },
};

/** Data through `src`: the seed article JSON file. */
export const FromSrc: Story = {
  name: 'Data from src',
  args: { article: undefined, src: fixtureUrl('cuba-medics.json') },
};

/** Just `{ title, items }` in a child `<script type="application/json">`. */
export const InlineJson: Story = {
  name: 'Data from inline JSON',
  args: { article: undefined, inline: { data: faqOnly } },
};

/** schema.org `FAQPage` JSON-LD, as many publishers already have it for search engines. */
export const JsonLd: Story = {
  name: 'Data from schema.org FAQPage JSON-LD',
  args: { article: undefined, inline: { data: faqJsonLd, type: 'application/ld+json' } },
  play: async ({ canvasElement }) => {
    const faq = await settledElement(canvasElement, 'newsprint-faq');
    await expect(questions(faq)).toHaveLength(3);
  },
};

/** While `src` loads: a placeholder in the FAQ's shape (the request here never answers). */
export const Loading: Story = {
  args: { article: undefined, src: mockUrl('never-answers.json'), timeout: 3_600_000 },
  beforeEach: hangingRequests,
  parameters: { newsprint: { loading: true } },
  play: async ({ canvasElement }) => {
    const faq = canvasElement.querySelector('newsprint-faq')!;
    await waitFor(() => expect(faq.shadowRoot?.querySelector('[part~="loading"]')).not.toBeNull());
  },
};

/** Items that are not a list: an error naming the field. */
export const ErrorBadItems: Story = {
  name: 'Error: items is not a list',
  args: { article: { title: 'Questions', items: 'none' } },
  parameters: { newsprint: { expectError: true } },
  play: async ({ canvasElement }) => {
    const faq = canvasElement.querySelector('newsprint-faq')!;
    await expectErrorState(faq, /items/);
  },
};

/** Under a full-width figure in an 860px column, light and dark: the same width (was 60px short). */
export const UnderAFullWidthFigure: Story = {
  name: 'Under a full-width figure',
  render: (args) =>
    html`<div style="width: 860px; font: 19px Georgia, serif">
      <newsprint-figure .article=${seedImageOnly} theme=${ifDefined(args.theme)}></newsprint-figure>
      <newsprint-faq .article=${faqOnly} theme=${ifDefined(args.theme)}></newsprint-faq>
    </div>`,
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const faq = await settledElement(canvasElement, 'newsprint-faq');
    const figure = await settledElement(canvasElement, 'newsprint-figure');
    const picture = inShadow(figure, '.frame').getBoundingClientRect();
    const rule = inShadow(faq, '.items').getBoundingClientRect();
    await expect(Math.abs(rule.right - picture.right)).toBeLessThan(1);
    await expect(Math.abs(rule.left - picture.left)).toBeLessThan(1);
  },
};
