import { css } from 'lit';

/**
 * Design tokens. Public `--newsprint-*` properties are read with a fallback and copied into
 * private `--_*` ones, so a host sets one property and every element follows. Sizes are in `px`
 * and `em`, never `rem`: the host page owns the root font size.
 */
export const tokens = css`
  :host {
    --_font-family: var(--newsprint-font-family, inherit);
    --_font-family-headline: var(--newsprint-font-family-headline, var(--_font-family));
    --_font-size: var(--newsprint-font-size, 16px);
    --_line-height: var(--newsprint-line-height, 1.6);
    --_max-width: var(--newsprint-max-width, 42em);
    --_radius: var(--newsprint-radius, 6px);
    --_space: var(--newsprint-space, 1em);

    --_color-text: var(--newsprint-color-text, #1b1b1f);
    --_color-muted: var(--newsprint-color-muted, #5b5c66);
    --_color-accent: var(--newsprint-color-accent, #a4161a);
    --_color-link: var(--newsprint-color-link, #0b57a4);
    --_color-background: var(--newsprint-color-background, transparent);
    --_padding: var(--newsprint-padding, 0);
    --_color-surface: var(--newsprint-color-surface, #ffffff);
    --_color-border: var(--newsprint-color-border, #dcdce2);
    --_color-placeholder: var(--newsprint-color-placeholder, #eeeef2);
    --_color-focus: var(--newsprint-color-focus, #1a73e8);
    --_color-error: var(--newsprint-color-error, #b3261e);
    color-scheme: light;
  }

  :host([theme='dark']) {
    /* A dark theme paints its own background: the reader's preference can be dark on a page
       that has no dark mode, and light text on that page would vanish. */
    --_color-background: var(--newsprint-color-background, #16171b);
    --_padding: var(--newsprint-padding, 1.25em);
    --_color-text: var(--newsprint-color-text, #ececf1);
    --_color-muted: var(--newsprint-color-muted, #a9aab5);
    --_color-accent: var(--newsprint-color-accent, #ff8a80);
    --_color-link: var(--newsprint-color-link, #8ab4f8);
    --_color-surface: var(--newsprint-color-surface, #1e1f24);
    --_color-border: var(--newsprint-color-border, #3a3b44);
    --_color-placeholder: var(--newsprint-color-placeholder, #2b2c33);
    --_color-focus: var(--newsprint-color-focus, #8ab4f8);
    --_color-error: var(--newsprint-color-error, #f2b8b5);
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      /* A dark theme paints its own background: the reader's preference can be dark on a page
         that has no dark mode, and light text on that page would vanish. */
      --_color-background: var(--newsprint-color-background, #16171b);
      --_padding: var(--newsprint-padding, 1.25em);
      --_color-text: var(--newsprint-color-text, #ececf1);
      --_color-muted: var(--newsprint-color-muted, #a9aab5);
      --_color-accent: var(--newsprint-color-accent, #ff8a80);
      --_color-link: var(--newsprint-color-link, #8ab4f8);
      --_color-surface: var(--newsprint-color-surface, #1e1f24);
      --_color-border: var(--newsprint-color-border, #3a3b44);
      --_color-placeholder: var(--newsprint-color-placeholder, #2b2c33);
      --_color-focus: var(--newsprint-color-focus, #8ab4f8);
      --_color-error: var(--newsprint-color-error, #f2b8b5);
      color-scheme: dark;
    }
  }
`;
