import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { htmlMeasure } from '../../article/html-measure.js';
import { provideHtmlMeasurePart } from '../../article/parts.js';
import { renderSanitized } from '../../article/sanitize.js';
import type { FaqInput } from '../../article/input.js';
import type { NormalizedArticle, NormalizedFaq, ParseOptions } from '../../article/types.js';
import { onServer } from '../../platform/environment.js';
import { NewsprintElement } from '../../base/newsprint-element.js';
import type { Reading } from '../../base/reading.js';
import { NewsprintToggleEvent, type NewsprintToggleDetail } from '../../events/events.js';
import { headingLevel } from '../heading-level.js';
import { faqEntries, readFaq, type FaqData, type FaqEntry } from './faq-data.js';
import { questionForKey, revealQuestion, useRegions } from './faq-accordion.js';
import { heading, loadingShape } from './faq-templates.js';
import { faqStyles } from './faq.styles.js';

// The FAQ's data and item ids live in faq-data.ts; they stay importable from here.
export { faqItemIds, readFaq, slugify, type FaqData } from './faq-data.js';

/** An item, by position (from 0) or by id. */
export type FaqItemRef = number | string;

// Answers are HTML, measured before they are sanitized: the FAQ has the HTML measure at once.
provideHtmlMeasurePart(htmlMeasure);

/** The URL fragment, decoded, without `#`; undefined when there is none. */
function currentFragment(): string | undefined {
  // The fragment never reaches the server: it renders every item closed.
  if (onServer()) return undefined;
  const raw = location.hash.slice(1);
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Questions and answers as an accordion, after the WAI-ARIA APG accordion pattern.
 *
 * Each question is a heading whose only child is a `<button>` with `aria-expanded` and
 * `aria-controls` naming its answer panel; each panel is labelled by its button
 * (`aria-labelledby`) and, while open, is a `region` — except with `multiple` and more than six
 * items, where panels are plain (see `useRegions` in the source). Enter and
 * Space toggle (the native button), Up and Down move between questions (wrapping at the ends),
 * Home and End go to the first and last. Closed answers are `hidden="until-found"`, so the
 * browser's find-in-page reaches them and opens the item it finds a match in.
 *
 * **Data.** A whole article (its `faq`), FAQPage JSON-LD, or a standalone `{ title?, items }`,
 * through the `article` property, `src`, or an inline JSON script. Answers are sanitized HTML.
 * When the FAQ comes from a whole article, its `language` is the element's language (unless
 * `lang` is set).
 *
 * **Headings.** `heading-level` (1–6, default 2) is the level of the FAQ's place in the page's
 * outline: the title, when the data has one, is a heading of that level, and the questions are
 * always one level below (default `h3`), title or not. So an FAQ without a title, placed under the
 * page's own `<h2>FAQ</h2>`, needs no setting; under an `<h3>`, set `heading-level="3"`. At
 * `heading-level="6"` the questions are `h6` too (HTML has no `h7`). Without a `title` in the
 * data, no title heading is rendered: a page that wants one writes its own.
 *
 * **Item ids.** Each item has an id: its `id` from the data, else a slug of its question
 * (`"Why is Cuba withdrawing…?"` → `why-is-cuba-withdrawing-…`), unique within the element
 * (`-2`, `-3`… on a clash). The id is what `newsprint-toggle` reports, what the methods accept,
 * and what a deep link names: when the page's URL fragment (`#why-is-cuba-…`) is an item's id,
 * that item opens and scrolls into view on load and on every `hashchange` (after a hash change,
 * its question also takes focus, as following a link to it should). A page with a sticky header
 * keeps the item clear of it with `newsprint-faq::part(item) { scroll-margin-top: 80px }`.
 *
 * **One or several open.** By default opening an answer closes the other; with `multiple`, any
 * number stay open.
 *
 * **Events.** `newsprint-toggle` fires for what the reader does: a click or key on a question,
 * following a deep link, find-in-page revealing an answer. When opening one item closes another,
 * the closing is reported first, then the opening. It fires after the element has re-rendered, so
 * listeners see the new state. The methods `show()`, `hide()` and `toggle()`, and changes to
 * `multiple` or the data, fire nothing: the calling script already knows what it did.
 *
 * @tagname newsprint-faq
 * @summary An FAQ accordion following the WAI-ARIA APG pattern, with deep links to its answers.
 *
 * @csspart title - The FAQ's title heading (only when the data has a `title`).
 * @csspart item - One question with its answer. Open items also have the part `item-open`.
 * @csspart item-open - An open item (in addition to `item`).
 * @csspart question - The question's button (inside its heading).
 * @csspart icon - The chevron in the question; it turns over when the answer is open.
 * @csspart answer - The answer panel.
 *
 * @cssproperty --newsprint-faq-question-size - Font size of the questions. Default: 1.0625em.
 * @cssproperty --newsprint-faq-title-size - Font size of the title. Default: 1.375em.
 * @cssproperty --newsprint-faq-question-weight - Font weight of the questions. Default: 600
 * (semibold, or bold in fonts with two weights; set 500 where the page's font has a medium).
 *
 * @fires newsprint-toggle - An item was opened or closed by the reader, a deep link or
 * find-in-page. `detail: { id, index, open }`, `index` counting from 0.
 */
export class NewsprintFaq extends NewsprintElement<
  FaqData,
  FaqInput,
  NormalizedArticle | NormalizedFaq
> {
  static override styles = [...NewsprintElement.styles, faqStyles];

  /** Let several answers stay open. Without it, opening one closes the one open before. */
  @property({ type: Boolean }) multiple = false;

  /**
   * Outline level of the FAQ: its title is a heading of this level (1–6), its questions one below.
   * Default 2, so questions are `h3`.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Ids of the open items. */
  @state() private openIds: ReadonlySet<string> = new Set();

  /** The items of `entriesData`, with their ids. */
  private cachedEntries: FaqEntry[] = [];
  private entriesData?: FaqData;
  /** The fragment a deep link was last followed for, so a re-render does not scroll again. */
  private followedFragment?: string;
  /** Toggles to report once the DOM shows them. */
  private pendingToggles: NewsprintToggleDetail[] = [];
  /** An item to bring into view after the next render (deep link). */
  private pendingReveal?: { index: number; focus: boolean };

  // --- public methods ---------------------------------------------------------------------
  // They act on the data loaded so far: call them after `newsprint-load` (or, for data set as a
  // property, after `await el.updateComplete`).

  /**
   * Opens an item (by index from 0, or by id); in single mode the open one closes. Fires no
   * event. Returns false when there is no such item (or no data yet).
   */
  show(item: FaqItemRef): boolean {
    return this.toggle(item, true);
  }

  /** Closes an item (by index or id), or every item when called without one. Fires no event. */
  hide(item?: FaqItemRef): boolean {
    if (item === undefined) {
      this.openIds = new Set();
      return true;
    }
    return this.toggle(item, false);
  }

  /**
   * Opens a closed item or closes an open one; with `force`, opens (`true`) or closes (`false`)
   * it whatever its state. Fires no event. Returns false when there is no such item.
   */
  toggle(item: FaqItemRef, force?: boolean): boolean {
    const index = this.indexOf(item);
    if (index < 0) return false;
    this.setOpen(index, force ?? !this.openIds.has(this.entries[index].id), false);
    return true;
  }

  // --- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override parse(json: unknown, options: ParseOptions): Reading<FaqData> {
    return readFaq(json, options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed); // may load new data synchronously
    const changes = changed as PropertyValues;
    if (changes.has('data')) this.acceptData();
    if (changes.has('multiple') && !this.multiple && this.openIds.size > 1) {
      // Leaving multiple mode: the first open answer stays open.
      const first = this.entries.find((entry) => this.openIds.has(entry.id));
      this.openIds = new Set(first ? [first.id] : []);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed); // newsprint-load first
    const reveal = this.pendingReveal;
    this.pendingReveal = undefined;
    if (reveal) this.reveal(reveal.index, reveal.focus);
    const toggles = this.pendingToggles;
    this.pendingToggles = [];
    for (const detail of toggles) emitToggle(this, detail);
  }

  // --- rendering ----------------------------------------------------------------------------

  protected override renderData(data: FaqData): TemplateResult {
    const level = headingLevel(this.headingLevel, 2);
    const questionLevel = Math.min(level + 1, 6);
    const regions = useRegions(this.multiple, this.entries.length);
    return html`<div class="faq">
      ${data.title ? heading(level, 'title', html`${data.title}`) : nothing}
      <div class="items">
        ${this.entries.map((entry, index) => this.renderItem(entry, index, questionLevel, regions))}
      </div>
    </div>`;
  }

  private renderItem(
    entry: FaqEntry,
    index: number,
    level: number,
    region: boolean,
  ): TemplateResult {
    const open = this.openIds.has(entry.id);
    const button = html`<button
      type="button"
      part="question"
      class="question"
      id="question-${index}"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="answer-${index}"
      @click=${() => this.setOpen(index, !this.openIds.has(entry.id), true)}
      @keydown=${(event: KeyboardEvent) => this.onQuestionKeydown(event, index)}
    >
      <span class="question-text">${entry.question}</span>
      <svg part="icon" class="icon" aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">
        <path
          d="M5 7.5l5 5 5-5"
          fill="none"
          stroke="currentColor"
          stroke-width="1.75"
          stroke-linecap="round"
          stroke-linejoin="round"
        ></path>
      </svg>
    </button>`;
    return html`<div part=${open ? 'item item-open' : 'item'} class="item ${open ? 'open' : ''}">
      ${heading(level, 'question-heading', button)}
      <div
        part="answer"
        class="answer"
        id="answer-${index}"
        role=${region && open ? 'region' : nothing}
        aria-labelledby=${region ? `question-${index}` : nothing}
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.setOpen(index, true, true)}
      >
        <div class="answer-body">${renderSanitized(entry.answer)}</div>
      </div>
    </div>`;
  }

  /** A loading placeholder in the FAQ's shape: a title line and three question rows. */
  protected override renderLoading(): TemplateResult {
    return loadingShape(this.localStrings.loading);
  }

  // --- state --------------------------------------------------------------------------------

  /** The items of the current data, with their ids (computed once per data). */
  private get entries(): FaqEntry[] {
    if (this.entriesData !== this.data) {
      this.cachedEntries = faqEntries(this.data?.items ?? []);
      this.entriesData = this.data;
    }
    return this.cachedEntries;
  }

  /** New data: open state kept for the ids that remain, deep link followed. */
  private acceptData(): void {
    const ids = this.entries.map((entry) => entry.id);
    const open = [...this.openIds].filter((id) => ids.includes(id));
    this.openIds = new Set(this.multiple ? open : open.slice(0, 1));
    if (!this.data) return;
    // Server-rendered (a declarative shadow root is already there): the first render must match
    // the server's markup, which knew no fragment, for hydration; the deep link follows after it.
    if (this.serverRendered && !this.hasUpdated) {
      void this.updateComplete.then(() => this.followDeepLink(false));
    } else {
      this.followDeepLink(false);
    }
  }

  /** Opens the item the URL fragment names, once per fragment, and brings it into view. */
  private followDeepLink(focus: boolean): void {
    const fragment = currentFragment();
    if (fragment === undefined || fragment === this.followedFragment) return;
    const index = this.entries.findIndex((entry) => entry.id === fragment);
    if (index < 0) return;
    this.followedFragment = fragment;
    this.setOpen(index, true, true);
    this.pendingReveal = { index, focus };
    this.requestUpdate();
  }

  private onHashChange = (): void => {
    this.followedFragment = undefined;
    if (this.data) this.followDeepLink(true);
  };

  /** Opens or closes one item; in single mode opening closes the others. */
  private setOpen(index: number, open: boolean, report: boolean): void {
    const entry = this.entries[index];
    if (!entry || this.openIds.has(entry.id) === open) return;
    const next = new Set(this.openIds);
    const toggles: NewsprintToggleDetail[] = [];
    if (open && !this.multiple) {
      this.entries.forEach((other, otherIndex) => {
        if (other.id !== entry.id && next.delete(other.id)) {
          toggles.push({ id: other.id, index: otherIndex, open: false });
        }
      });
    }
    if (open) next.add(entry.id);
    else next.delete(entry.id);
    toggles.push({ id: entry.id, index, open });
    this.openIds = next;
    if (report) this.pendingToggles.push(...toggles);
  }

  private indexOf(item: FaqItemRef): number {
    if (typeof item === 'number') return Number.isInteger(item) && this.entries[item] ? item : -1;
    return this.entries.findIndex((entry) => entry.id === item);
  }

  // --- keyboard and focus -------------------------------------------------------------------

  /** APG: Down/Up to the next/previous question, wrapping; Home/End to the first/last. */
  private onQuestionKeydown(event: KeyboardEvent, index: number): void {
    const target = questionForKey(event, index, this.entries.length);
    if (target === undefined) return;
    event.preventDefault(); // no page scroll
    this.questionButton(target)?.focus();
  }

  private questionButton(index: number): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`#question-${index}`);
  }

  /** Scrolls an item into view (smoothly only where motion is welcome) and maybe focuses it. */
  private reveal(index: number, focus: boolean): void {
    const button = this.questionButton(index);
    if (button) revealQuestion(button, focus);
  }
}

// Outside the class so the manifest analyzer lists the event once, from `@fires`, and does not
// invent one named after the argument.
function emitToggle(target: EventTarget, detail: NewsprintToggleDetail): void {
  target.dispatchEvent(new NewsprintToggleEvent(detail));
}
