/*
 * The element registry: every Newsprint element, listed once. The builds, the server renderer,
 * the React and Vue type entries and the embed builder take their tags from here.
 *
 * It costs a page nothing, so any module may import it:
 * - Its JavaScript is data only: `NEWSPRINT_ELEMENTS` (tag, builder name, define module, the part
 *   of an article the element shows) and `newsprintProperties`. It imports nothing at run time:
 *   rollup.config.mjs compiles this file alone to read its entry points from it.
 * - Everything about the classes is types (`import type`, erased): the class of each tag, how it
 *   reads its data, the properties a template may set and the events it fires. So importing the
 *   registry never pulls an element class into a page that uses one element.
 * What must stay a literal list of imports (src/define.ts, the script-tag build's `import()`s in
 * src/newsprint.ts, the server renderer's readers) is typed or tested against this list
 * (test/package/registry.spec.ts). Nothing is generated from custom-elements.json: the manifest
 * is written after the build, from these same sources, and the framework entries are types only,
 * which TypeScript maps from here without a generation step.
 *
 * The property types are picked from the element classes, so they cannot drift from them; the
 * names are listed once here, and `test/frameworks/properties.spec.ts` checks the lists against
 * the classes' own reactive properties at run time, so a new property cannot be forgotten either.
 */
import type { NewsprintArticle } from '../components/article/article.js';
import type { NewsprintByline } from '../components/byline/byline.js';
import type { NewsprintCard } from '../components/card/card.js';
import type { NewsprintFaq } from '../components/faq/faq.js';
import type { NewsprintFigure } from '../components/figure/figure.js';
import type { readArticleElement } from '../components/article/article.js';
import type { readByline } from '../components/byline/byline.js';
import type { readCard } from '../components/card/card.js';
import type { readFaq } from '../components/faq/faq.js';
import type { readFigure } from '../components/figure/figure.js';
import type {
  NewsprintErrorEvent,
  NewsprintLoadEvent,
  NewsprintLoadedData,
  NewsprintNavigateEvent,
  NewsprintToggleEvent,
} from '../events/events.js';
import type {
  FigureImage,
  NormalizedArticle,
  NormalizedByline,
  NormalizedFaq,
} from '../article/types.js';

/**
 * Every element, in the order the builds and the server renderer list them. `name` is the
 * embed builder's choice (and the component's folder); `define` the module, under src/ and in
 * the package (`newsprint/components/card/newsprint-card`), that registers the tag; `part` the
 * part of an article the element shows, `article` for the whole story.
 */
export const NEWSPRINT_ELEMENTS = [
  {
    tag: 'newsprint-article',
    name: 'article',
    define: 'components/article/newsprint-article',
    part: 'article',
  },
  {
    tag: 'newsprint-card',
    name: 'card',
    define: 'components/card/newsprint-card',
    part: 'article',
  },
  {
    tag: 'newsprint-byline',
    name: 'byline',
    define: 'components/byline/newsprint-byline',
    part: 'byline',
  },
  {
    tag: 'newsprint-figure',
    name: 'figure',
    define: 'components/figure/newsprint-figure',
    part: 'image',
  },
  {
    tag: 'newsprint-faq',
    name: 'faq',
    define: 'components/faq/newsprint-faq',
    part: 'faq',
  },
] as const satisfies readonly NewsprintElementEntry[];

export interface NewsprintElementEntry {
  tag: `newsprint-${string}`;
  name: string;
  define: `components/${string}/newsprint-${string}`;
  part: 'article' | 'byline' | 'image' | 'faq';
}

export type NewsprintTag = (typeof NEWSPRINT_ELEMENTS)[number]['tag'];

/** The tags in the registry's order, as a tuple type (`newsprint/ssr`'s `NEWSPRINT_TAGS`). */
export type NewsprintTagList = TagsOf<typeof NEWSPRINT_ELEMENTS>;
type TagsOf<Entries extends readonly NewsprintElementEntry[]> = {
  readonly [Index in keyof Entries]: Entries[Index] extends { tag: infer Tag } ? Tag : never;
};

/**
 * The element class of each tag. (Every tag of `NEWSPRINT_ELEMENTS` must be here: the mapped
 * types below index this interface by `NewsprintTag`.)
 */
export interface NewsprintElements {
  'newsprint-article': NewsprintArticle;
  'newsprint-card': NewsprintCard;
  'newsprint-byline': NewsprintByline;
  'newsprint-figure': NewsprintFigure;
  'newsprint-faq': NewsprintFaq;
}

/**
 * How each element reads its data: the one function the element and the server renderer both
 * call (src/base/reading.ts).
 */
export interface NewsprintReaders {
  'newsprint-article': typeof readArticleElement;
  'newsprint-card': typeof readCard;
  'newsprint-byline': typeof readByline;
  'newsprint-figure': typeof readFigure;
  'newsprint-faq': typeof readFaq;
}

/** Properties of every element (`NewsprintElement`). */
const common = [
  'article',
  'src',
  'theme',
  'timeout',
  'maxBytes',
  'referrerPolicy',
  'strings',
] as const;

/** The public (non-state) reactive properties of each element, by tag. */
export const newsprintProperties = {
  'newsprint-article': [...common, 'headingLevel', 'structuredData'],
  'newsprint-card': [...common, 'layout', 'headingLevel', 'imageSizes'],
  'newsprint-byline': [...common, 'compact'],
  'newsprint-figure': [...common, 'eager'],
  'newsprint-faq': [...common, 'multiple', 'headingLevel'],
} as const satisfies {
  [Tag in NewsprintTag]: readonly (keyof NewsprintElements[Tag])[];
};

/** The properties a template may set on `<Tag>`, typed as the class declares them. */
export type NewsprintProperties<Tag extends NewsprintTag> = Partial<
  Pick<
    NewsprintElements[Tag],
    (typeof newsprintProperties)[Tag][number] & keyof NewsprintElements[Tag]
  >
>;

interface DataEvents<Loaded extends NewsprintLoadedData> {
  'newsprint-load': NewsprintLoadEvent<Loaded>;
  'newsprint-error': NewsprintErrorEvent;
}

/** The events each element fires (all bubble and are composed). */
export interface NewsprintEvents {
  'newsprint-article': DataEvents<NormalizedArticle> & {
    'newsprint-navigate': NewsprintNavigateEvent;
    'newsprint-toggle': NewsprintToggleEvent;
  };
  'newsprint-card': DataEvents<NormalizedArticle> & {
    'newsprint-navigate': NewsprintNavigateEvent;
  };
  'newsprint-byline': DataEvents<NormalizedArticle | NormalizedByline>;
  'newsprint-figure': DataEvents<NormalizedArticle | FigureImage>;
  'newsprint-faq': DataEvents<NormalizedArticle | NormalizedFaq> & {
    'newsprint-toggle': NewsprintToggleEvent;
  };
}
