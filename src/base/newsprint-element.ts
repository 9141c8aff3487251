import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { NewsprintDataError } from '../article/errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from '../article/load.js';
import type { ArticleInput } from '../article/input.js';
import type { ParseOptions } from '../article/types.js';
import type { NewsprintLoadEvent } from '../events/events.js';
import { adoptStylesInOwnDocument } from './adopted-styles.js';
import {
  DataSourceController,
  errorView,
  type DataSourceHost,
  type LoadState,
} from './data-source.js';
import { readableStrings, toDataError } from './error-contract.js';
import { renderAfresh } from './hydration-recovery.js';
import { LanguageController } from './language.js';
import type { Reading } from './reading.js';
import { directionOf } from '../i18n/locale.js';
import { languageLoading, stringsFor, type NewsprintStrings } from '../i18n/strings.js';
import { hostStyles } from '../styles/host.js';
import { PagePaletteController } from '../styles/page-palette.js';
import { tokens } from '../styles/tokens.js';

export type { LoadState };
export type Theme = 'light' | 'dark' | 'auto';

/** `referrerpolicy` when the attribute is not set (the server renderer reads with it too). */
export const DEFAULT_REFERRER_POLICY: ReferrerPolicy = 'strict-origin-when-cross-origin';

/** An element's events, for its own `addEventListener`: `newsprint-load` carries `Loaded`. */
export interface NewsprintElementEventMap<Loaded> extends Omit<
  HTMLElementEventMap,
  'newsprint-load'
> {
  'newsprint-load': NewsprintLoadEvent<Loaded>;
}

/*
 * `addEventListener` per element, as lib.dom types it per element: a card's `newsprint-load`
 * carries the normalized article. `Data` is what the element renders, `Input` what its `article`
 * property takes (types only: at run time it takes anything and reports what it cannot use),
 * `Loaded` what its `newsprint-load` carries.
 */
// The class's own type parameters (a merged declaration must repeat them all).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- `Input` is used by the class
export interface NewsprintElement<Data, Input = ArticleInput, Loaded = Data> {
  addEventListener<Type extends keyof NewsprintElementEventMap<Loaded>>(
    type: Type,
    listener: (this: this, event: NewsprintElementEventMap<Loaded>[Type]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<Type extends keyof NewsprintElementEventMap<Loaded>>(
    type: Type,
    listener: (this: this, event: NewsprintElementEventMap<Loaded>[Type]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * What every Newsprint element shares: the three data inputs (the `article` property, the `src`
 * attribute, an inline JSON script child), the loading / ready / error states, the load and error
 * events, theme, language and direction.
 *
 * Data sources, first present wins: `article` property, then `src`, then inline script.
 * Subclasses say how to read their data (`parse`, a function `newsprint/ssr` shares) and how to
 * show it (`renderData`).
 *
 * @cssproperty --newsprint-font-family - Body text family. Default: inherited from the page.
 * @cssproperty --newsprint-font-family-headline - Headline family. Default: the body family.
 * @cssproperty --newsprint-font-size - Base text size. Default: the text size the element inherits from the page, kept between 15px and 20px (the page's root size is ignored on purpose).
 * @cssproperty --newsprint-line-height - Body line height. Default: 1.6.
 * @cssproperty --newsprint-max-width - Longest text line. Default: 42em; 58ch in the article (65–70 characters a line of story text).
 * @cssproperty --newsprint-radius - Corner radius of cards, images and panels. Default: 6px.
 * @cssproperty --newsprint-space - Base spacing unit. Default: 1em.
 * @cssproperty --newsprint-color-text - Text color.
 * @cssproperty --newsprint-color-muted - Secondary text: dates, credits, reading time.
 * @cssproperty --newsprint-color-accent - Section kicker.
 * @cssproperty --newsprint-color-link - Links.
 * @cssproperty --newsprint-color-background - Background of the element. Default: transparent without `theme` (the page's own background, with text colours chosen to read on it); a light or dark panel with `theme="light|dark|auto"`, so the forced palette reads on any page.
 * @cssproperty --newsprint-padding - Space inside the element's background. Default: 0 without `theme`; with it 1.25em, less in a narrow column (5% of its width, at least 0.75em).
 * @cssproperty --newsprint-color-edge - The 1px edge of a `theme` panel, so it has a shape on a page of nearly its colour. Default: the border colour (none without `theme`, and none on a card, which has its border).
 * @cssproperty --newsprint-color-surface - Background of cards and panels.
 * @cssproperty --newsprint-color-border - Rules and borders.
 * @cssproperty --newsprint-color-placeholder - Image and loading placeholders.
 * @cssproperty --newsprint-color-focus - Focus ring.
 * @cssproperty --newsprint-color-error - Error state.
 * @csspart base - The element's root box.
 * @csspart error - The reader's error line ("This story isn't available right now"); the technical message is in the `newsprint-error` event and the console.
 * @csspart error-link - The link to the story in the error line, when its address is known.
 * @csspart loading - The loading placeholder.
 * @fires newsprint-load - The data has been rendered. `detail: { article, omitted }`: the normalized article (or the part the element was given) and what was left out of schema.org JSON-LD.
 * @fires newsprint-error - The data could not be loaded or is invalid. `detail: { message, path?, cause? }`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the interface above types addEventListener per element, as lib.dom types HTMLElement's
export abstract class NewsprintElement<
  Data,
  Input = ArticleInput,
  // Types the `newsprint-load` of the interface above (data-source.ts fires it).
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  Loaded = Data,
> extends LitElement {
  static override styles = [tokens, hostStyles];

  /**
   * The data as an object, for frameworks and scripts. Takes precedence over `src` and inline
   * JSON. Accepts article JSON, schema.org JSON-LD, or (for byline, figure and FAQ) just their part;
   * `null` or `undefined` falls back to `src` and inline JSON.
   */
  @property({ attribute: false }) article?: Input | null;

  /** URL of article JSON, fetched without credentials. Relative URLs inside resolve against it. */
  @property({ reflect: true }) src?: string;

  /**
   * Unset (default): readable on the page it sits on, light or dark (the text colours follow the
   * page's background, see page-palette.ts). `light` or `dark` force a palette and paint its
   * background; `auto` forces the one of the reader's `prefers-color-scheme`.
   */
  @property({ reflect: true }) theme?: Theme;

  /** Picks the colours for the page's background when `theme` is not set. */
  protected readonly pagePalette = new PagePaletteController(this);

  /** Milliseconds before a `src` request is given up. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Largest `src` response accepted, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_MAX_BYTES;

  /** Referrer policy for the data request and images. */
  @property({ attribute: 'referrerpolicy' }) referrerPolicy: ReferrerPolicy =
    DEFAULT_REFERRER_POLICY;

  /** Overrides for the UI strings ("By", "min read", "Photo:"…), any subset. */
  @property({ attribute: false }) strings?: Partial<NewsprintStrings>;

  /** Where the element is: `empty` (no data yet), `loading`, `ready` or `error`. */
  @state() protected loadState: LoadState = 'empty';
  @state() protected data?: Data;
  @state() protected error?: NewsprintDataError;
  /** The story's address for the error line, from the failed data or the fallback link. */
  protected errorStoryUrl?: string;

  /** Its own `lang`, its data's or the page's (language.ts). */
  private readonly languages = new LanguageController(this);
  /**
   * Its data, from `article`, `src` or inline JSON, read with `parse` into `loadState`, `data`
   * and `error` (data-source.ts), which are protected: the element hands itself over as the host.
   */
  private readonly source = new DataSourceController<Data>(
    this as unknown as DataSourceHost<Data>,
    this.languages,
  );

  /**
   * Read the element's data out of raw JSON; throw `NewsprintDataError` when it is invalid. The
   * element's reading function, which the server renderer calls too.
   */
  protected abstract parse(json: unknown, options: ParseOptions): Reading<Data>;

  /** Render ready data. */
  protected abstract renderData(data: Data): TemplateResult;

  /** The data's own language, if it has one. */
  protected dataLanguage(data: Data): string | undefined {
    const reading = this.source.reading;
    return reading?.data === data ? reading.language : undefined;
  }

  static override get observedAttributes(): string[] {
    // `lang` is native, not a Lit property, but strings and dates follow it.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * Whether the element came with a shadow root rendered by the server (`newsprint/ssr`), which its
   * first render hydrates. Lit makes the render root in `connectedCallback`, so a shadow root seen
   * before that, on the first connection, is a declarative one from the HTML.
   */
  protected serverRendered = false;
  private connectedBefore?: boolean;

  override connectedCallback(): void {
    if (!this.connectedBefore) {
      this.serverRendered = this.shadowRoot !== null;
      if (!this.serverRendered) removeInertShadowTemplate(this);
      // Lit's hydration keeps the server's <style> and adopts nothing, and the server writes only
      // the rules of the view it rendered (src/ssr/styles.ts: no loading or error views): the
      // element's whole sheets, as on any page, for every view it shows from now on.
      if (this.serverRendered) {
        adoptStylesInOwnDocument(
          this.shadowRoot,
          (this.constructor as typeof LitElement).elementStyles,
        );
      }
    }
    this.connectedBefore = true;
    super.connectedCallback();
  }

  /** Moved into another document (a same-origin iframe's, and back): its styles come along. */
  adoptedCallback(): void {
    const styles = (this.constructor as typeof LitElement).elementStyles;
    adoptStylesInOwnDocument(this.shadowRoot, styles);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article') || changed.has('src')) this.source.load();
    else if (changed.get('referrerPolicy') !== undefined) this.source.reread();
  }

  private hydrationTried?: boolean;

  protected override update(changed: PropertyValues<this>): void {
    // The first update of a server-rendered element is Lit's hydration of the server's markup.
    if (!this.serverRendered || this.hydrationTried) return super.update(changed);
    this.hydrationTried = true;
    try {
      super.update(changed);
    } catch (error) {
      // The server's markup is not what this page renders (another URL than `pageUrl`).
      console.warn(
        `<${this.localName}>: the server-rendered markup does not match this page; rendered afresh.`,
        toDataError(error).message,
      );
      renderAfresh(this.renderRoot, this.render(), this.renderOptions);
    }
  }

  // While a part of the data model loads, the element does not render (a server-rendered one
  // must hydrate with its data, not with a loading state), and `updateComplete` waits for it.
  // Nor before the strings of its language are here (i18n/strings.ts): never English first.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.source.partLoading ?? languageLoading(this.language);
    return loading ? loading.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.source.partLoading) {
      await this.source.partLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The language strings and dates use: `lang`, else the data's, else the page's, else English. */
  protected get language(): string {
    const data = this.data;
    return this.languages.languageWith(data !== undefined ? this.dataLanguage(data) : undefined);
  }

  protected get localStrings(): NewsprintStrings {
    return stringsFor(this.language, readableStrings(this.strings));
  }

  override render() {
    const lang = this.language;
    return html`<div
      part="base"
      class="base"
      lang=${lang}
      dir=${directionOf(lang)}
      aria-busy=${this.loadState === 'loading' ? 'true' : nothing}
    >
      ${this.renderState()}
    </div>`;
  }

  private renderState() {
    switch (this.loadState) {
      case 'ready':
        return this.renderReady();
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError();
      default:
        return nothing;
    }
  }

  private renderReady() {
    try {
      return this.renderData(this.data as Data);
    } catch (cause) {
      // A bug or an unexpected shape must not escape to the page: show it as an error instead.
      queueMicrotask(() => this.source.fail(cause));
      return nothing;
    }
  }

  /** The placeholder while `src` loads. Subclasses may shape it like their content. */
  protected renderLoading(): TemplateResult {
    return html`<div class="loading lines" part="loading">
      <span class="visually-hidden" role="status">${this.localStrings.loading}</span>
      <span class="bar"></span><span class="bar"></span><span class="bar"></span>
    </div>`;
  }

  /** A quiet line for readers, with a link to the story where one is known (error-state.ts). */
  protected renderError(): TemplateResult {
    return errorView(this.localStrings, this.errorStoryUrl);
  }
}

/**
 * Server-rendered HTML inserted with `innerHTML` (React's `dangerouslySetInnerHTML` after a
 * client-side navigation, any framework's `v-html`): the browser parses declarative shadow roots
 * only in a document's own HTML, so the element's `<template shadowrootmode>` stays an inert child
 * and the element renders itself from the inline data instead. The template, an inert second copy
 * of the story, is removed: the light DOM keeps only the data.
 */
function removeInertShadowTemplate(host: HTMLElement): void {
  for (const child of [...host.children]) {
    if (child instanceof HTMLTemplateElement && child.hasAttribute('shadowrootmode'))
      child.remove();
  }
}
