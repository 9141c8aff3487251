import { css, unsafeCSS } from 'lit';

/** The colour tokens one palette gives (`--newsprint-color-<name>` / `--_color-<name>`). */
export interface Palette {
  text: string;
  muted: string;
  accent: string;
  link: string;
  surface: string;
  border: string;
  placeholder: string;
  focus: string;
  error: string;
  /** What `theme="light|dark"` paints behind the element. */
  background: string;
}

export const lightPalette: Palette = {
  text: '#1b1b1f',
  muted: '#5b5c66',
  accent: '#a4161a',
  link: '#0b57a4',
  surface: '#ffffff',
  border: '#dcdce2',
  placeholder: '#eeeef2',
  focus: '#1a73e8',
  error: '#b3261e',
  background: '#ffffff',
};

export const darkPalette: Palette = {
  text: '#ececf1',
  muted: '#a9aab5',
  accent: '#ff8a80',
  link: '#8ab4f8',
  surface: '#1e1f24',
  border: '#3a3b44',
  placeholder: '#2b2c33',
  focus: '#8ab4f8',
  error: '#f2b8b5',
  background: '#16171b',
};

/** Every palette token but the background, which only a forced theme paints. */
export const colorTokens = [
  'text',
  'muted',
  'accent',
  'link',
  'surface',
  'border',
  'placeholder',
  'focus',
  'error',
] as const satisfies ReadonlyArray<keyof Palette>;

/** `--_color-text: var(--newsprint-color-text, #1b1b1f); …`: a public override, then ours. */
export function tokenValue(name: keyof Palette, value: string): string {
  return `var(--newsprint-color-${name}, ${value})`;
}

function colors(palette: Palette) {
  return unsafeCSS(
    // Indented like the hand-written rules, so the npm build's CSS reads the same in devtools
    // (the script-tag build takes the whitespace out again).
    colorTokens
      .map((name) => `--_color-${name}: ${tokenValue(name, palette[name])};`)
      .join('\n    '),
  );
}

/* A forced theme paints its own background, so its text is readable on any page: the reader's
   preference can be dark on a page that has no dark mode, and a light theme can land on a dark
   page. The padding keeps the text off the panel's edge: 1.25em, less in a narrow column (5% of
   the column's width, at least 0.75em: 14px in a 244px column, 24px from 475px at 19px). The
   panel has a visible edge, a 1px line in the border colour inside it: a #16171b panel on a
   #121212 page (or white on #fbfaf7) is otherwise a smudge with no shape. */
const panel = css`
  --_padding: var(--newsprint-padding, clamp(0.75em, 5%, 1.25em));
  --_edge: var(--newsprint-color-edge, var(--_color-border));
`;

const forcedLight = css`
  ${colors(lightPalette)}
  --_color-background: var(--newsprint-color-background, ${unsafeCSS(lightPalette.background)});
  ${panel}
  color-scheme: light;
`;

const forcedDark = css`
  ${colors(darkPalette)}
  --_color-background: var(--newsprint-color-background, ${unsafeCSS(darkPalette.background)});
  ${panel}
  color-scheme: dark;
`;

/**
 * Design tokens. Public `--newsprint-*` properties are read with a fallback and copied into
 * private `--_*` ones, so a host sets one property and every element follows. Sizes are in `px`
 * and `em`, never `rem`: the host page owns the root font size.
 *
 * Without `theme` the element sits on the page's own background (transparent, no padding) and
 * takes the light palette here; once it is connected, page-palette.ts looks at the page's
 * background and, on a dark or mid-grey page, switches to the dark palette or darkens/lightens
 * the text colours until they read (at least 4.5:1). `theme="light|dark|auto"` forces a palette.
 */
export const tokens = css`
  :host {
    --_font-family: var(--newsprint-font-family, inherit);
    --_font-family-headline: var(--newsprint-font-family-headline, var(--_font-family));
    /* The host's text size, within bounds: a 19px blog gets 19px, a 30px hero block 20px. */
    --_font-size: var(--newsprint-font-size, clamp(15px, 1em, 20px));
    --_line-height: var(--newsprint-line-height, 1.6);
    --_max-width: var(--newsprint-max-width, 42em);
    --_radius: var(--newsprint-radius, 6px);
    --_space: var(--newsprint-space, 1em);

    ${colors(lightPalette)}
    --_color-background: var(--newsprint-color-background, transparent);
    --_padding: var(--newsprint-padding, 0);
    --_edge: transparent;
    color-scheme: light;
  }

  :host([theme='light']) {
    ${forcedLight}
  }

  :host([theme='dark']) {
    ${forcedDark}
  }

  @media (prefers-color-scheme: light) {
    :host([theme='auto']) {
      ${forcedLight}
    }
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${forcedDark}
    }
  }
`;
