// Entry of the script-tag build (`dist/newsprint.js`). It holds Lit, what every element shares and
// the card (the most common use: a page of teasers then downloads one file and waits for no
// further request; measured against a card chunk in bench/README.md). It loads the rest from the
// build's further files (`dist/newsprint-chunks/`, each checked by Subresource Integrity: see
// scripts/chunk-loader.js) only when the page needs it: an element's code once its tag is in the
// document, the `src` request code beside it when the element has `src`, Lit's hydration support
// before an element the server rendered (a declarative shadow root) is defined. The full data
// reader, the sanitizer and the schema.org mapping load when data needs them (article/teaser.ts,
// article/parts.ts), the error view at the first error, other languages' strings when an element
// speaks one (i18n/strings.ts).
// First: makes page globals that Lit writes at load usable (see lit-globals.ts), and sets the
// page's own hydration hook aside while our Lit loads.
import './base/lit-globals.js';
import { restorePageHook } from './base/hydrate-hook.js';
import { LitElement } from 'lit';
import { NewsprintElement } from './base/newsprint-element.js';
import { defineOnce } from './base/define.js';
import { NewsprintCard } from './components/card/card.js';
import type { NewsprintTag } from './frameworks/elements.js';

// Our Lit has loaded: another copy of Lit on the page gets the page's hook back.
restorePageHook();

// One loader for every tag of the element registry (checked by its type). Literal `import()`s:
// Rollup makes a chunk of each only when it can read the module's name.
const ELEMENTS: { [Tag in NewsprintTag]: () => Promise<unknown> } = {
  'newsprint-article': () => import('./components/article/newsprint-article.js'),
  // In this file, but defined like the others: after hydration support when server-rendered.
  'newsprint-card': () => Promise.resolve(defineOnce('newsprint-card', NewsprintCard)),
  'newsprint-byline': () => import('./components/byline/newsprint-byline.js'),
  'newsprint-figure': () => import('./components/figure/newsprint-figure.js'),
  'newsprint-faq': () => import('./components/faq/newsprint-faq.js'),
};
const pending = new Set(Object.keys(ELEMENTS) as NewsprintTag[]);
let hydration: Promise<void> | undefined;
let warned = false;
let remote: Promise<unknown> | undefined;

/**
 * Lit's hydration support, applied to our LitElement before any element the server rendered is
 * defined (Lit calls the hook when it loads; ours loaded before the chunk did, so we call it).
 */
function hydrationSupport(): Promise<void> {
  hydration ??= import('./hydrate.js').then(() => {
    const hook = (globalThis as { litElementHydrateSupport?: (lit: object) => void })
      .litElementHydrateSupport;
    hook?.({ LitElement });
    restorePageHook();
  });
  return hydration;
}

function request(
  tag: NewsprintTag,
  serverRendered: boolean,
  after: Promise<unknown> = Promise.resolve(),
): Promise<unknown> {
  pending.delete(tag);
  return after
    .then(() => (serverRendered ? hydrationSupport() : undefined))
    .then(ELEMENTS[tag])
    .catch((error: unknown) => {
      if (warned) return;
      warned = true;
      console.warn(`Newsprint: <${tag}> could not be loaded.`, error);
    });
}

/** Requests the code of every Newsprint tag in `root` (itself included) not requested yet. */
function scan(root: Document | Element): void {
  const loading: Promise<unknown>[] = [];
  let card: boolean | undefined;
  for (const tag of pending) {
    const found: Element[] = [...root.querySelectorAll(tag)];
    if (root instanceof Element && root.localName === tag) found.push(root);
    if (found.length) {
      const serverRendered = found.some((element) => element.shadowRoot !== null);
      if (tag === 'newsprint-card') card = serverRendered;
      else loading.push(request(tag, serverRendered));
    }
    // The `src` request code (article/fetch-json.ts) at once, beside the element's chunk, not
    // only once the element has run and asks for it.
    if (!remote && found.some((element) => element.hasAttribute('src')))
      remote = import('./article/fetch-json.js').catch(() => undefined);
  }
  // The card (in this file) is defined with the elements found beside it, not before their
  // chunks arrive: cards below an article still loading would be pushed down when it renders
  // (a layout shift the bench measures).
  if (card !== undefined) void request('newsprint-card', card, Promise.all(loading));
}

scan(document);
if (pending.size) {
  // Elements the parser has not reached yet, or that a script adds later.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
    }
    if (!pending.size) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

// Shared by every element chunk: kept in this file, not in a chunk of its own (a chunk every page
// loads anyway only costs a request and the per-file gzip dictionary; Rollup does not merge it
// into this file by itself, since that would run its modules earlier).
export { LitElement, NewsprintElement };
export { defineOnce };
export { navigateFromClick } from './base/navigate.js';
