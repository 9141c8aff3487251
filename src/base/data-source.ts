import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { NewsprintDataError } from '../article/errors.js';
import {
  findInlineScripts,
  mayStillBeParsing,
  readInlineJson,
  type LoadedJson,
} from '../article/load.js';
import { PartNotLoaded } from '../article/part-loading.js';
import type { ParseOptions } from '../article/types.js';
import { NewsprintErrorEvent, NewsprintLoadEvent } from '../events/events.js';
import { languageLoading } from '../i18n/strings.js';
import { pageBaseUrl, readOnce } from '../platform/environment.js';
import type * as ErrorState from './error-state.js';
import { toDataError } from './error-contract.js';
import type { LanguageController } from './language.js';
import type { Reading } from './reading.js';

export type LoadState = 'empty' | 'loading' | 'ready' | 'error';

/**
 * The element a `DataSourceController` loads for: its inputs (`article`, `src`, the request's
 * limits and referrer policy), how it reads its data (`parse`), and the state it renders, which
 * the controller sets. `NewsprintElement` is one (its state and `parse` are protected: it hands
 * itself over as this host); a test's plain `LitElement` can be one.
 */
export interface DataSourceHost<Data> extends ReactiveControllerHost, HTMLElement {
  article?: unknown;
  src?: string;
  timeout: number;
  maxBytes: number;
  referrerPolicy: ReferrerPolicy;
  /** Reads the host's data out of raw JSON; throws `NewsprintDataError` when it is invalid. */
  parse(json: unknown, options: ParseOptions): Reading<Data>;
  loadState: LoadState;
  data?: Data;
  error?: NewsprintDataError;
  /** The story's address for the error line, from the failed data or the fallback link. */
  errorStoryUrl?: string;
}

/**
 * The error line and its story link (error-state.ts, with the URL policy, urls.ts): loaded at the
 * first error on the page, since a page whose elements all render never needs them.
 */
let errorState: typeof ErrorState | undefined;
let errorStateTried = false;

/** The error line, once error-state.ts is in (a page where it could not be loaded has none). */
export const errorView: typeof ErrorState.errorView = (strings, storyUrl) =>
  errorState ? errorState.errorView(strings, storyUrl) : html``;

/**
 * The host's data from its three sources, first present wins: the `article` property, then the
 * `src` attribute (fetched, with its timeout and size cap), then an inline JSON script child
 * (watched, since the parser may add it after the element is defined). Reads it with the host's
 * `parse`, loading first what the reading needs (a part of the data model, the strings of the
 * data's language), and sets the host's `loadState`, `data` and `error`; fires `newsprint-load`
 * once the data has rendered, or `newsprint-error` with one console warning.
 */
export class DataSourceController<Data> implements ReactiveController {
  /** A part of the data model the data needs is loading (parts.ts): no render until it is in. */
  partLoading?: Promise<void>;
  /** What was read: its language and the `newsprint-load` detail. */
  reading?: Reading<Data>;
  /** Aborts the `src` request in flight. */
  private request?: AbortController;
  /** The source the current data came from, so a reconnect or equal set does not load again. */
  private loadedSource?: unknown;
  private childObserver?: MutationObserver;
  private pendingLoadEvent?: boolean;
  /** Inline JSON is still being parsed: read it at `DOMContentLoaded` at the latest. */
  private waitingForParser?: boolean;
  /** The raw data last read, to read again when `referrerpolicy` changes. */
  private loaded?: LoadedJson;
  /** Invalid values already warned about, so that each is reported once, not at every load. */
  private warnedNumbers?: Map<string, unknown>;

  constructor(
    private readonly host: DataSourceHost<Data>,
    private readonly language: LanguageController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON may be parsed after the element is defined (a sync script in <head>): watch for it.
    this.childObserver ??= new MutationObserver(() => this.load());
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.load();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    // Moving an element is a disconnect and a connect in one task: abort only if it stays out.
    queueMicrotask(() => {
      if (this.host.isConnected || !this.request) return;
      this.cancelRequest();
      this.loadedSource = undefined; // so that inserting it again loads again
    });
  }

  hostUpdated(): void {
    const host = this.host;
    if (this.pendingLoadEvent && host.loadState === 'ready' && host.isConnected) {
      this.pendingLoadEvent = false;
      const load = this.reading?.data === host.data ? this.reading?.load : undefined;
      host.dispatchEvent(new NewsprintLoadEvent(load ?? { article: host.data, omitted: [] }));
    }
  }

  /** Images inside sanitized HTML get the referrer policy when the data is read: read it again. */
  reread(): void {
    const { loaded, pendingLoadEvent } = this;
    if (!loaded) return;
    this.accept(() => loaded);
    this.pendingLoadEvent = pendingLoadEvent; // the same data: no second newsprint-load
  }

  /** Picks the current data source and loads it, unless it is the one already loaded. */
  load(): void {
    const host = this.host;
    if (host.article !== undefined && host.article !== null) {
      if (this.loadedSource === host.article) return;
      this.loadedSource = host.article;
      this.cancelRequest();
      this.accept(() => ({ json: host.article, baseUrl: pageBaseUrl() }));
      return;
    }
    if (host.src) {
      if (this.loadedSource === `src:${host.src}`) return;
      this.loadedSource = `src:${host.src}`;
      void this.fetchSource(host.src);
      return;
    }
    const scripts = findInlineScripts(host);
    const script = scripts.at(-1);
    if (script && mayStillBeParsing(script)) {
      // More text may come (the child observer sees it); at the latest, the parser is done then.
      if (!this.waitingForParser) {
        this.waitingForParser = true;
        document.addEventListener(
          'DOMContentLoaded',
          () => {
            this.waitingForParser = false;
            this.load();
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
      host.loadState = 'empty';
      host.data = this.loaded = this.reading = undefined;
      host.error = undefined;
    }
  }

  private async fetchSource(src: string): Promise<void> {
    const host = this.host;
    this.cancelRequest();
    const request = new AbortController();
    this.request = request;
    host.loadState = 'loading';
    host.data = this.loaded = this.reading = undefined;
    let loaded: LoadedJson;
    try {
      // Its own module: pages without `src` never download it (fetch-json.ts), nor the checks
      // of `timeout` and `max-bytes` that only a request needs (article/request-limits.ts).
      const { fetchJson, requestLimits } = await import('../article/fetch-json.js');
      loaded = await fetchJson(src, {
        signal: request.signal,
        ...requestLimits(host, (this.warnedNumbers ??= new Map())),
        referrerPolicy: host.referrerPolicy,
      });
    } catch (error) {
      // Superseded by a newer `src`, or the element was removed: stay silent.
      if (request.signal.aborted && this.request !== request) return;
      if (request.signal.aborted && !host.isConnected) return;
      this.fail(error);
      return;
    } finally {
      if (this.request === request) this.request = undefined;
    }
    if (request.signal.aborted) return;
    this.accept(() => loaded);
  }

  private accept(load: () => LoadedJson): void {
    const host = this.host;
    try {
      this.loaded = load();
      const { json, baseUrl, unreadable } = this.loaded;
      const options = { baseUrl, referrerPolicy: host.referrerPolicy, unreadable };
      const reading = readOnce(
        host.localName,
        (data, readOptions) => host.parse(data, readOptions),
        json,
        options,
      );
      // The strings of the data's language before the data renders (as `language` picks it).
      const strings = languageLoading(this.language.languageWith(reading.language));
      if (strings) throw new PartNotLoaded('strings', () => strings);
      this.reading = reading;
      host.data = reading.data;
      host.error = undefined;
      host.loadState = 'ready';
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
   * No render while `loading` is under way (the host's `scheduleUpdate` waits for `partLoading`);
   * then `next`, with the cause if it failed, unless the host has moved on to another source (or
   * another load) meanwhile.
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
  fail(cause: unknown): void {
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
    const host = this.host;
    const error = toDataError(cause);
    host.errorStoryUrl = errorState?.storyUrlFor(host, this.loaded);
    host.data = this.loaded = this.reading = undefined;
    host.error = error;
    host.loadState = 'error';
    this.pendingLoadEvent = false;
    if (!host.isConnected) return;
    const detail: NewsprintErrorEvent['detail'] = { message: error.message };
    if (error.path !== undefined) detail.path = error.path;
    if (error.cause !== undefined) detail.cause = error.cause;
    host.dispatchEvent(new NewsprintErrorEvent(detail));
    console.warn(`<${host.localName}>: ${error.message}`, host);
  }

  private cancelRequest(): void {
    this.request?.abort();
    this.request = undefined;
  }
}
