import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NewsprintDataError } from '../article/errors.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT,
  findInlineScripts,
  mayStillBeParsing,
  readInlineJson,
  type LoadedJson,
} from '../article/load.js';
import type { ArticleInput } from '../article/input.js';
import { PartNotLoaded } from '../article/part-loading.js';
import type { ParseOptions } from '../article/types.js';
import {
  NewsprintErrorEvent,
  NewsprintLoadEvent,
  type NewsprintLoadDetail,
} from '../events/events.js';
import { pageBaseUrl, readOnce } from './environment.js';
import type * as ErrorState from './error-state.js';
import { adoptStylesInOwnDocument } from './adopted-styles.js';
import { readableStrings, toDataError } from './error-contract.js';
import { renderAfresh } from './hydration-recovery.js';
import { LanguageController } from './language.js';
import type { Reading } from './reading.js';
import { directionOf } from '../i18n/locale.js';
import { languageLoading, stringsFor, type NewsprintStrings } from '../i18n/strings.js';
import { hostStyles } from '../styles/host.js';
import { PagePaletteController } from '../styles/page-palette.js';
import { tokens } from '../styles/tokens.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * The error line and its story link (error-state.ts, with the URL policy, urls.ts): loaded at the
 * first error on the page, since a page whose elements all render never needs them.
 */
let errorState: typeof ErrorState | undefined;
let errorStateTried = false;

/** `referrerpolicy` when the attribute is not set (the server renderer reads with it too). */
export const DEFAULT_REFERRER_POLICY: ReferrerPolicy = 'strict-origin-when-cross-origin';

export type LoadState = 'empty' | 'loading' | 'ready' | 'error';

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

  /** Aborts the `src` request in flight. */
  private request?: AbortController;
  /** The source the current data came from, so a reconnect or equal set does not load again. */
  private loadedSource?: unknown;
  private childObserver?: MutationObserver;
  private pendingLoadEvent = false;
  /** Inline JSON is still being parsed: read it at `DOMContentLoaded` at the latest. */
  private waitingForParser = false;
  /** The raw data last read, to read again when `referrerpolicy` changes. */
  private loaded?: LoadedJson;
  /** A part of the data model the data needs is loading (parts.ts): no render until it is in. */
  private partLoading?: Promise<void>;
  /** What was read from it: its language and the `newsprint-load` detail. */
  private reading?: Reading<Data>;

  /**
   * Read the element's data out of raw JSON; throw `NewsprintDataError` when it is invalid. The
   * element's reading function, which the server renderer calls too.
   */
  protected abstract parse(json: unknown, options: ParseOptions): Reading<Data>;

  /** Render ready data. */
  protected abstract renderData(data: Data): TemplateResult;

  /** Its own `lang`, its data's or the page's (language.ts). */
  private readonly languages = new LanguageController(this);

  /** The data's own language, if it has one. */
  protected dataLanguage(data: Data): string | undefined {
    return this.reading?.data === data ? this.reading.language : undefined;
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
  private connectedBefore = false;

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
    // Inline JSON may be parsed after the element is defined (a sync script in <head>): watch for it.
    this.childObserver ??= new MutationObserver(() => this.loadFromSources());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.loadFromSources();
  }

  /** Moved into another document (a same-origin iframe's, and back): its styles come along. */
  adoptedCallback(): void {
    const styles = (this.constructor as typeof LitElement).elementStyles;
    adoptStylesInOwnDocument(this.shadowRoot, styles);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    // Moving an element is a disconnect and a connect in one task: abort only if it stays out.
    queueMicrotask(() => {
      if (this.isConnected || !this.request) return;
      this.cancelRequest();
      this.loadedSource = undefined; // so that inserting it again loads again
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article') || changed.has('src')) this.loadFromSources();
    // Images inside sanitized HTML get the policy when the data is read: read it again.
    else if (changed.get('referrerPolicy') !== undefined && this.loaded) {
      const { loaded, pendingLoadEvent } = this;
      this.accept(() => loaded);
      this.pendingLoadEvent = pendingLoadEvent; // the same data: no second newsprint-load
    }
  }

  private hydrationTried = false;

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
    const loading = this.partLoading ?? languageLoading(this.language);
    return loading ? loading.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.partLoading) {
      await this.partLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingLoadEvent && this.loadState === 'ready' && this.isConnected) {
      this.pendingLoadEvent = false;
      const load = this.reading?.data === this.data ? this.reading?.load : undefined;
      // `Loaded` is `Data` or the whole article (each element's class says which); a generic
      // cannot show it here.
      const detail = (load ?? { article: this.data, omitted: [] }) as NewsprintLoadDetail<Loaded>;
      emit(this, new NewsprintLoadEvent<Loaded>(detail));
    }
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
      queueMicrotask(() => this.fail(cause));
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
    // Only a page where error-state.ts could not be loaded (blocked, offline) has no line.
    return errorState ? errorState.errorView(this.localStrings, this.errorStoryUrl) : html``;
  }

  /** Picks the current data source and loads it, unless it is the one already loaded. */
  private loadFromSources(): void {
    if (this.article !== undefined && this.article !== null) {
      if (this.loadedSource === this.article) return;
      this.loadedSource = this.article;
      this.cancelRequest();
      this.accept(() => ({ json: this.article, baseUrl: pageBaseUrl() }));
      return;
    }
    if (this.src) {
      if (this.loadedSource === `src:${this.src}`) return;
      this.loadedSource = `src:${this.src}`;
      void this.fetchSource(this.src);
      return;
    }
    const scripts = findInlineScripts(this);
    const script = scripts.at(-1);
    if (script && mayStillBeParsing(script)) {
      // More text may come (the child observer sees it); at the latest, the parser is done then.
      if (!this.waitingForParser) {
        this.waitingForParser = true;
        document.addEventListener(
          'DOMContentLoaded',
          () => {
            this.waitingForParser = false;
            this.loadFromSources();
          },
          { once: true },
        );
      }
      return;
    }
    if (script) {
      const key = `inline:${scripts.map((each) => each.textContent).join('\u0000')}`;
      if (this.loadedSource === key) return;
      this.loadedSource = key;
      this.cancelRequest();
      this.accept(() => readInlineJson(scripts));
      return;
    }
    if (this.loadedSource !== undefined) {
      this.loadedSource = undefined;
      this.cancelRequest();
      this.loadState = 'empty';
      this.data = this.loaded = this.reading = undefined;
      this.error = undefined;
    }
  }

  private async fetchSource(src: string): Promise<void> {
    this.cancelRequest();
    const request = new AbortController();
    this.request = request;
    this.loadState = 'loading';
    this.data = this.loaded = this.reading = undefined;
    let loaded: LoadedJson;
    try {
      // Its own module: pages without `src` never download it (fetch-json.ts).
      // With the checks of `timeout` and `max-bytes`, which only a request needs (attributes.ts).
      const { fetchJson, requestLimits } = await import('../article/fetch-json.js');
      loaded = await fetchJson(src, {
        signal: request.signal,
        ...requestLimits(this, (this.warnedNumbers ??= new Map())),
        referrerPolicy: this.referrerPolicy,
      });
    } catch (error) {
      // Superseded by a newer `src`, or the element was removed: stay silent.
      if (request.signal.aborted && this.request !== request) return;
      if (request.signal.aborted && !this.isConnected) return;
      this.fail(error);
      return;
    } finally {
      if (this.request === request) this.request = undefined;
    }
    if (request.signal.aborted) return;
    this.accept(() => loaded);
  }

  private accept(load: () => LoadedJson): void {
    try {
      this.loaded = load();
      const { json, baseUrl, unreadable } = this.loaded;
      const options = { baseUrl, referrerPolicy: this.referrerPolicy, unreadable };
      const reading = readOnce(
        this.localName,
        (data, readOptions) => this.parse(data, readOptions),
        json,
        options,
      );
      // The strings of the data's language before the data renders (as `language` picks it).
      const strings = languageLoading(this.languages.languageWith(reading.language));
      if (strings) throw new PartNotLoaded('strings', () => strings);
      this.reading = reading;
      this.data = reading.data;
      this.error = undefined;
      this.loadState = 'ready';
      this.pendingLoadEvent = true;
    } catch (error) {
      if (error instanceof PartNotLoaded) this.waitForPart(error, load);
      else this.fail(error);
    }
  }

  /** Loads the part the data needs, then reads the same data again (unless a newer one came). */
  private waitForPart(missing: PartNotLoaded, load: () => LoadedJson): void {
    this.holdFor(missing.load(), (cause) => {
      if (cause === undefined) this.accept(load);
      else {
        const message = `Newsprint's ${missing.part} could not be loaded, so this story cannot be shown.`;
        this.fail(new NewsprintDataError(message, { cause }));
      }
    });
  }

  /**
   * No render while `loading` is under way (`scheduleUpdate`); then `next`, with the cause if it
   * failed, unless the element has moved on to another source (or another load) meanwhile.
   */
  private holdFor(loading: Promise<unknown>, next: (cause?: unknown) => void): void {
    const source = this.loadedSource;
    const held: Promise<void> = loading
      .then(
        () => undefined,
        (cause: unknown) => cause ?? new Error('load failed'),
      )
      .then((cause) => {
        if (this.partLoading !== held) return;
        this.partLoading = undefined;
        if (this.loadedSource === source) next(cause);
      });
    this.partLoading = held;
  }

  /** The error state, the `newsprint-error` event and one warning; never a throw. */
  private fail(cause: unknown): void {
    if (!errorStateTried) {
      // The error view first (no render until it is in, as for a part of the data model); if it
      // cannot be loaded, the error state comes all the same, without the line.
      const errorView = import('./error-state.js').then(
        (module) => void (errorState = module),
        () => undefined,
      );
      this.holdFor(
        errorView.then(() => void (errorStateTried = true)),
        () => this.fail(cause),
      );
      return;
    }
    const error = toDataError(cause);
    this.errorStoryUrl = errorState?.storyUrlFor(this, this.loaded);
    this.data = this.loaded = this.reading = undefined;
    this.error = error;
    this.loadState = 'error';
    this.pendingLoadEvent = false;
    if (!this.isConnected) return;
    const detail: NewsprintErrorEvent['detail'] = { message: error.message };
    if (error.path !== undefined) detail.path = error.path;
    if (error.cause !== undefined) detail.cause = error.cause;
    emit(this, new NewsprintErrorEvent(detail));
    console.warn(`<${this.localName}>: ${error.message}`, this);
  }

  /** Invalid values already warned about, so that each is reported once, not at every load. */
  private warnedNumbers?: Map<string, unknown>;

  private cancelRequest(): void {
    this.request?.abort();
    this.request = undefined;
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

/**
 * Dispatches outside the class body: the manifest analyzer would otherwise list the event
 * constructor's arguments as events; the `@fires` tags above document them instead.
 */
function emit(target: EventTarget, event: Event): boolean {
  return target.dispatchEvent(event);
}
