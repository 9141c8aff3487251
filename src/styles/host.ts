import { css } from 'lit';

/**
 * The shared reset every element adds first. The host page's inherited properties (a 30px
 * `font-size`, `text-transform: uppercase`, `line-height: 3`…) stop at `.base`: `all: initial`
 * resets every inherited property at once, then we set our own. Only the font family is taken
 * from the host by default (docs/ARCHITECTURE.md, "Look").
 */
export const hostStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--_color-background);
    padding: var(--_padding);
    border-radius: var(--_radius);
    /* The panel's edge (forced themes; transparent otherwise). A shadow, not a border: it takes
       no room, so the padding alone sets the gutters. */
    box-shadow: inset 0 0 0 1px var(--_edge);
    text-align: start;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  /* Scripts whose marks stand above and below the letters (Arabic, Hebrew with points, Indic,
     Thai, Vietnamese…): headings set solid (1.14–1.25) would let the marks of one line touch the
     line above, so they get at least this line height (max() with each heading's own). */
  .base:is(
    :lang(ar),
    :lang(fa),
    :lang(ur),
    :lang(ps),
    :lang(sd),
    :lang(ug),
    :lang(ckb),
    :lang(ku),
    :lang(he),
    :lang(yi),
    :lang(hi),
    :lang(mr),
    :lang(ne),
    :lang(sa),
    :lang(bn),
    :lang(as),
    :lang(pa),
    :lang(gu),
    :lang(or),
    :lang(ta),
    :lang(te),
    :lang(kn),
    :lang(ml),
    :lang(si),
    :lang(th),
    :lang(lo),
    :lang(km),
    :lang(my),
    :lang(bo),
    :lang(vi)
  ) {
    --_marked-leading: 1.35;
    /* Joined and marked letters are never spaced apart or drawn closer. */
    --_tracking: normal;
  }

  .base *,
  .base *::before,
  .base *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_color-link);
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* State views shared by every element. */
  .loading {
    display: grid;
    gap: 0.6em;
    padding-block: 0.5em;
  }

  .loading .bar {
    height: 0.9em;
    border-radius: 3px;
    background: var(--_color-placeholder);
  }

  /* Shorter towards the end, like a paragraph. Counted among the bars only ("of .bar"): the
     hidden status text before them is a child too. */
  .lines .bar:nth-child(2 of .bar) {
    width: 85%;
  }

  .lines .bar:nth-child(3 of .bar) {
    width: 60%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .loading .bar {
      animation: newsprint-pulse 1.4s ease-in-out infinite;
    }
  }

  @keyframes newsprint-pulse {
    50% {
      opacity: 0.55;
    }
  }

  /* The reader's error line: quiet, in the muted text colour, no alarm box. */
  .error {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0;
    padding-block: 0.75em;
    color: var(--_color-muted);
    font-size: 0.9375em;
    line-height: 1.5;
  }

  /* The icon keeps its size however the line wraps (a flex item would shrink to a dot). */
  .error-icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    /* Centred on the first line: (line height - icon) / 2. */
    margin-block-start: 0.2em;
  }

  .error-text {
    min-width: 0;
    margin: 0;
  }

  .error-link {
    color: var(--_color-link);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .error {
      color: CanvasText;
    }
    .error-link {
      color: LinkText;
    }
    .loading .bar {
      background: GrayText;
    }
  }
`;
