/**
 * Shared by the embedding tests: open a plain HTML page of test/pages/ (which loads the built
 * dist/newsprint.js the way a blogger does) in an iframe, and read what test/pages/recorder.js
 * saw in it.
 */

export interface Recorded {
  /** What reached the page's `error` and `unhandledrejection` handlers. */
  errors: string[];
  /** Every `console.warn`, as text, with the element it names. */
  warnings: { text: string; element: Element | null }[];
  /** Content-Security-Policy violations: `directive blocked uri sample`. */
  violations: string[];
  /** Names passed to `trustedTypes.createPolicy`, refused ones included. */
  policies: string[];
  /** Newsprint events; `time` in ms since the page's time origin. */
  events: {
    type: string;
    target: EventTarget | null;
    detail: { message?: string; path?: string };
    time: number;
  }[];
}

export interface PageWindow extends Window {
  __np: Recorded;
  customElements: CustomElementRegistry;
}

/*
 * Assertions here compare strings, numbers and booleans, never DOM nodes: a failing assertion
 * whose actual value is a node of a test page makes the runner serialize that node, which took
 * the whole browser down ("browser disconnected") instead of reporting the failure.
 */

export interface Page {
  win: PageWindow;
  doc: Document;
  rec: Recorded;
}

const opened: { close(): void }[] = [];

/**
 * Opens `path` in a new iframe of the test page (or a popup) and waits for its `load` event.
 *
 * The test runner runs two test files at once. Where both share a window, the test page can be a
 * hidden background tab, in which nothing is painted: no animation frames, no lazy image loads,
 * no layout-shift entries (layout itself, computed styles and events work). The tests that only
 * read layout cope with that; `{ popup: true }`, for those that measure painting, opens the page
 * in a window of its own, which is always visible.
 */
export async function openPage(
  path: string,
  {
    width = 800,
    height = 1000,
    sandbox,
    popup = false,
  }: { width?: number; height?: number; sandbox?: string; popup?: boolean } = {},
): Promise<Page> {
  if (popup) {
    const win = window.open(path, '_blank', `popup,width=${width},height=${height}`);
    if (!win) throw new Error('the popup was blocked');
    opened.push(win);
    await new Promise((resolve) => win.addEventListener('load', resolve, { once: true }));
    const page = win as unknown as PageWindow;
    return { win: page, doc: win.document, rec: page.__np };
  }
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; vertical-align: top`;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  opened.push({ close: () => frame.remove() });
  await loaded;
  const win = frame.contentWindow as unknown as PageWindow;
  return { win, doc: frame.contentDocument!, rec: win.__np };
}

/** Closes every frame and window `openPage` opened (call in `afterEach`). */
export function closePages(): void {
  for (const page of opened.splice(0)) page.close();
}

export const byId = <T extends Element = HTMLElement>(page: Page, id: string): T => {
  const element = page.doc.getElementById(id);
  if (!element) throw new Error(`#${id} is not in ${page.win.location.pathname}`);
  return element as unknown as T;
};

/** The element's shadow root, which Newsprint elements always open. */
export const shadow = (element: Element): ShadowRoot => {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
};

export type State = 'ready' | 'error' | 'loading' | 'empty';

/** What an element shows, read from its shadow DOM (no private API). */
export function stateOf(element: Element): State {
  const root = element.shadowRoot;
  if (!root) return 'empty';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[part~="loading"]')) return 'loading';
  const base = root.querySelector('[part~="base"]');
  return base && base.childElementCount > 0 ? 'ready' : 'empty';
}

/** Polls `condition` (which may be async) until it is truthy; fails with `message` after `timeout`. */
export async function until(
  condition: () => unknown,
  message: string | (() => string),
  timeout = 5000,
): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await condition())) {
    if (performance.now() > end) {
      throw new Error(`Timeout: ${typeof message === 'function' ? message() : message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until every element is rendered with data or an error. */
export async function settled(elements: Element[], timeout = 5000): Promise<void> {
  await until(
    () => elements.every((element) => ['ready', 'error'].includes(stateOf(element))),
    () => `elements settle: ${elements.map((el) => `#${el.id}=${stateOf(el)}`).join(', ')}`,
    timeout,
  );
}

/**
 * Two animation frames of the page: whatever was queued has been laid out and painted. Only in a
 * visible page (a popup): a hidden one has no animation frames.
 */
export function frames2(win: Window): Promise<void> {
  return new Promise((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())),
  );
}

/** Errors, warnings and violations of a page, for an assertion message. */
export const summary = (rec: Recorded): string =>
  JSON.stringify({
    errors: rec.errors,
    warnings: rec.warnings.map((warning) => warning.text),
    violations: rec.violations,
  });

/** The other loopback host name: a different origin on the same test server. */
export function otherOrigin(): string {
  const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${other}:${location.port}`;
}

export const uniqueKey = (label: string): string =>
  `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export async function hits(key: string): Promise<{ requests: number; aborted: number }> {
  const response = await fetch(`/api/hits.json?key=${encodeURIComponent(key)}`, {
    cache: 'no-store',
  });
  return (await response.json()) as { requests: number; aborted: number };
}
