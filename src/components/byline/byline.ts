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
import { relFor } from '../../article/rel.js';
import { NewsprintElement } from '../../base/newsprint-element.js';
import { partReading, type Reading } from '../../base/reading.js';
import { formatDate, formatNumber, joinList, shortList } from '../../i18n/locale.js';
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
            ? html`<p class="authors" part="authors">${this.renderAuthorList(authors)}</p>`
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
    const lang = this.language;
    // Compact: one line, "Ernesto Alvarez and 3 others", so the date after it still shows.
    const by = this.localStrings.by;
    if (this.compact) {
      const names = authors.map((author) => this.renderName(author));
      const short = shortList(names, lang, this.localStrings.andOthers);
      if (names.length < 3) return [`${by} `, ...short];
      // The line shows the first name (a link, so it stays in reach) and a count; screen readers
      // hear every name instead of the count.
      const [before, first, others] = short;
      const all = joinList(
        authors.map((author) => author.name),
        lang,
      );
      return [
        `${by} `,
        before ? html`<span aria-hidden="true">${before}</span>` : nothing,
        first!,
        html`<span aria-hidden="true">${others}</span>`,
        html`<span class="visually-hidden">${all.slice(1).join('')}</span>`,
      ] as Array<TemplateResult | string>;
    }
    // Each author is a unit that wraps as a whole: the name, its role and the punctuation that
    // touches them ("María Fernanda Ruiz (Caracas)," or Arabic "وإرنستو"). A line breaks
    // between authors, inside a unit only when it alone is wider than the line, and then only
    // between the name and its role (each kept whole unless wider than the line itself).
    const several = authors.length > 1;
    const units: Unit[] = [];
    // "By" goes with the first name, so it never stands alone on a line.
    let lead = `${by} `;
    for (const part of joinList(
      authors.map((_, index) => index),
      lang,
    )) {
      if (typeof part === 'number') {
        units.push({ author: authors[part]!, before: lead, after: '' });
        lead = '';
        continue;
      }
      // ", " and " and " stay with the author before; a conjunction written onto the next name
      // (Arabic " و") with the one after. The last space is where the line may break.
      const space = /\s+(?=\S*$)/.exec(part);
      const head = space ? part.slice(0, space.index) : part;
      units.at(-1)!.after += head;
      lead = space ? part.slice(space.index + space[0].length) : '';
    }
    const out: Array<TemplateResult | string> = [];
    units.forEach((unit, index) => {
      if (index > 0) out.push(' ');
      out.push(this.renderUnit(unit, several));
    });
    return out;
  }

  private renderName(author: NormalizedAuthor): TemplateResult {
    return author.url
      ? html`<a class="author" part="author" href=${author.url} rel=${relFor(author.url) ?? nothing}
          >${author.name}</a
        >`
      : html`<span class="author" part="author">${author.name}</span>`;
  }

  /** One author: name (and role, where there are several authors) with its punctuation. */
  private renderUnit({ author, before, after }: Unit, withRole: boolean): TemplateResult {
    const role = withRole ? author.role : undefined;
    return html`<span class="person"
      ><span class="name-unit">${before}${this.renderName(author)}${role ? nothing : after}</span>${
        role
          ? html` <span class="role-unit"
              ><span class="role" part="role">(${role})</span>${after}</span
            >`
          : nothing
      }</span
    >`;
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
        // Date and time of day, for an update on the day of publication.
        text = this.formatDay(modified, lang, 'short');
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

  /**
   * "January 26, 2026"; "Jan 26, 2026", "26 ene 2026" in a compact byline (for cards); with
   * `timeStyle`, the time of day too.
   */
  private formatDay(iso: string, lang: string, timeStyle?: 'short'): string {
    return formatDate(iso, lang, { dateStyle: this.compact ? 'medium' : 'long', timeStyle });
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

/** True when `later` is a later instant than `earlier`; false when either cannot be read. */
function isLater(later: string, earlier: string): boolean {
  const a = Date.parse(later);
  const b = Date.parse(earlier);
  return Number.isFinite(a) && Number.isFinite(b) && a > b;
}

/** An author in the byline with the list punctuation that touches it. */
interface Unit {
  author: NormalizedAuthor;
  before: string;
  after: string;
}

/** How `<newsprint-byline>` reads its data, in the browser and in `newsprint/ssr`. */
export function readByline(json: unknown, options: ParseOptions): Reading<NormalizedByline> {
  const byline = parseBylineInput(json, options);
  return partReading(byline, json, options, byline.language);
}
