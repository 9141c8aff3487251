import { css } from 'lit';

/*
 * Box tree, for the rules below:
 *   .base (shared reset)
 *     article.card      part=card    the container for container queries; surface, border
 *       .layout                      flex column (vertical) or grid (horizontal, ≥ 420px)
 *         .text                      section, headline (+ stretched link), description, byline
 *         .media        part=image   placeholder box; visually first (order: -1), in DOM last
 */
export const cardStyles = css`
  .base {
    /* In a grid row the host is stretched: let the card fill it so bylines line up at the bottom. */
    height: 100%;
    /* The card paints its own surface in every theme, so the dark theme's panel needs no padding
       around it (its background stays, behind the error state). */
    padding: var(--newsprint-padding, 0);
    /* The card draws its own border: no panel edge around it. */
    box-shadow: none;
  }

  .card {
    --_card-padding: var(--newsprint-card-padding, 1em);
    --_card-gap: var(--newsprint-card-gap, 1em);
    --_card-lines: var(--newsprint-card-description-lines, 3);
    --_card-ratio: var(--newsprint-card-image-ratio, 16 / 9);
    /* Steps up with the card's own width: 18px in a 280px card, 22px at 560px, 28px from 900px. */
    --_card-headline-size: var(
      --newsprint-card-headline-size,
      clamp(1.125em, 0.8em + 1.6cqi, 1.75em)
    );

    /* The layout follows the card's own width, not the viewport (it may sit in a narrow column). */
    container-type: inline-size;
    position: relative;
    display: block;
    height: 100%;
    margin: 0;
    overflow: hidden;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .layout {
    display: flex;
    flex-direction: column;
    height: 100%;
  }

  .text {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    min-width: 0;
    padding: var(--_card-padding);
  }

  /* Kicker. */
  .section {
    margin: 0 0 0.5em;
    color: var(--_color-accent);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: var(--_tracking, 0.06em);
    text-transform: uppercase;
  }

  /* Arabic and other cursive scripts must not be letter-spaced; they have no case either. */
  [dir='rtl'] .section {
    letter-spacing: normal;
  }

  .headline {
    margin: 0;
    color: var(--_color-text);
    font-family: var(--_font-family-headline);
    font-size: var(--_card-headline-size);
    font-weight: 700;
    line-height: max(1.25, var(--_marked-leading, 0));
    letter-spacing: var(--_tracking, -0.005em);
    text-wrap: balance;
    /* Narrow cards break long words with a hyphen (the card's lang is set) rather than bare. */
    hyphens: auto;
  }

  /* Optional clamp (--newsprint-card-headline-lines: 3), cut with an ellipsis. A style query, so
     a headline without it keeps its block layout; the stretched link's box is the card's, so
     the clipped headline does not clip it. */
  @container style(--newsprint-card-headline-lines) {
    .headline {
      display: -webkit-box;
      overflow: hidden;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--newsprint-card-headline-lines);
    }
  }

  /* A narrow card (a 135px column of a dense grid): 19px type left five letters a line and broke
     every long word. Everything steps down to 7/8, less padding, the headline 1.0625em of it
     (17.7px at 19px instead of 21.4px), and the description hyphenates too. */
  @container (max-width: 220px) {
    .layout {
      font-size: 0.875em;
    }

    .text {
      padding: var(--newsprint-card-padding, 0.75em);
    }

    .headline {
      font-size: var(--newsprint-card-headline-size, 1.0625em);
    }

    .description {
      hyphens: auto;
    }
  }

  .link {
    color: inherit;
    text-decoration: none;
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.14em;
  }

  /* The stretched link: the link's box covers the whole card, so a click anywhere follows it. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }

  .link:hover,
  .link:focus-visible {
    text-decoration-line: underline;
  }

  /* The focus ring goes around the whole card, which is what a click would follow. */
  @supports selector(:has(*)) {
    .link:focus-visible {
      outline: none;
    }

    .card:has(.link:focus-visible) {
      outline: 2px solid var(--_color-focus);
      outline-offset: 2px;
    }
  }

  .description {
    display: -webkit-box;
    max-inline-size: var(--_max-width);
    margin: 0.5em 0 0;
    overflow: hidden;
    color: var(--_color-text);
    font-size: 0.9375em;
    line-height: 1.5;
    text-wrap: pretty;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_card-lines);
    line-clamp: var(--_card-lines);
  }

  .byline {
    /* Pushed to the bottom, so the bylines of a row of cards line up. */
    margin: auto 0 0;
    padding-block-start: 0.85em;
    color: var(--_color-muted);
    font-size: 0.8125em;
    line-height: 1.4;
  }

  .byline time {
    white-space: nowrap;
  }

  /* "By Ana Pérez · January 26, 2026": the dot stays with the names, so a wrapped date never
     starts its line with it. Screen readers skip it (empty alternative text). */
  .authors:not(:last-child)::after {
    content: '\\a0·' / '';
  }

  .media {
    order: -1;
    flex: none;
    aspect-ratio: var(--_card-ratio);
    overflow: hidden;
    background: var(--_color-placeholder);
  }

  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    /* The focal point of the crop: a portrait's face, not its middle. */
    object-position: var(--newsprint-image-position, 50% 50%);
  }

  /* A picture that failed: the same box, saying so quietly. */
  .placeholder {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    height: 100%;
    padding: 0.5em;
    color: var(--_color-muted);
    font-size: 0.8125em;
    line-height: 1.3;
    text-align: center;
  }

  .placeholder-icon {
    flex: none;
    opacity: 0.85;
  }

  /* Horizontal: the image takes the inline-start 45%, the text the rest; vertical below 420px.
     Stretched taller than its content (a lead card in a grid row), the image grows with the card
     (cropped, from its focal point) and the byline stays with the text. */
  @container (min-width: 420px) {
    :host([layout='horizontal']) .layout.has-image {
      display: grid;
      grid-template-columns: minmax(0, var(--newsprint-card-image-width, 45%)) minmax(0, 1fr);
      gap: var(--_card-gap);
      align-items: stretch;
      padding: var(--_card-padding);
    }

    :host([layout='horizontal']) .has-image .media {
      --_card-ratio: var(--newsprint-card-image-ratio, 3 / 2);
      /* Its width is its column's; its height at least the ratio's, more when the row is taller
         (without width: 100% the ratio would widen a stretched image out of its column). */
      width: 100%;
      align-self: stretch;
      /* …up to a 4:5 portrait: a card stretched much taller (a lead spanning two rows) keeps its
         picture at the top rather than a sliver of it. */
      max-block-size: 56cqi;
      border-radius: calc(var(--_radius) * 0.75);
    }

    :host([layout='horizontal']) .has-image .text {
      padding: 0;
    }

    :host([layout='horizontal']) .has-image .byline {
      margin-block-start: 0;
    }
  }

  /* Beside the image the text has about half the card: a gentler step. */
  :host([layout='horizontal']) .card {
    --_card-headline-size: var(
      --newsprint-card-headline-size,
      clamp(1.125em, 0.9em + 1cqi, 1.625em)
    );
  }

  /* Compact: no image, smaller type, two lines of description. */
  :host([layout='compact']) .card {
    --_card-padding: var(--newsprint-card-padding, 0.75em 1em);
    --_card-lines: var(--newsprint-card-description-lines, 2);
    --_card-headline-size: var(
      --newsprint-card-headline-size,
      clamp(1.0625em, 0.95em + 0.5cqi, 1.25em)
    );
  }

  /* Without a picture (compact, or no image in the data) nothing lines up at the bottom: the
     byline follows the text, so a card stretched by its grid row is not an empty tile with a
     byline at its foot. */
  .layout:not(.has-image) .byline {
    margin-block-start: 0;
  }

  :host([layout='compact']) .description {
    margin-block-start: 0.35em;
    font-size: 0.875em;
  }

  :host([layout='compact']) .byline {
    padding-block-start: 0.6em;
  }

  /* Loading: the card's shape, so nothing moves when the story arrives. */
  .skeleton .loading {
    padding: var(--_card-padding);
  }

  /* Error: the frame keeps a card's height; the line sits in the middle of it. */
  .error-layout {
    display: grid;
    height: 100%;
  }

  .error-layout > * {
    grid-area: 1 / 1;
  }

  .error-shape {
    display: flex;
    flex-direction: column;
    visibility: hidden;
  }

  .error-shape-media {
    aspect-ratio: var(--_card-ratio);
  }

  /* About the section, a two-line headline, the description and the byline. */
  .error-shape-text {
    block-size: 11em;
  }

  :host([layout='compact']) .error-shape-text {
    block-size: 9em;
  }

  .card-error .error {
    align-self: center;
    justify-self: center;
    max-inline-size: 24em;
    padding: var(--_card-padding);
  }

  @container (min-width: 420px) {
    /* Horizontal: the picture beside the text, so the card is about as tall as the picture. */
    :host([layout='horizontal']) .error-shape-media {
      aspect-ratio: 10 / 3;
    }

    :host([layout='horizontal']) .error-shape-text {
      block-size: 2em;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }

    .card:has(.link:focus-visible) {
      outline-color: Highlight;
    }

    .media {
      background: Canvas;
    }
  }
`;
