import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseImageInput, wholeArticleLanguage } from '../../article/parse.js';
import type { FigureInput } from '../../article/input.js';
import type { FigureImage, NormalizedArticle, ParseOptions } from '../../article/types.js';
import { NewsprintElement } from '../../base/newsprint-element.js';
import { partReading, type Reading } from '../../base/reading.js';
import { creditHasLabel } from './credit.js';
import { figureStyles } from './figure.styles.js';
import { imageUnavailable } from './unavailable.js';

type ImageStatus = 'pending' | 'loaded' | 'failed';

/**
 * A news photo with its caption and credit: a `<figure>` with a responsive, lazy `<img>` whose
 * box is reserved before it loads, so the text around it never jumps.
 *
 * Give it a whole article (it shows the article's `image`), schema.org JSON-LD, or just an image
 * object `{ "src", "alt", "caption"?, "credit"?, "width"?, "height"?, "srcset"?, "sizes"? }`,
 * through the `article` property, the `src` attribute or an inline JSON script child.
 *
 * - Space: with `width` and `height` in the data, the `<img>` gets them as attributes and the
 *   frame gets the same CSS `aspect-ratio`, so its height is known before a byte arrives.
 *   Without them the frame is a 16:9 box until the picture loads, then takes the picture's own
 *   proportions (the one case where a shift can happen: give `width` and `height` to avoid it).
 * - Loading: `loading="lazy"` and `decoding="async"`, or `eager` for the lead image above the
 *   fold (`loading="eager"`, `fetchpriority="high"`).
 * - Failure: a picture that cannot be loaded is replaced, in the same box, by a neutral panel
 *   with an icon and "Image unavailable"; the alt text stays available to assistive technology
 *   (the panel is `role="img"` labelled with it), and the caption and credit stay. So is a
 *   picture whose `src` is not a safe address (`javascript:`, `data:` …): unsafe URLs are dropped,
 *   not errors.
 * - Credit: shown as given. "Photo:" (localized) is put before it only when it does not already
 *   say what it is: no `©`, `(c)`, `/`, `|` or `:`, and no word like photo, foto, credit,
 *   crédito, courtesy, image or source (see `creditHasLabel`).
 * - `alt=""` keeps a decorative picture decorative, and its failure panel hidden from assistive
 *   technology.
 *
 * @tagname newsprint-figure
 * @summary A news image with caption and credit; responsive, lazy, no layout shift.
 *
 * @csspart image - The `<img>`.
 * @csspart caption - The `<figcaption>`: caption text followed by the credit.
 * @csspart credit - The credit, inside the caption.
 * @csspart placeholder - The panel shown in place of an image that failed to load.
 *
 * @cssproperty --newsprint-figure-max-height - Tallest the picture gets; a taller one (a portrait) is shown whole, letterboxed on the placeholder colour. Default: `75vh`.
 * @cssproperty --newsprint-figure-ratio - Proportions of the box before an image without `width`/`height` loads. Default: 16 / 9.
 * @cssproperty --newsprint-figure-radius - Corner radius of the picture. Default: `--newsprint-radius`.
 * @cssproperty --newsprint-figure-caption-size - Caption text size. Default: 0.875em.
 * @cssproperty --newsprint-figure-credit-size - Credit text size, relative to the caption. Default: 0.9em.
 *
 * @fires newsprint-load - The figure has been rendered (the picture itself may still be loading). `detail: { article, omitted }`: the normalized whole article when it was given one, else the normalized image; what was left out of schema.org JSON-LD.
 * @fires newsprint-error - The data could not be loaded or has no usable image. `detail: { message, path?, cause? }`.
 */
export class NewsprintFigure extends NewsprintElement<
  FigureImage,
  FigureInput,
  NormalizedArticle | FigureImage
> {
  static override styles = [...NewsprintElement.styles, figureStyles];

  /**
   * Load the picture at once and with high priority (`loading="eager"`, `fetchpriority="high"`):
   * for the lead image at the top of a story. By default it loads lazily.
   */
  @property({ type: Boolean }) eager = false;

  /** Whether the current picture is loading, has loaded, or failed. */
  @state() private imageStatus: ImageStatus = 'pending';
  /** The picture `imageStatus` describes, so new data starts over. */
  private statusKey?: string;

  protected parse(json: unknown, options: ParseOptions): Reading<FigureImage> {
    return readFigure(json, options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = this.data ? `${this.data.src}\n${this.data.srcset ?? ''}` : undefined;
    if (key !== this.statusKey) {
      this.statusKey = key;
      this.imageStatus = 'pending';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a `style` attribute, so a strict `style-src` CSP allows it. Only two
    // numbers the parser checked (positive integers) ever reach it.
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (frame) frame.style.aspectRatio = (this.data && ratioOf(this.data)) ?? '';
    // A server-rendered picture may have loaded (or failed) before the script took over, when no
    // listener was there to hear it. Its status is set after this update, as its load event
    // would be: set here, in `updated`, it would schedule the next update from inside this one
    // (Lit's "scheduled an update after an update completed" warning, on every hydration).
    const image = this.renderRoot.querySelector<HTMLImageElement>('img.image');
    if (this.imageStatus === 'pending' && image?.complete && image.currentSrc) {
      const key = this.statusKey;
      queueMicrotask(() => {
        if (this.statusKey !== key || this.imageStatus !== 'pending') return;
        this.imageStatus = image.naturalWidth > 0 ? 'loaded' : 'failed';
      });
    }
  }

  protected renderData(image: FigureImage): TemplateResult {
    const sized = ratioOf(image) !== undefined;
    // No `src`: the data's address was unsafe and dropped, so there is nothing to load either.
    const src = this.imageStatus === 'failed' ? undefined : image.src;
    const failed = src === undefined;
    // A plain class list, not classMap/ref: those directives add 2.5 KB (0.9 KB gzip) to the bundle.
    const loaded = this.imageStatus === 'loaded';
    // A portrait is letterboxed when its height is capped, not cropped (figure.styles.ts).
    const portrait = sized && (image.width as number) < (image.height as number);
    const classes = `frame${sized ? ' sized' : ''}${portrait ? ' portrait' : ''}${loaded ? ' loaded' : ''}${failed ? ' failed' : ''}`;
    return html`<figure class="figure">
      <div class=${classes}>
        ${src === undefined ? this.renderPlaceholder(image) : this.renderImage(image, src, sized)}
      </div>
      ${this.renderCaption(image)}
    </figure>`;
  }

  private renderImage(image: FigureImage, src: string, sized: boolean): TemplateResult {
    // `loading`, `referrerpolicy` and `sizes` come before `srcset` and `src`, so they are set
    // before the browser starts choosing and fetching.
    return html`<img
      part="image"
      class="image"
      loading=${this.eager ? 'eager' : 'lazy'}
      decoding=${this.eager ? nothing : 'async'}
      fetchpriority=${this.eager ? 'high' : nothing}
      referrerpolicy=${this.referrerPolicy}
      width=${sized ? (image.width as number) : nothing}
      height=${sized ? (image.height as number) : nothing}
      sizes=${image.sizes ?? nothing}
      srcset=${image.srcset ?? nothing}
      src=${src}
      alt=${image.alt}
      @load=${this.onImageLoad}
      @error=${this.onImageError}
    />`;
  }

  private renderPlaceholder(image: FigureImage): TemplateResult {
    return imageUnavailable(image.alt, this.localStrings.imageUnavailable, 'placeholder');
  }

  private renderCaption(image: FigureImage): TemplateResult | typeof nothing {
    const { caption, credit } = image;
    if (!caption && !credit) return nothing;
    return html`<figcaption class="caption" part="caption">
      ${caption ? html`<span class="caption-text">${caption}</span>` : nothing}
      ${credit ? this.renderCredit(credit) : nothing}
    </figcaption>`;
  }

  private renderCredit(credit: string): TemplateResult {
    if (creditHasLabel(credit)) return html`<span class="credit" part="credit">${credit}</span>`;
    return html`<span class="credit" part="credit"
      ><span class="credit-label">${this.localStrings.photo}</span> ${credit}</span
    >`;
  }

  /** The box before the image loads: the frame's shape and one caption line. */
  protected override renderLoading(): TemplateResult {
    return html`<div class="loading figure-loading" part="loading">
      <span class="visually-hidden" role="status">${this.localStrings.loading}</span>
      <span class="frame-skeleton"></span>
      <span class="bar"></span>
    </div>`;
  }

  private onImageLoad = (): void => {
    this.imageStatus = 'loaded';
  };

  private onImageError = (): void => {
    this.imageStatus = 'failed';
  };
}

/** How `<newsprint-figure>` reads its data, in the browser and in `newsprint/ssr`. */
export function readFigure(json: unknown, options: ParseOptions): Reading<FigureImage> {
  return partReading(parseImageInput(json, options), json, options, wholeArticleLanguage(json));
}

/** `width / height` when the data gives both, else `undefined`. */
function ratioOf(image: FigureImage): string | undefined {
  const { width, height } = image;
  if (!isDimension(width) || !isDimension(height)) return undefined;
  return `${width} / ${height}`;
}

function isDimension(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
