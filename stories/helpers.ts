/**
 * Small helpers shared by the stories and `.storybook/preview.ts`: waiting for elements to settle,
 * reading inside their shadow roots, and a `fetch` stub for the states a static file server
 * cannot produce (a request that never answers).
 */
import { expect, waitFor } from 'storybook/test';
import packageJson from '../package.json';
import { usage } from '../.storybook/api-docs.js';

/**
 * The opening of an element's docs page (install, import and script-tag lines, what `article`
 * takes), then `description`: for stories that set their own description, which replaces the
 * one `.storybook/preview.ts` builds the same way from the manifest.
 */
export function docsDescription(tag: string, description: string): string {
  return `${usage(tag, packageJson.version)}\n\n${description}`;
}

/** Newsprint elements in a container's light DOM (not the ones an article renders inside itself). */
export function newsprintElements(container: ParentNode): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('*')].filter((element) =>
    element.localName.startsWith('newsprint-'),
  );
}

type LitLike = HTMLElement & { updateComplete?: Promise<unknown> };

function isBusy(element: HTMLElement): boolean {
  return element.shadowRoot?.querySelector('[part~="base"][aria-busy="true"]') != null;
}

function isEmpty(element: HTMLElement): boolean {
  const base = element.shadowRoot?.querySelector('[part~="base"]');
  return !base || base.childElementCount === 0;
}

/**
 * Resolves when every Newsprint element in `container` has rendered and is no longer loading
 * (it shows its data or its error state).
 */
export async function settled(container: ParentNode, timeout = 5000): Promise<void> {
  await waitFor(
    async () => {
      const elements = newsprintElements(container);
      await Promise.all(elements.map((element) => (element as LitLike).updateComplete));
      const waiting = elements.filter(
        (element) => (element.hasAttribute('src') && isEmpty(element)) || isBusy(element),
      );
      if (waiting.length) {
        throw new Error(
          `Still loading: ${waiting.map((element) => `<${element.localName}>`).join(', ')}`,
        );
      }
    },
    { timeout },
  );
}

/**
 * Brings every finite CSS animation and transition inside the elements' shadow roots to its end
 * state. Storybook pauses animations before its accessibility check in tests, but through a
 * stylesheet in the document's `<head>`, which does not reach into shadow roots: an FAQ answer
 * still fading in would be checked for contrast at half opacity.
 */
export function finishAnimations(container: ParentNode): void {
  for (const element of container.querySelectorAll('*')) {
    const root = element.shadowRoot;
    if (!root) continue;
    for (const animation of root.getAnimations()) {
      const end = animation.effect?.getComputedTiming().endTime;
      if (typeof end === 'number' && Number.isFinite(end)) animation.finish();
    }
    finishAnimations(root);
  }
}

/** The first element of a tag in the canvas, once it has settled. */
export async function settledElement<K extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: K,
): Promise<HTMLElementTagNameMap[K]> {
  await settled(canvasElement);
  const element = canvasElement.querySelector(tag);
  await expect(element, `<${tag}> in the story`).not.toBeNull();
  return element!;
}

/** `querySelector` inside an element's shadow root, failing the test when nothing matches. */
export function inShadow<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`No "${selector}" in the shadow root of <${host.localName}>`);
  return found;
}

export function allInShadow<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** The text of the element's error state, or `undefined` when it shows none. */
export function errorText(host: Element): string | undefined {
  const box = host.shadowRoot?.querySelector('[part~="error"]');
  return box ? (box.textContent ?? '').replace(/\s+/g, ' ').trim() : undefined;
}

/** Waits until the element shows its error state (role="alert") and returns its text. */
export async function expectErrorState(host: Element, message: RegExp): Promise<void> {
  await waitFor(() =>
    expect(host.shadowRoot?.querySelector('[part~="error"][role="alert"]')).not.toBeNull(),
  );
  await expect(errorText(host)).toMatch(message);
}

type FetchAnswer = (url: URL, init: RequestInit | undefined) => Promise<Response> | undefined;

/**
 * Replaces `window.fetch` for one story: requests for which `answer` returns a promise get it,
 * every other request goes to the real `fetch`. Returns the function that puts the real one back,
 * so it can be returned from a story's `beforeEach` (Storybook calls it when the story unmounts).
 */
export function stubFetch(answer: FetchAnswer): () => void {
  const realFetch = window.fetch;
  const stub: typeof window.fetch = (input, init) => {
    const href = input instanceof Request ? input.url : String(input);
    const answered = answer(new URL(href, document.baseURI), init);
    return answered ?? realFetch.call(window, input, init);
  };
  window.fetch = stub;
  return () => {
    if (window.fetch === stub) window.fetch = realFetch;
  };
}

/**
 * A response that never comes: the promise stays pending until the request is aborted (the
 * element's timeout, or the element being removed), as a server that hangs would behave.
 */
export function neverAnswer(init: RequestInit | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const signal = init?.signal;
    if (!signal) return;
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** A story `beforeEach`: requests under `mock-api/never-answers` hang until aborted. */
export function hangingRequests(): () => void {
  return stubFetch((url, init) =>
    url.pathname.includes('/mock-api/never-answers') ? neverAnswer(init) : undefined,
  );
}

/** The computed value of a CSS property on an element inside a shadow root. */
export function computed(element: Element, property: string): string {
  return getComputedStyle(element).getPropertyValue(property);
}

/**
 * An inline data child, `<script type="application/json">` or `application/ld+json`, as a DOM
 * node: Lit cannot bind text inside a `<script>` in a template, but it renders a node.
 */
export function inlineScript(
  data: unknown,
  type: 'application/json' | 'application/ld+json' = 'application/json',
): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data, null, 2);
  return script;
}

/** Controls of the story-only args (not element API), grouped apart in the docs tables. */
export const storySetupArgTypes = {
  inline: {
    description:
      'Story only: renders this data as a child `<script type="application/json">` (or `application/ld+json`).',
    table: { category: 'story setup' },
    control: false,
  },
  preventNavigation: {
    description:
      'Story only: cancel `newsprint-navigate` so that a click does not take the preview away (the Actions panel logs the URL).',
    table: { category: 'story setup' },
  },
  width: {
    description: 'Story only: the width of the box the element sits in.',
    table: { category: 'story setup' },
    control: 'text',
  },
} as const;
