import { css } from 'lit';

export const articleStyles = css`
  /* The host's column is the container the type steps with (not the panel, which stops at the
     line length). */
  :host {
    container-type: inline-size;
  }

  /* A forced theme's panel ends where the story's lines end, so its gutters are the same on both
     sides (it used to span the host's column with the text 58ch wide at its start). Without a
     theme the padding is 0 and this is the story's column itself. */
  .base {
    max-width: calc(var(--newsprint-max-width, 58ch) + 2 * var(--_padding));
  }

  /* Start-aligned in the host's column, like the page's own text: the max width is for the
     length of a line, not a centred column of its own. */
  .article,
  .article-loading {
    display: block;
    /* 58ch of the story's font: 65–72 characters a line in the story text, in Times-, Arial- and
       Verdana-like fonts, at 16–19px (article.test.ts measures it). */
    max-width: var(--newsprint-max-width, 58ch);
  }

  /* The parts sit on the article's own background: no second panel inside it. */
  .byline,
  .figure,
  .faq {
    --newsprint-padding: 0;
    --newsprint-color-background: transparent;
    --newsprint-color-edge: transparent;
  }

  .header {
    margin-block-end: 1.5em;
  }

  .section {
    margin: 0 0 0.6em;
    color: var(--_color-accent);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: var(--_tracking, 0.08em);
    line-height: 1.3;
    text-transform: uppercase;
  }

  .headline {
    margin: 0;
    font-family: var(--_font-family-headline);
    /* Steps with the host's column: 22.6px in a 244px one at 19px (was 26.8px, seven lines),
       about 39px at 680px, 2.5em from about 900px. */
    font-size: var(--newsprint-headline-size, clamp(1.125em, 0.7em + 3.8cqi, 2.5em));
    font-weight: 700;
    line-height: max(1.14, var(--_marked-leading, 0));
    letter-spacing: var(--_tracking, -0.012em);
    text-wrap: balance;
    hyphens: auto;
  }

  /* Optional clamp (--newsprint-headline-lines: 3), cut with an ellipsis. A style query, so a
     headline without it keeps its ordinary block layout; browsers without style queries show
     the whole headline. */
  @container style(--newsprint-headline-lines) {
    .headline {
      display: -webkit-box;
      overflow: hidden;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--newsprint-headline-lines);
    }
  }

  .description {
    margin: 0.65em 0 0;
    color: var(--_color-muted);
    font-size: 1.1875em;
    line-height: 1.45;
    text-wrap: pretty;
  }

  /* Narrow columns (after the rules it overrides): a word too long for the line breaks with a
     hyphen (the story's lang is set), in the dek and the text as in the headline. In px: an em
     here would be the host page's own text size. */
  @container (max-width: 480px) {
    .description,
    .body {
      hyphens: auto;
    }

    /* The dek stays a step below the smaller headline (22.5px beside a 22.6px one at 244px). */
    .description {
      font-size: 1.0625em;
    }
  }

  .byline {
    margin-block-start: 1.1em;
    padding-block-start: 0.9em;
    border-block-start: 1px solid var(--_color-border);
  }

  .figure {
    margin-block: 0 1.75em;
  }

  /* Story text: at least 17px, else the host's own size, so it sits beside the page's text. */
  .body {
    font-size: var(--newsprint-body-size, max(1em, 17px));
    line-height: 1.7;
  }

  .body > :first-child {
    margin-block-start: 0;
  }

  .body p,
  .body ul,
  .body ol,
  .body blockquote,
  .body figure,
  .body pre {
    margin: 0 0 1.15em;
  }

  .body h2,
  .body h3,
  .body h4,
  .body h5,
  .body h6 {
    margin: 1.6em 0 0.5em;
    font-family: var(--_font-family-headline);
    line-height: max(1.25, var(--_marked-leading, 0));
  }

  .body h3 {
    font-size: 1.35em;
  }

  .body h4 {
    font-size: 1.15em;
  }

  .body h5,
  .body h6 {
    font-size: 1em;
  }

  .body ul,
  .body ol {
    padding-inline-start: 1.4em;
  }

  .body li + li {
    margin-block-start: 0.35em;
  }

  .body blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_color-accent);
    font-style: italic;
  }

  /* A link whose unsafe URL was removed is text again. */
  .body a:not([href]) {
    color: inherit;
    text-decoration: none;
  }

  .body img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }

  .body figcaption {
    margin-block-start: 0.5em;
    color: var(--_color-muted);
    font-size: 0.8125em;
    line-height: 1.45;
  }

  .body pre,
  .body code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .body pre {
    overflow-x: auto;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_color-placeholder);
  }

  .body hr {
    margin-block: 2em;
    border: 0;
    border-block-start: 1px solid var(--_color-border);
  }

  .faq {
    margin-block-start: 2.25em;
  }

  .footer {
    margin-block-start: 2.25em;
    padding-block-start: 1em;
    border-block-start: 1px solid var(--_color-border);
    color: var(--_color-muted);
    font-size: 0.875em;
    line-height: 1.5;
  }

  .footer p {
    margin: 0 0 0.35em;
  }

  .footer a {
    color: inherit;
  }

  .footer .canonical {
    color: var(--_color-link);
    font-weight: 600;
  }

  .footer .canonical:hover .arrow {
    margin-inline-start: 0.15em;
  }

  :dir(rtl) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }

  /* The FAQ's last item already ends with a rule: the footer does not draw a second one. */
  .faq + .footer {
    margin-block-start: 1.25em;
    padding-block-start: 0;
    border-block-start: 0;
  }

  /* Loading: the story's shape. The bars are the shared ones (host styles); sizes here. */
  .article-loading {
    display: grid;
    /* One column as wide as the panel's content, never wider: an auto column grows to its
       widest bar's minimum (the 14em byline bar), which pushed every bar past a narrow panel. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    padding-block: 0;
  }

  .article-loading .kicker-bar {
    width: 6em;
    height: 0.8em;
  }

  .article-loading .headline-bar {
    height: 2em;
  }

  .article-loading .headline-bar:nth-child(2 of .headline-bar) {
    width: 70%;
  }

  .article-loading .dek-bar {
    height: 1.1em;
  }

  .article-loading .dek-bar:nth-child(2 of .dek-bar) {
    width: 80%;
    margin-block-end: 0.5em;
  }

  .article-loading .byline-bar {
    width: 14em;
    max-width: 100%;
    margin-block-end: 0.75em;
  }

  .article-loading .media-bar {
    aspect-ratio: 16 / 9;
    margin-block-end: 0.75em;
    border-radius: var(--_radius);
    background: var(--_color-placeholder);
  }

  .article-loading .text-bar {
    height: 1em;
  }

  .article-loading .text-bar:nth-child(4n of .text-bar) {
    width: 75%;
    margin-block-end: 0.75em;
  }

  @media (forced-colors: active) {
    .article-loading .media-bar {
      border: 1px solid CanvasText;
    }

    .section {
      color: CanvasText;
    }
  }
`;
