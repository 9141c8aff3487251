import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { STRUCTURED_DATA_ATTRIBUTE } from '../../article/load.js';
import { renderSanitized, shiftHeadings, writeJsonLd } from '../../article/sanitize.js';
import { jsonForScript, newsArticleJsonLd } from '../../article/structured-data.js';
import type { NormalizedArticle, NormalizedByline, ParseOptions } from '../../article/types.js';
import { relFor } from '../../article/rel.js';
import { NewsprintElement } from '../../base/newsprint-element.js';
import { wholeArticleReading, type Reading } from '../../base/reading.js';
import { navigateFromClick } from '../../base/navigate.js';
import type { NewsprintStrings } from '../../i18n/strings.js';
import '../byline/newsprint-byline.js';
import '../faq/newsprint-faq.js';
import '../figure/newsprint-figure.js';
import { headingLevel } from '../heading-level.js';
import { articleStyles } from './article.styles.js';

/**
 * The nested elements' parts, passed through so `newsprint-article::part(author)` reaches the
 * byline's names (their own `base`, `error` and `loading` stay inside). The FAQ's `title` is
 * `faq-title` here, so it is not taken for the story's own.
 */
const BYLINE_PARTS =
  'avatars, avatar, authors, author, role, meta, published, updated, reading-time';
const FIGURE_PARTS = 'image, caption, credit, placeholder';
const FAQ_PARTS = 'title: faq-title, item, item-open, question, icon, answer';

/** The headline at its level (one literal template per level: `lit/static-html.js` costs more). */
function headline(level: number, text: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id="headline" class="headline" part="headline">${text}</h1>`;
    case 2:
      return html`<h2 id="headline" class="headline" part="headline">${text}</h2>`;
    case 3:
      return html`<h3 id="headline" class="headline" part="headline">${text}</h3>`;
    case 4:
      return html`<h4 id="headline" class="headline" part="headline">${text}</h4>`;
    case 5:
      return html`<h5 id="headline" class="headline" part="headline">${text}</h5>`;
    default:
      return html`<h6 id="headline" class="headline" part="headline">${text}</h6>`;
  }
}

/**
 * The whole story: section kicker, headline, dek, byline, lead figure, sanitized body, FAQ,
 * copyright and a publisher footer linking to the canonical story.
 *
 * The embed lives inside someone else's page, so its headline is an `h2` by default
 * (`heading-level`), and every heading inside follows: the body's own `h2` becomes an `h3`, the FAQ
 * title sits one level below the headline (and, without a title, its questions do).
 *
 * @tagname newsprint-article
 * @summary The whole story, safe to embed anywhere.
 *
 * @csspart article - The `<article>` box.
 * @csspart header - Kicker, headline, dek and byline.
 * @csspart section - The section kicker above the headline.
 * @csspart headline - The headline.
 * @csspart description - The dek under the headline.
 * @csspart byline - The `<newsprint-byline>` element.
 * @csspart figure - The lead `<newsprint-figure>` element.
 * @csspart body - The story text.
 * @csspart faq - The `<newsprint-faq>` element.
 * @csspart footer - Copyright, publisher and the link to the original story.
 * @csspart canonical-link - The link to the original story.
 * @csspart author - (From the byline, as are `avatars`, `avatar`, `authors`, `role`, `meta`, `published`, `updated`, `reading-time`.) One author's name.
 * @csspart image - (From the lead figure, as are `caption`, `credit`, `placeholder`.) The lead picture.
 * @csspart question - (From the FAQ, as are `item`, `item-open`, `icon`, `answer`; its title is `faq-title`.) A question's button.
 * @csspart faq-title - The FAQ's title (the FAQ's `title` part).
 *
 * @cssproperty --newsprint-headline-size - Headline size. Default: scales with the host's column, from 1.125em (about 1.2em in a 244px one) to 2.5em (about 900px).
 * @cssproperty --newsprint-headline-lines - Lines of headline shown before it is cut with an ellipsis (where the browser has style queries). Default: none, the whole headline.
 * @cssproperty --newsprint-body-size - Size of the story text. Default: the base size (the host's, within 15–20px), at least 17px.
 *
 * @fires newsprint-navigate - A link in the story was activated. Cancelable. `detail: { url }`.
 * @fires newsprint-toggle - An FAQ item was opened or closed. `detail: { id, index, open }`.
 */
export class NewsprintArticle extends NewsprintElement<NormalizedArticle> {
  static override styles = [...NewsprintElement.styles, articleStyles];

  /** Level of the headline, 1–6. Headings inside the story follow it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Puts schema.org `NewsArticle` JSON-LD about the story into the element's light DOM (a
   * `<script type="application/ld+json" data-newsprint-structured-data>`), for search engines.
   * Off by default: a page that has its own structured data should not get a second copy.
   */
  @property({ type: Boolean, reflect: true, attribute: 'structured-data' }) structuredData = false;

  protected parse(json: unknown, options: ParseOptions): Reading<NormalizedArticle> {
    return readArticleElement(json, options);
  }

  protected renderData(article: NormalizedArticle) {
    const level = headingLevel(this.headingLevel, 2);
    const strings = this.localStrings;
    const lang = this.language;
    const byline: NormalizedByline | undefined =
      article.authors.length || article.datePublished || article.readingTimeMinutes
        ? {
            authors: article.authors,
            datePublished: article.datePublished,
            dateModified: article.dateModified,
            readingTimeMinutes: article.readingTimeMinutes,
          }
        : undefined;

    // The click listener only delegates clicks on the links inside (Enter on a link is a click too).
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<article
      class="article"
      part="article"
      aria-labelledby="headline"
      @click=${this.onClick}
      @newsprint-load=${stopNested}
      @newsprint-error=${stopNested}
    >
      <header class="header" part="header">
        ${
          article.section ? html`<p class="section" part="section">${article.section}</p>` : nothing
        }
        ${headline(level, article.headline)}
        ${
          article.description
            ? html`<p class="description" part="description">${article.description}</p>`
            : nothing
        }
        ${
          byline
            ? html`<newsprint-byline
                class="byline"
                part="byline"
                exportparts=${BYLINE_PARTS}
                .article=${byline}
                .strings=${this.strings}
                referrerpolicy=${this.referrerPolicy}
                theme=${this.theme ?? nothing}
                lang=${lang}
              ></newsprint-byline>`
            : nothing
        }
      </header>
      ${
        article.image
          ? html`<newsprint-figure
              class="figure"
              part="figure"
              exportparts=${FIGURE_PARTS}
              eager
              .article=${article.image}
              .strings=${this.strings}
              referrerpolicy=${this.referrerPolicy}
              theme=${this.theme ?? nothing}
              lang=${lang}
            ></newsprint-figure>`
          : nothing
      }
      ${
        article.body
          ? html`<div class="body" part="body">
              ${renderSanitized(shiftHeadings(article.body, level - 1))}
            </div>`
          : nothing
      }
      ${
        article.faq
          ? html`<newsprint-faq
              class="faq"
              part="faq"
              exportparts=${FAQ_PARTS}
              heading-level=${article.faq.title ? Math.min(6, level + 1) : level}
              .article=${article.faq}
              .strings=${this.strings}
              referrerpolicy=${this.referrerPolicy}
              theme=${this.theme ?? nothing}
              lang=${lang}
            ></newsprint-faq>`
          : nothing
      }
      ${this.renderFooter(article, strings)}
    </article>`;
  }

  /**
   * The loading placeholder in the story's shape (kicker, two headline lines, dek, byline, a 16:9
   * picture, paragraphs), so the page below does not jump by a screen when the story arrives.
   */
  protected override renderLoading(): TemplateResult {
    return html`<div class="loading article-loading" part="loading">
      <span class="visually-hidden" role="status">${this.localStrings.loading}</span>
      <span class="bar kicker-bar"></span>
      <span class="bar headline-bar"></span>
      <span class="bar headline-bar"></span>
      <span class="bar dek-bar"></span>
      <span class="bar dek-bar"></span>
      <span class="bar byline-bar"></span>
      <span class="media-bar"></span>
      ${[1, 2, 3, 4, 5, 6, 7].map(() => html`<span class="bar text-bar"></span>`)}
    </div>`;
  }

  private renderFooter(article: NormalizedArticle, strings: NewsprintStrings) {
    const publisher = article.publisher;
    if (!article.copyright && !publisher && !article.url) return nothing;
    return html`<footer class="footer" part="footer">
      ${article.copyright ? html`<p class="copyright">${article.copyright}</p>` : nothing}
      ${publisher ? html`<p class="publisher">${this.renderPublisher(publisher, strings)}</p>` : nothing}
      ${
        article.url
          ? html`<p>
              <a
                class="canonical"
                part="canonical-link"
                href=${article.url}
                rel=${relFor(article.url) ?? nothing}
                >${strings.readOriginal}<span aria-hidden="true" class="arrow"> →</span></a
              >
            </p>`
          : nothing
      }
    </footer>`;
  }

  private renderPublisher(
    publisher: NonNullable<NormalizedArticle['publisher']>,
    strings: NewsprintStrings,
  ) {
    // "Published by {publisher}" with the name as a link where there is one, in any word order.
    const [before = '', after = ''] = strings.publishedBy.split('{publisher}');
    const name = publisher.url
      ? html`<a href=${publisher.url} rel=${relFor(publisher.url) ?? nothing}>${publisher.name}</a>`
      : publisher.name;
    return html`${before}${name}${after}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.writeStructuredData();
  }

  /** Keeps the light-DOM JSON-LD in step with the story (left alone when already right). */
  private writeStructuredData(): void {
    const existing = this.querySelector(`:scope > script[${STRUCTURED_DATA_ATTRIBUTE}]`);
    const text =
      this.structuredData && this.loadState === 'ready' && this.data
        ? jsonForScript(newsArticleJsonLd(this.data))
        : undefined;
    if (text === undefined) {
      existing?.remove();
      return;
    }
    // Server-rendered pages already have it: nothing to do.
    if (existing?.textContent === text) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(STRUCTURED_DATA_ATTRIBUTE, '');
    // Script text is a Trusted Types sink, JSON-LD included: see writeJsonLd().
    if (!writeJsonLd(script, text)) return;
    if (existing) existing.replaceWith(script);
    else this.append(script);
  }

  private onClick = (event: MouseEvent) => navigateFromClick(this, event);
}

/** How `<newsprint-article>` reads its data, in the browser and in `newsprint/ssr`. */
export const readArticleElement = wholeArticleReading;

/** Nested elements report their own load; the host page hears one `newsprint-load`, ours. */
function stopNested(event: Event) {
  if (event.target !== event.currentTarget) event.stopPropagation();
}
