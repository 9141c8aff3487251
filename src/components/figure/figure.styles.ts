import { css } from 'lit';

export const figureStyles = css`
  :host {
    --_figure-ratio: var(--newsprint-figure-ratio, 16 / 9);
    /* A 3:4 portrait in a 900px-tall window would be 1,013px tall at full column width. */
    --_figure-max-height: var(--newsprint-figure-max-height, 75vh);
    --_figure-radius: var(--newsprint-figure-radius, var(--_radius));
    --_caption-size: var(--newsprint-figure-caption-size, 0.875em);
    --_credit-size: var(--newsprint-figure-credit-size, 0.9em);
  }

  .figure {
    margin: 0;
    padding: 0;
  }

  /* The picture's box. Its proportions come from the data's width/height (set as aspect-ratio
     through the CSSOM), else the default ratio until the picture has loaded. */
  .frame {
    position: relative;
    overflow: hidden;
    border-radius: var(--_figure-radius);
    background: var(--_color-placeholder);
  }

  .frame:not(.sized):not(.loaded) {
    aspect-ratio: var(--_figure-ratio);
  }

  /* Capped height: the frame keeps the column's width (a definite width, or the ratio would
     narrow it to the capped height), and a portrait is shown whole inside it. */
  .frame {
    width: 100%;
    max-height: var(--_figure-max-height);
  }

  .frame.sized.portrait .image {
    object-fit: contain;
  }

  .image {
    display: block;
    width: 100%;
    height: auto;
    max-width: none;
    border: 0;
    /* The alt text a browser draws for a broken picture is never seen: the placeholder replaces it. */
    color: transparent;
  }

  /* Fill the reserved box exactly; a picture whose data proportions are slightly off is cropped
     by a few pixels rather than leaving a gap or moving the caption. */
  .frame.sized .image,
  .frame:not(.loaded) .image {
    position: absolute;
    inset: 0;
    height: 100%;
    object-fit: cover;
  }

  /* Server-rendered, before the script sets the frame's aspect-ratio (or where scripts never run):
     the picture stays in the flow, and its width/height attributes reserve its box. */
  .frame.sized:not([style]) .image {
    position: static;
    height: auto;
  }

  /* A picture in the flow (no width/height in the data, or before the script runs) is capped
     itself, letterboxed rather than cut off at the frame's edge. */
  .frame.sized:not([style]) .image,
  .frame.loaded:not(.sized) .image {
    max-height: var(--_figure-max-height);
    object-fit: contain;
  }

  .placeholder {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    padding: 0.75em;
    color: var(--_color-muted);
    background: var(--_color-placeholder);
    font-size: 0.875em;
    line-height: 1.3;
    text-align: center;
  }

  .placeholder-icon {
    flex: none;
    opacity: 0.85;
  }

  .caption {
    display: block;
    max-width: var(--_max-width);
    margin: 0;
    margin-block-start: 0.6em;
    color: var(--_color-text);
    font-size: var(--_caption-size);
    line-height: 1.45;
  }

  .caption-text {
    margin-inline-end: 0.5em;
  }

  .credit {
    display: inline-block;
    color: var(--_color-muted);
    font-size: var(--_credit-size);
    line-height: 1.45;
    letter-spacing: 0.01em;
  }

  .figure-loading {
    gap: 0.6em;
  }

  .frame-skeleton {
    display: block;
    aspect-ratio: var(--_figure-ratio);
    border-radius: var(--_figure-radius);
    background: var(--_color-placeholder);
  }

  @media (forced-colors: active) {
    .frame,
    .frame-skeleton {
      border: 1px solid CanvasText;
    }
    .placeholder {
      color: CanvasText;
      background: Canvas;
    }
    .credit {
      color: CanvasText;
    }
  }
`;
