/**
 * The elements' docs pages as an API reference: what `.storybook/preview.ts` does to the argTypes
 * Storybook reads from the manifest, to "Show code" and to each page's opening lines. Plain
 * functions, no Storybook imports, so `test/docs/api-docs.spec.ts` checks them in Node.
 */
import type { NewsprintTag } from '../src/frameworks/elements.js';

/** The argTypes Storybook makes, as far as these functions read and change them. */
export interface ArgTypeLike {
  name?: string;
  description?: string;
  control?: unknown;
  table?: {
    category?: string;
    disable?: boolean;
    defaultValue?: { summary?: unknown };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/**
 * Rows that describe something a story cannot set: events, shadow parts, CSS custom properties
 * and slots. Storybook gives them type `void` and, left alone, a "Set object" control.
 */
const DESCRIBED_ONLY = new Set(['events', 'css shadow parts', 'css custom properties', 'slots']);

/** `lang` is the native attribute, not in the manifest, but strings and dates follow it. */
export const LANG_DESCRIPTION =
  'Language of the UI strings ("By", "min read", "Photo:") and dates, a BCP 47 tag such as `es`. Default: the data\'s `language`, else the closest `lang` on the page, else `en`. `ar` and other right-to-left languages turn the layout around.';

/** 2097152 -> "2097152 (2 MiB)": a byte size a reader can take in at a glance. */
function withBinaryUnit(value: number): string {
  for (const [unit, size] of [
    ['MiB', 1024 * 1024],
    ['KiB', 1024],
  ] as const) {
    if (value >= size && value % size === 0) return `${value} (${value / size} ${unit})`;
  }
  return String(value);
}

/**
 * The API table's rows: no control for rows that only describe, `lang` described, and byte-size
 * defaults with their unit.
 */
export function enhanceArgTypes<T extends Record<string, ArgTypeLike>>(argTypes: T): T {
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (category && DESCRIBED_ONLY.has(category)) argType.control = false;
    // A number or text attribute without a value in the story would get an object editor.
    const type = (argType.table?.type as { summary?: unknown } | undefined)?.summary;
    if (argType.control === undefined && typeof type === 'string') {
      if (/^number( \| undefined)?$/.test(type)) argType.control = { type: 'number' };
      else if (/^string( \| undefined)?$|^ReferrerPolicy$/.test(type))
        argType.control = { type: 'text' };
    }
    if (name === 'lang' && !argType.description) {
      argType.description = LANG_DESCRIPTION;
      argType.table = { ...argType.table, category: argType.table?.category ?? 'attributes' };
    }
    const summary = argType.table?.defaultValue?.summary;
    if (/bytes/i.test(name) && typeof summary === 'string' && /^\d+$/.test(summary)) {
      argType.table!.defaultValue = { summary: withBinaryUnit(Number(summary)) };
    }
  }
  return argTypes;
}

/** Where "Show code" says the files are, instead of the Storybook server's own address. */
export const EXAMPLE_ORIGIN = 'https://news.example';

/**
 * "Show code": the story's data points at Storybook's server (the fixtures it serves), which
 * would mean nothing in a partner's page. Its origin becomes an example one.
 */
export function withoutLocalOrigin(code: string, origin: string): string {
  return code.replaceAll(origin, EXAMPLE_ORIGIN);
}

/** What each element's `article` takes, in a phrase (Markdown): one for every registered tag. */
export const TAKES: Record<NewsprintTag, string> = {
  'newsprint-article':
    'article JSON or schema.org JSON-LD (`NewsArticle`, `Article` and its subtypes), typed `ArticleInput`',
  'newsprint-card':
    'article JSON or schema.org JSON-LD (`NewsArticle`, `Article` and its subtypes), typed `ArticleInput`',
  'newsprint-byline':
    'a whole article, or just `{ authors, datePublished?, dateModified?, readingTimeMinutes? }`, typed `BylineInput`',
  'newsprint-figure':
    'a whole article (its `image`), or just the image `{ src, alt, caption?, credit?, width?, height? }`, typed `FigureInput`',
  'newsprint-faq':
    'a whole article (its `faq`), schema.org `FAQPage` JSON-LD, or just `{ title?, items: [{ question, answer }] }`, typed `FaqInput`',
};

/** What each element's docs page opens with: install, import, script tag, the data it takes. */
export function usage(tag: string, version: string): string {
  const takes = TAKES[tag as NewsprintTag] ?? 'article JSON or schema.org JSON-LD';
  const name = tag.replace(/^newsprint-/, '');
  return [
    '```sh',
    'npm install newsprint',
    '```',
    '',
    '```js',
    `import 'newsprint/components/${name}/newsprint-${name}.js'; // just <${tag}>`,
    "import 'newsprint/define'; // or every element",
    '```',
    '',
    '```html',
    `<!-- Without a build step: every element, from a CDN -->`,
    `<script src="https://cdn.jsdelivr.net/npm/newsprint@${version}/dist/newsprint.js" defer></script>`,
    '```',
    '',
    `\`article\` (or \`src\`, or an inline \`<script type="application/json">\` child) takes ${takes}: see [the data format](?path=/docs/introduction--docs#data-article-json-version-1).`,
  ].join('\n');
}
