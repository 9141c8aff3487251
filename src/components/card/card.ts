import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { NormalizedArticle, NormalizedImage, ParseOptions } from '../../article/types.js';
import { relFor } from '../../article/rel.js';
import { navigateFromClick } from '../../base/navigate.js';
import { NewsprintElement } from '../../base/newsprint-element.js';
import type { Reading } from '../../base/reading.js';
import { readTeaser } from '../../article/teaser.js';
import { formatDate, joinList, shortList } from '../../i18n/locale.js';
import { imageUnavailable } from '../figure/unavailable.js';
import { headingLevel } from '../heading-level.js';
import { cardStyles } from './card.styles.js';

export type CardLayout = 'vertical' | 'horizontal' | 'compact';

/**
 * A story teaser: image, section, headline linking to the story, description and a compact byline.
 *
 * The whole card is clickable through one real link, the headline's (a "stretched link": the
 * link's `::after` covers the card). There are no other links or buttons in it, so a keyboard
 * stops once per card and a screen reader hears the story once. Without a `url` the headline is
 * plain text and nothing is clickable.
 *
 * The layout follows the card's own width (a container query), not the viewport:
 * `layout="horizontal"` puts the image beside the text only where the card is at least 420px
 * wide, and is vertical below. Because the card is a size container, give it a width from outside
 * (a grid cell, a block, `flex: 1`): as a shrink-to-fit flex or inline item it would collapse.
 *
 * @tagname newsprint-card
 * @summary A teaser for a story, linking to it: image, section, headline, description, byline.
 *
 * @csspart card - The card's box: surface, border, radius. The container for the layout queries.
 * @csspart image - The image box: placeholder background and aspect ratio. The `<img>` fills it;
 *   if the picture fails to load the box stays, with a crossed picture and "Image unavailable",
 *   so the card keeps its shape and does not look as if it were still loading.
 * @csspart image-unavailable - The panel in the image box when the picture failed to load.
 * @csspart section - The section kicker above the headline.
 * @csspart headline - The heading (`h1`–`h6`, from `heading-level`).
 * @csspart link - The headline's link, the card's only link. Its `::after` covers the card.
 * @csspart description - The description, clamped to a few lines.
 * @csspart byline - Authors and date.
 * @csspart authors - "By" and the names ("By Ernesto Alvarez and 3 others" from three authors on).
 * @csspart author - One author's name, as in `<newsprint-byline>`.
 * @csspart published - The publication date (`<time>`).
 * @csspart updated - "Updated" and the date, when there is only an update date.
 *
 * @cssproperty --newsprint-card-padding - Space inside the card around the text. Default: `1em` (`0.75em 1em` compact).
 * @cssproperty --newsprint-card-gap - Between image and text in the horizontal layout. Default: `1em`.
 * @cssproperty --newsprint-card-image-ratio - Aspect ratio of the image box; the picture is cropped to it (`object-fit: cover`) so a row of cards lines up. Default: `16 / 9` (`3 / 2` horizontal).
 * @cssproperty --newsprint-card-headline-size - Headline size. Default: steps up with the card's width, from `1.125em` (280px) to `1.75em` (900px and wider); `1.125em`–`1.625em` horizontal, `1.0625em`–`1.25em` compact; under 220px the whole card's type is 7/8 and the headline `1.0625em` of it.
 * @cssproperty --newsprint-card-image-width - Width of the image in the horizontal layout. Default: `45%`.
 * @cssproperty --newsprint-image-position - Focal point of the cropped picture (`object-position`), e.g. `50% 20%` for a portrait. Default: `50% 50%`.
 * @cssproperty --newsprint-card-headline-lines - Lines of headline shown before it is cut with an ellipsis (where the browser has style queries). Default: none, the whole headline.
 * @cssproperty --newsprint-card-description-lines - Lines of description shown before it is cut with an ellipsis. Default: `3` (`2` compact).
 *
 * @fires newsprint-navigate - The headline link was activated (click, tap or Enter), before the browser follows it. `detail: { url }`. Cancelable: `preventDefault()` keeps the browser from following the link (to route in a single-page app). Not fired for clicks with a modifier key (new tab or window), which are left to the browser.
 */
export class NewsprintCard extends NewsprintElement<NormalizedArticle> {
  static override styles = [...NewsprintElement.styles, cardStyles];

  /** `vertical` (default): image above text. `horizontal`: image beside text when the card is 420px wide or more. `compact`: no image. */
  @property({ reflect: true }) layout: CardLayout = 'vertical';

  /**
   * Level of the headline's heading, 1–6. Default 3: cards usually sit in a list under a section
   * heading (`h2` "Latest news") on a page whose `h1` is its title, so each story is one level
   * below. Set it to match where the cards sit, so the page's heading outline stays true.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * `sizes` of the image when the data has a `srcset` (the data's own `sizes` describes the
   * article page, not a card). `auto` lets the browser use the laid-out width of the lazy image;
   * the rest is for browsers without `sizes="auto"`: a multi-column grid on wide screens, full
   * width on phones. Set it to how wide your cards really are.
   */
  @property({ attribute: 'image-sizes' }) imageSizes = 'auto, (min-width: 48em) 33vw, 100vw';

  /** The `src` of an image that failed to load: its box stays, with "Image unavailable". */
  @state() private failedImage?: string;

  protected parse(json: unknown, options: ParseOptions): Reading<NormalizedArticle> {
    return readCard(json, options);
  }

  protected renderData(data: NormalizedArticle): TemplateResult {
    const image = this.layout === 'compact' ? undefined : data.image;
    return html`<article class="card" part="card">
      <div class="layout${image ? ' has-image' : ''}">
        <div class="text">
          ${data.section ? html`<p class="section" part="section">${data.section}</p>` : nothing}
          ${this.renderHeadline(data)}
          ${
            data.description
              ? html`<p class="description" part="description">${data.description}</p>`
              : nothing
          }
          ${this.renderByline(data)}
        </div>
        ${image ? this.renderImage(image) : nothing}
      </div>
    </article>`;
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="card skeleton" part="card">
      <div class="layout">
        <div class="loading lines" part="loading">
          <span class="visually-hidden" role="status">${this.localStrings.loading}</span>
          <span class="bar"></span><span class="bar"></span><span class="bar"></span>
        </div>
        ${this.layout === 'compact' ? nothing : html`<div class="media"></div>`}
      </div>
    </div>`;
  }

  /**
   * The card's frame stays, about as tall as a card with its story (the picture's box and a few
   * lines of text, invisible), with the reader's error line in the middle: a grid of teasers keeps
   * its rows, and a failed card reads as "not available", not as a hole or an alarm.
   */
  protected override renderError(): TemplateResult {
    return html`<div class="card card-error" part="card">
      <div class="error-layout">
        <div class="error-shape" aria-hidden="true">
          ${this.layout === 'compact' ? nothing : html`<span class="error-shape-media"></span>`}
          <span class="error-shape-text"></span>
        </div>
        ${super.renderError()}
      </div>
    </div>`;
  }

  private renderHeadline(data: NormalizedArticle): TemplateResult {
    const text = data.url
      ? html`<a
          class="link"
          part="link"
          href=${data.url}
          rel=${relFor(data.url) ?? nothing}
          @click=${this.onLinkClick}
          >${data.headline}</a
        >`
      : data.headline;
    // Six literal templates: a static tag name (`unsafeStatic`) would cost every card a lookup.
    switch (headingLevel(this.headingLevel, 3)) {
      case 1:
        return html`<h1 class="headline" part="headline">${text}</h1>`;
      case 2:
        return html`<h2 class="headline" part="headline">${text}</h2>`;
      case 4:
        return html`<h4 class="headline" part="headline">${text}</h4>`;
      case 5:
        return html`<h5 class="headline" part="headline">${text}</h5>`;
      case 6:
        return html`<h6 class="headline" part="headline">${text}</h6>`;
      default:
        return html`<h3 class="headline" part="headline">${text}</h3>`;
    }
  }

  /** Names and date, as text: no author links or avatars, so the card keeps one link. */
  private renderByline(data: NormalizedArticle): TemplateResult | typeof nothing {
    const published = data.datePublished;
    const date = published ?? data.dateModified;
    if (data.authors.length === 0 && date === undefined) return nothing;
    const lang = this.language;
    const strings = this.localStrings;
    // The byline's part names, so `::part(author)` styles the same names in a card as in a
    // byline. Three or more authors: "Ernesto Alvarez and 3 others".
    const names = data.authors.map(
      (author) => html`<span class="author" part="author">${author.name}</span>`,
    );
    return html`<p class="byline" part="byline">
      ${
        names.length > 0
          ? html`<span class="authors" part="authors"
              >${
                names.length < 3
                  ? html`${strings.by} ${shortList(names, lang, strings.andOthers)}`
                  : html`<span aria-hidden="true"
                        >${strings.by} ${shortList(names, lang, strings.andOthers)}</span
                      ><span class="visually-hidden"
                        >${strings.by}
                        ${joinList(
                          data.authors.map((author) => author.name),
                          lang,
                        )}</span
                      >`
              }</span
            >`
          : nothing
      }
      ${
        date === undefined
          ? nothing
          : published !== undefined
            ? html`<time part="published" datetime=${date}>${formatDate(date, lang)}</time>`
            : html`<span class="updated" part="updated"
                >${strings.updated} <time datetime=${date}>${formatDate(date, lang)}</time></span
              >`
      }
    </p>`;
  }

  private renderImage(image: NormalizedImage): TemplateResult {
    // The alt text from the data is kept: it describes the picture, which the headline does not,
    // and the image is outside the link, so it never lengthens the link's name. `alt: ""` in the
    // data marks a decorative picture, as everywhere in Newsprint.
    if (this.failedImage === image.src) {
      return html`<div class="media unavailable" part="image">
        ${imageUnavailable(image.alt, this.localStrings.imageUnavailable, 'image-unavailable')}
      </div>`;
    }
    return html`<div class="media" part="image">
      <img
        sizes=${image.srcset ? this.imageSizes : nothing}
        srcset=${image.srcset ?? nothing}
        src=${image.src}
        alt=${image.alt}
        width=${image.width ?? nothing}
        height=${image.height ?? nothing}
        loading="lazy"
        decoding="async"
        referrerpolicy=${this.referrerPolicy}
        @error=${this.onImageError}
      />
    </div>`;
  }

  private onImageError(event: Event): void {
    this.failedImage = (event.target as HTMLImageElement).getAttribute('src') ?? undefined;
  }

  private onLinkClick(event: MouseEvent): void {
    navigateFromClick(this, event);
  }
}

/**
 * How `<newsprint-card>` reads its data, in the browser and in `newsprint/ssr`: as a teaser
 * (`ParseOptions.teaser`), leaving the body and FAQ unread, so a card never sanitizes (or loads
 * the sanitizer for) HTML it does not show, and never rejects a bad body it does not show.
 * Well-formed article JSON is read by the lean reader, anything else by the full one, loaded
 * then (article/teaser.ts).
 */
export function readCard(json: unknown, options: ParseOptions): Reading<NormalizedArticle> {
  const { article, omitted } = readTeaser(json, options);
  return { data: article, language: article.language, load: { article, omitted } };
}
