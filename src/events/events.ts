/*
 * One class per public event (docs/ARCHITECTURE.md, "Events"). All bubble and are composed so a
 * host page can listen on any ancestor, across shadow roots. Names carry the `newsprint-` prefix
 * so they never clash with native events on busy pages.
 */
import type {
  NormalizedArticle,
  NormalizedByline,
  NormalizedFaq,
  FigureImage,
  Omission,
} from '../article/types.js';

/**
 * What any element's `newsprint-load` may carry: the normalized article, or the part a byline,
 * figure or FAQ was given on its own. An element's own `addEventListener` narrows it: a card's
 * and an article's carry `NormalizedArticle`.
 */
export type NewsprintLoadedData =
  NormalizedArticle | NormalizedByline | FigureImage | NormalizedFaq;

export interface NewsprintLoadDetail<Loaded = NormalizedArticle> {
  /**
   * The data, normalized (URLs checked, HTML sanitized): the whole article, also for a byline,
   * figure or FAQ that was given one; else the part the element was given.
   */
  article: Loaded;
  /**
   * What was left out of schema.org JSON-LD because it could not be used (`[{ path, reason }]`,
   * `path` naming the article field, e.g. `datePublished`, `authors[1]`). Empty for article JSON.
   */
  omitted: Omission[];
}

/** The element's data has been rendered. */
export class NewsprintLoadEvent<Loaded = NormalizedArticle> extends CustomEvent<
  NewsprintLoadDetail<Loaded>
> {
  static readonly eventName = 'newsprint-load';
  constructor(detail: NewsprintLoadDetail<Loaded>) {
    super(NewsprintLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface NewsprintErrorDetail {
  /** What went wrong, in words a blogger understands. */
  message: string;
  /** The bad field, e.g. `authors[0].name`, when one field is to blame. */
  path?: string;
  /** The underlying error (network failure, JSON syntax error…), when there is one. */
  cause?: unknown;
}

/** The data could not be loaded or is invalid; the element shows an error state. */
export class NewsprintErrorEvent extends CustomEvent<NewsprintErrorDetail> {
  static readonly eventName = 'newsprint-error';
  constructor(detail: NewsprintErrorDetail) {
    super(NewsprintErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface NewsprintToggleDetail {
  /** The item's `id` from the data, or the one the element generated. */
  id: string;
  /** Position of the item, counting from 0. */
  index: number;
  open: boolean;
}

/** An FAQ item was opened or closed by the reader (not by a property set). */
export class NewsprintToggleEvent extends CustomEvent<NewsprintToggleDetail> {
  static readonly eventName = 'newsprint-toggle';
  constructor(detail: NewsprintToggleDetail) {
    super(NewsprintToggleEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface NewsprintNavigateDetail {
  url: string;
}

/**
 * A card or article link was activated. Cancelable: call `preventDefault()` to route in a
 * single-page app or count the click yourself; the browser then does not follow the link.
 */
export class NewsprintNavigateEvent extends CustomEvent<NewsprintNavigateDetail> {
  static readonly eventName = 'newsprint-navigate';
  constructor(detail: NewsprintNavigateDetail) {
    super(NewsprintNavigateEvent.eventName, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    // Any element's: a listener on an ancestor may hear a byline's part as well as an article.
    'newsprint-load': NewsprintLoadEvent<NewsprintLoadedData>;
    'newsprint-error': NewsprintErrorEvent;
    'newsprint-toggle': NewsprintToggleEvent;
    'newsprint-navigate': NewsprintNavigateEvent;
  }
}
