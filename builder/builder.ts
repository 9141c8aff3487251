// The embed builder page: reads the pasted story, keeps a live preview made of the real elements
// (from the same `newsprint.js` the snippet pins), explains problems in plain words, and writes
// the snippet. The preview is built exactly like the snippet (a `src` attribute or an inline
// JSON script child), so what the blogger sees is what the snippet shows.
import type { NewsprintElement } from '../src/base/newsprint-element.js';
import type { NewsprintErrorEvent } from '../src/events/events.js';
import {
  elementAttributes,
  fallbackLinkOf,
  indentedJsonForScript,
  makeSnippet,
  readSource,
  relativeAddresses,
  showsWholeStory,
  tagOf,
  type BundleInfo,
  type ElementName,
  type EmbedOptions,
  type FallbackLink,
  type Layout,
  type Source,
  type Theme,
} from './snippet.js';

/** Written by scripts/build-builder.mjs from the built `dist/newsprint.js` and package.json. */
declare const __NEWSPRINT_BUNDLE__: BundleInfo;
const bundle = __NEWSPRINT_BUNDLE__;

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The builder page lacks #${id}.`);
  return element as T;
};

const sourceField = byId<HTMLTextAreaElement>('source');
const sourceStatus = byId<HTMLDivElement>('source-status');
const exampleButton = byId<HTMLButtonElement>('example');
const layoutGroup = byId<HTMLFieldSetElement>('layout-group');
const langSelect = byId<HTMLSelectElement>('lang');
const preview = byId<HTMLDivElement>('preview');
const snippetField = byId<HTMLTextAreaElement>('snippet');
const copyButton = byId<HTMLButtonElement>('copy');
const copyStatus = byId<HTMLParagraphElement>('copy-status');

byId('bundle-info').textContent =
  `Newsprint ${bundle.version}, pinned, with its integrity hash (${bundle.integrity.slice(0, 18)}…).`;

function checked(name: string): string {
  return document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
}

function readOptions(): EmbedOptions {
  return {
    element: checked('element') as ElementName,
    layout: checked('layout') as Layout,
    theme: checked('theme') as Theme,
    lang: langSelect.value,
  };
}

/** The source and the options the preview shows now; the snippet is written from the same. */
let current:
  { source: Source; options: EmbedOptions; key: string; fallback?: FallbackLink } | undefined;

type Status = { tone: 'info' | 'error' | 'warning' | 'ok'; title: string; detail?: string };

function showStatus(status: Status | undefined): void {
  sourceStatus.replaceChildren();
  sourceStatus.className = `status${status ? ` ${status.tone}` : ''}`;
  sourceField.toggleAttribute('aria-invalid', status?.tone === 'error');
  if (!status) return;
  const title = document.createElement('strong');
  title.textContent = status.title;
  sourceStatus.append(title);
  if (status.detail) {
    const detail = document.createElement('span');
    detail.textContent = status.detail;
    sourceStatus.append(' ', detail);
  }
}

/** A button that puts the text cursor on the mistake, for long JSON. */
function addGoToMistake(offset: number): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary small';
  button.textContent = 'Go to the mistake';
  button.addEventListener('click', () => {
    sourceField.focus();
    sourceField.setSelectionRange(offset, Math.min(offset + 1, sourceField.value.length));
  });
  sourceStatus.append(button);
}

function setSnippet(ready: boolean): void {
  copyButton.disabled = !ready;
  copyStatus.textContent = '';
  snippetField.value =
    ready && current ? makeSnippet(bundle, current.options, current.source, current.fallback) : '';
  snippetField.placeholder = ready
    ? ''
    : 'Your snippet appears here once the preview shows your story.';
}

function placeholder(text: string): void {
  const p = document.createElement('p');
  p.className = 'placeholder';
  p.textContent = text;
  preview.replaceChildren(p);
}

/** Builds the element the way the snippet writes it. */
function createElement(options: EmbedOptions, source: Source): HTMLElement {
  // Any of the five: each types its own `newsprint-load`, and TypeScript cannot merge their
  // `addEventListener` overloads, so this says what they share.
  const element: NewsprintElement<unknown, unknown> = document.createElement(
    tagOf(options.element),
  );
  for (const [name, value] of elementAttributes(
    options,
    source.kind === 'url' ? source.url : undefined,
  )) {
    element.setAttribute(name, value);
  }
  if (source.kind === 'json') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = indentedJsonForScript(source.json);
    element.append(script);
  }
  element.addEventListener('newsprint-load', (event) => {
    if (preview.firstElementChild !== element || !current) return;
    // Only for the story and the card, whose content is a way to the story. Pasted JSON is read
    // as pasted: the element resolves a relative `url` against this page, not the blog.
    if (showsWholeStory(options.element)) {
      current.fallback = fallbackLinkOf(
        source.kind === 'json' ? source.json : event.detail.article,
      );
    }
    const relative = source.kind === 'json' ? relativeAddresses(source.json) : [];
    if (relative.length) {
      const list = relative.map(([path, address]) => `“${address}” (${path})`).join(', ');
      showStatus({
        tone: 'warning',
        title: 'The story is ready, but some addresses in it are not complete.',
        detail: `${list} would point at your own blog once pasted there. Ask the publisher for full addresses (starting with https://), or paste the web address of the JSON file instead.`,
      });
    } else {
      showStatus({
        tone: 'ok',
        title: 'The story is ready.',
        detail: 'Check the preview, then copy your snippet.',
      });
    }
    setSnippet(true);
  });
  element.addEventListener('newsprint-error', (event: NewsprintErrorEvent) => {
    if (preview.firstElementChild !== element) return;
    const { message, path } = event.detail;
    showStatus({
      tone: 'error',
      title: path
        ? `The story data has a problem in the field “${path}”.`
        : 'The story could not be shown.',
      detail: message,
    });
    setSnippet(false);
  });
  return element;
}

function update(): void {
  const options = readOptions();
  layoutGroup.disabled = options.element !== 'card';
  preview.dataset.theme = options.theme;
  const source = readSource(sourceField.value);
  // A change of tag or data makes a new element; attributes alone are changed in place, so the
  // preview does not fetch or flash again when only the colours or the language change.
  const key = `${options.element}\n${JSON.stringify(source)}`;
  const previous = current;
  // The fallback link comes from the loaded data: kept while the same element stays.
  current = {
    source,
    options,
    key,
    fallback: previous?.key === key ? previous.fallback : undefined,
  };

  if (source.kind === 'empty') {
    showStatus(undefined);
    placeholder('Paste a story above, or use the example, to see it here.');
    setSnippet(false);
    return;
  }
  if (source.kind === 'invalid') {
    showStatus({ tone: 'error', title: 'This cannot be read yet.', detail: source.message });
    if (source.offset !== undefined) addGoToMistake(source.offset);
    placeholder('The preview appears once the problem above is fixed.');
    setSnippet(false);
    return;
  }

  const existing = preview.firstElementChild;
  if (previous?.key === key && existing?.localName === tagOf(options.element)) {
    for (const name of ['layout', 'theme', 'lang']) existing.removeAttribute(name);
    for (const [name, value] of elementAttributes(options)) existing.setAttribute(name, value);
    // The status stays as it is; the snippet follows the new options if it was ready.
    if (!copyButton.disabled) setSnippet(true);
    return;
  }
  showStatus({
    tone: 'info',
    title: source.kind === 'url' ? 'Loading the story from its address…' : 'Reading the JSON…',
  });
  setSnippet(false);
  preview.replaceChildren(createElement(options, source));
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
const updateAfterTyping = () => {
  clearTimeout(typingTimer);
  typingTimer = undefined;
  update();
};
sourceField.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(updateAfterTyping, 300);
});
// Leaving the field updates at once, so a keyboard user who tabs on never waits for the timer;
// when the timer has already run there is nothing new to show (and the status, with its
// "Go to the mistake" button, must not be rebuilt under the pointer).
sourceField.addEventListener('change', () => {
  if (typingTimer !== undefined) updateAfterTyping();
});
for (const control of document.querySelectorAll('input[type="radio"], select')) {
  control.addEventListener('change', update);
}

exampleButton.addEventListener('click', () => {
  sourceField.value = new URL('examples/cuba-medics.json', location.href).href;
  update();
});

copyButton.addEventListener('click', async () => {
  const text = snippetField.value;
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied. Paste it into the HTML of your post.';
  } catch {
    // No clipboard access (an http: page, or permission refused): leave the text selected.
    snippetField.focus();
    snippetField.select();
    copyStatus.textContent =
      'Your browser did not allow copying. The snippet is selected: press Ctrl+C (⌘C on a Mac).';
  }
});

update();
