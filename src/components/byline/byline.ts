import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { htmlMeasure } from '../../article/html-measure.js';
import { parseBylineInput } from '../../article/parse.js';
import type { BylineInput } from '../../article/input.js';
import type {
  NormalizedArticle,
  NormalizedAuthor,
  NormalizedByline,
  ParseOptions,
} from '../../article/types.js';
import { provideHtmlMeasurePart } from '../../article/parts.js';
import { relFor } from '../../article/urls.js';
import { NewsprintElement } from '../../base/newsprint-element.js';
import { partReading, type Reading } from '../../base/reading.js';
import { formatDate, formatNumber } from '../../i18n/locale.js';
import { fill } from '../../i18n/strings.js';
import { bylineStyles } from './byline.styles.js';

/** More avatars than this make a stack wider than the names beside it on a phone. */
// The reading time is counted from a body's HTML: the byline has the HTML measure at once.
provideHtmlMeasurePart(htmlMeasure);

const MAX_AVATARS = 3;

/**
 * Who wrote the story and when: authors (linked where they have a `url`, with a small round
 * avatar where they have an `image`), the published date, the update date when it is later, and
 * the reading time.
 *
 * Give it a whole article, schema.org JSON-LD, or just `{ "authors", "datePublished"?,
 * "dateModified"?, "readingTimeMinutes"? }`, through the `article` property, the `src` attribute or
 * an inline JSON script child. Where `readingTimeMinutes` is absent it is computed from `body`.
 *
 * - Several authors are joined the way the element's language joins a list
 *   ("By Ana Pérez, Luis Gómez and Eva Ruiz", "Por Ana Pérez, Luis Gómez y Eva Ruiz"). English
 *   follows news style (AP, Reuters) and leaves out the serial comma.
 * - A `role` is shown quietly: on its own line under a single author, in parentheses after each
 *   name when there are several, so the list stays unambiguous.
 * - Avatars are decorative (`alt=""`; the name is beside them), lazy, and overlap as a stack of
 *   at most three; one that fails to load is hidden.
 * - Dates are `<time datetime>`; "Updated …" appears only when the update is later than the
 *   publication (with the time of day when both fall on the same day).
 * - `compact` (for cards): one line, no avatars or roles, a shorter date, smaller text.
 * - Links to other sites get `rel="noopener noreferrer ugc"`.
 *
 * @tagname newsprint-byline
 * @summary Authors, dates and reading time of a story.
 *
 * @csspart avatars - The stack of avatars.
 * @csspart avatar - One avatar `<img>`.
 * @csspart authors - The line with "By" and the author names.
 * @csspart author - One author's name (a link when the author has a `url`).
 * @csspart role - An author's role.
 * @csspart meta - The line with dates and reading time.
 * @csspart published - The publication `<time>`.
 * @csspart updated - "Updated" and its `<time>`.
 * @csspart reading-time - The reading time.
 *
 * @cssproperty --newsprint-avatar-size - Diameter of an avatar. Default: 2.5em (40px at the default size).
 * @cssproperty --newsprint-avatar-ring - Ring between overlapping avatars; set it to the page's background. Default: `--newsprint-color-surface`.
 *
 * @fires newsprint-load - The byline has been rendered. `detail: { article, omitted }`: the normalized whole article when it was given one, else the normalized byline; what was left out of schema.org JSON-LD.
 * @fires newsprint-error - The data could not be loaded or is invalid. `detail: { message, path?, cause? }`.
 */
export class NewsprintByline extends NewsprintElement<
  NormalizedByline,
  BylineInput,
  NormalizedArticle | NormalizedByline
> {
  static override styles = [...NewsprintElement.styles, bylineStyles];

  /** One quiet line for cards: no avatars or roles, a shorter date, smaller text. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Avatar URLs that failed to load, hidden until the data changes. */
  @state() private failedAvatars: ReadonlySet<string> = new Set();
  private avatarsOf?: NormalizedByline;

  protected parse(json: unknown, options: ParseOptions): Reading<NormalizedByline> {
    return readByline(json, options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.data !== this.avatarsOf) {
      this.avatarsOf = this.data;
      if (this.failedAvatars.size) this.failedAvatars = new Set();
    }
  }

  protected renderData(data: NormalizedByline): TemplateResult {
    const { authors } = data;
    const single = authors.length === 1 ? authors[0] : undefined;
    const meta = this.renderMeta(data);
    return html`<div class="byline">
      ${this.compact ? nothing : this.renderAvatars(authors)}
      <div class="text">
        ${
          authors.length
            ? html`<p class="authors" part="authors">
                ${this.localStrings.by} ${this.renderAuthorList(authors)}
              </p>`
            : nothing
        }
        ${
          single?.role && !this.compact
            ? html`<p class="role role-line" part="role">${single.role}</p>`
            : nothing
        }
        ${meta.length ? html`<p class="meta" part="meta">${meta}</p>` : nothing}
      </div>
    </div>`;
  }

  private renderAvatars(authors: NormalizedAuthor[]): TemplateResult | typeof nothing {
    const shown = authors
      .map((author) => author.image)
      .filter(
        (image): image is NonNullable<typeof image> => !!image && !this.failedAvatars.has(image),
      )
      .slice(0, MAX_AVATARS);
    if (!shown.length) return nothing;
    return html`<span class="avatars" part="avatars">
      ${shown.map(
        (image) =>
          html`<img
            class="avatar"
            part="avatar"
            loading="lazy"
            decoding="async"
            referrerpolicy=${this.referrerPolicy}
            width="40"
            height="40"
            src=${image}
            alt=""
            @error=${() => this.hideAvatar(image)}
          />`,
      )}
    </span>`;
  }

  private renderAuthorList(authors: NormalizedAuthor[]): Array<TemplateResult | string> {
    const several = authors.length > 1;
    const names = authors.map((author) => this.renderAuthor(author, several && !this.compact));
    return joinList(names, this.language);
  }

  private renderAuthor(author: NormalizedAuthor, withRole: boolean): TemplateResult {
    const name = author.url
      ? html`<a class="author" part="author" href=${author.url} rel=${relFor(author.url) ?? nothing}
          >${author.name}</a
        >`
      : html`<span class="author" part="author">${author.name}</span>`;
    if (!withRole || !author.role) return name;
    return html`${name} <span class="role" part="role">(${author.role})</span>`;
  }

  private renderMeta(data: NormalizedByline): TemplateResult[] {
    const lang = this.language;
    const strings = this.localStrings;
    const { datePublished: published, dateModified: modified } = data;
    const updated =
      modified !== undefined && (published === undefined || isLater(modified, published));
    const items: TemplateResult[] = [];

    if (published) {
      items.push(
        html`<time class="published" part="published" datetime=${published}
          >${this.formatDay(published, lang)}</time
        >`,
      );
    }
    // A card shows one date: the publication, or the update when that is all there is.
    if (updated && !(this.compact && published)) {
      let text = this.formatDay(modified, lang);
      if (published && text === this.formatDay(published, lang)) {
        text = formatDateTime(modified, lang, this.compact);
      }
      items.push(
        html`<span class="updated" part="updated"
          >${strings.updated} <time datetime=${modified}>${text}</time></span
        >`,
      );
    }
    if (data.readingTimeMinutes !== undefined) {
      const minutes = Math.max(1, Math.ceil(data.readingTimeMinutes));
      items.push(
        html`<span class="reading-time" part="reading-time"
          >${fill(strings.minRead, { n: formatNumber(minutes, lang) })}</span
        >`,
      );
    }
    return items;
  }

  private formatDay(iso: string, lang: string): string {
    return this.compact ? formatShortDate(iso, lang) : formatDate(iso, lang);
  }

  private hideAvatar(image: string): void {
    if (this.failedAvatars.has(image)) return;
    this.failedAvatars = new Set([...this.failedAvatars, image]);
  }

  /** The loading placeholder: one line of text, shaped like the byline. */
  protected override renderLoading(): TemplateResult {
    return html`<div class="loading byline-loading" part="loading">
      <span class="visually-hidden" role="status">${this.localStrings.loading}</span>
      <span class="bar"></span>
    </div>`;
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** True when `later` is a later instant than `earlier`; false when either cannot be read. */
function isLater(later: string, earlier: string): boolean {
  const a = Date.parse(later);
  const b = Date.parse(earlier);
  return Number.isFinite(a) && Number.isFinite(b) && a > b;
}

/** "Jan 26, 2026", "26 ene 2026": the card's shorter date (a calendar date stays in UTC). */
function formatShortDate(iso: string, lang: string): string {
  return format(iso, lang, { dateStyle: 'medium' });
}

/** Date and time of day, for an update on the day of publication. */
function formatDateTime(iso: string, lang: string, short: boolean): string {
  return format(iso, lang, { dateStyle: short ? 'medium' : 'long', timeStyle: 'short' });
}

function format(iso: string, lang: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(lang, {
      ...options,
      ...(DATE_ONLY.test(iso) ? { timeZone: 'UTC' } : {}),
    }).format(date);
  } catch {
    return iso;
  }
}

/**
 * The items joined as the language joins a list, keeping each item's markup: Intl formats
 * placeholders and we put the items back where they stand. English bylines follow news style
 * (no serial comma: "Ana, Luis and Eva"), which is British English's list pattern.
 */
function joinList<T>(items: T[], lang: string): Array<T | string> {
  if (items.length < 2) return items;
  const locale = /^en(?:-|$)/i.test(lang) ? 'en-GB' : lang;
  try {
    const parts = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).formatToParts(
      items.map((_, index) => String(index)),
    );
    return parts.map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value));
  } catch {
    return items.flatMap((item, index) => (index === 0 ? [item] : [', ', item]));
  }
}

/** How `<newsprint-byline>` reads its data, in the browser and in `newsprint/ssr`. */
export function readByline(json: unknown, options: ParseOptions): Reading<NormalizedByline> {
  const byline = parseBylineInput(json, options);
  return partReading(byline, json, options, byline.language);
}
