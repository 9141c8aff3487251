import { css } from 'lit';

export const faqStyles = css`
  :host {
    --_faq-title-size: var(--newsprint-faq-title-size, 1.375em);
    --_faq-question-size: var(--newsprint-faq-question-size, 1.0625em);
    /*
     * Semibold, not medium: most page fonts (Georgia, Arial, Times, many blog themes) have no 500
     * and would show a "medium" question as regular, level with its answer. 600 is semibold where
     * the font has it and bold where it has only two weights. Sites with a true medium can set 500.
     */
    --_faq-question-weight: var(--newsprint-faq-question-weight, 600);
  }

  /* As wide as the host's column, like a figure above it (it stopped at 42em, 60px short of a
     full-width figure, and left a wider gutter on the right of a dark panel). The answers keep
     a readable line length inside it. */
  .faq {
    container-type: inline-size;
  }

  .title {
    margin: 0 0 0.75em;
    font-family: var(--_font-family-headline);
    font-size: var(--_faq-title-size);
    font-weight: 700;
    line-height: max(1.25, var(--_marked-leading, 0));
    letter-spacing: var(--_tracking, -0.005em);
    color: var(--_color-text);
    text-wrap: balance;
  }

  .items {
    border-block-start: 1px solid var(--_color-border);
  }

  .item {
    border-block-end: 1px solid var(--_color-border);
    /* A deep-linked item scrolls to a little below the viewport's top, not flush against it. */
    scroll-margin-block-start: 1em;
  }

  /* The heading is only a container for its button: no type of its own. */
  .question-heading {
    margin: 0;
    font: inherit;
  }

  .question {
    display: flex;
    align-items: flex-start;
    gap: 1em;
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 0.8em 0;
    border: 0;
    border-radius: 0;
    background: none;
    color: var(--_color-text);
    font-family: var(--_font-family-headline);
    font-size: var(--_faq-question-size);
    font-weight: var(--_faq-question-weight);
    line-height: 1.4;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }

  .question-text {
    flex: 1;
    min-width: 0;
  }

  .question:hover .question-text {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }

  .question:focus-visible {
    outline-offset: 2px;
  }

  /* The chevron sits on the first line of the question, whatever its length. */
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.1em;
    color: var(--_color-muted);
  }

  .question:hover .icon {
    color: var(--_color-text);
  }

  .open .icon {
    transform: rotate(180deg);
  }

  /*
   * No padding on the panel itself: a closed hidden="until-found" panel keeps its box (its content
   * is skipped), so any padding there would show as a gap under every closed question.
   */
  .answer-body {
    max-width: calc(var(--_max-width) + 2.25em);
    padding-block-end: 1.25em;
    padding-inline-end: 2.25em;
    color: var(--_color-text);
  }

  /* On a phone the answer takes the whole width; wider, it keeps to the question's column. */
  @container (max-width: 30em) {
    .answer-body {
      padding-inline-end: 0;
    }
  }

  .answer-body > :first-child {
    margin-block-start: 0;
  }

  .answer-body > :last-child {
    margin-block-end: 0;
  }

  .answer-body p,
  .answer-body ul,
  .answer-body ol,
  .answer-body blockquote,
  .answer-body figure {
    margin: 0 0 0.75em;
  }

  .answer-body ul,
  .answer-body ol {
    padding-inline-start: 1.4em;
  }

  .answer-body li + li {
    margin-block-start: 0.25em;
  }

  .answer-body h2,
  .answer-body h3,
  .answer-body h4,
  .answer-body h5,
  .answer-body h6 {
    margin: 1em 0 0.35em;
    font-size: 1em;
    font-weight: 600;
    line-height: 1.35;
  }

  .answer-body blockquote {
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_color-border);
    color: var(--_color-muted);
  }

  .answer-body img {
    display: block;
    max-width: 100%;
    height: auto;
  }

  .answer-body figcaption {
    margin-block-start: 0.4em;
    font-size: 0.875em;
    color: var(--_color-muted);
  }

  .answer-body strong,
  .answer-body b {
    font-weight: 600;
  }

  /* Motion only for readers who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    .icon {
      transition: transform 200ms ease;
    }

    .open .answer-body {
      animation: newsprint-faq-open 180ms ease-out;
    }
  }

  @keyframes newsprint-faq-open {
    from {
      opacity: 0;
      transform: translateY(-4px);
    }
  }

  /* Loading placeholder shaped like the FAQ. */
  .faq-loading {
    gap: 0;
    padding-block: 0;
  }

  .faq-loading .title-bar {
    width: 55%;
    height: 1.25em;
    margin-block-end: 1em;
  }

  .faq-loading .row {
    display: block;
    padding-block: 1.1em;
    border-block-start: 1px solid var(--_color-border);
  }

  .faq-loading .row:last-child {
    border-block-end: 1px solid var(--_color-border);
  }

  .faq-loading .row .bar {
    display: block;
    width: 70%;
  }

  .faq-loading .row:nth-child(odd) .bar {
    width: 58%;
  }

  @media (forced-colors: active) {
    .question {
      color: ButtonText;
    }

    .icon,
    .question:hover .icon {
      color: ButtonText;
    }

    .question:focus-visible {
      outline: 2px solid Highlight;
    }

    .item,
    .items,
    .faq-loading .row {
      border-color: CanvasText;
    }
  }
`;
