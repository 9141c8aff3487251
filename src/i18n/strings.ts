/**
 * UI strings. `{n}`, `{date}`, `{list}` are placeholders. Every element takes a `strings` property
 * with any subset of these keys to override them (for a language we do not ship, or house style).
 */
export interface NewsprintStrings {
  /** Before the author list: "By Ana Pérez and Luis Gómez". */
  by: string;
  /**
   * Three or more authors on one line (cards, compact bylines): `{name}` is the first author,
   * `{n}` how many more.
   */
  andOthers: string;
  /** Before the update date. */
  updated: string;
  /** Reading time; `{n}` is the number of minutes. */
  minRead: string;
  /** Prefix for a credit that does not already say who owns the picture. */
  photo: string;
  /** Announced while data loads. */
  loading: string;
  /**
   * What a reader sees when the story cannot be shown (bad data, a failed or slow `src`). One
   * quiet line: the technical reason goes to the `newsprint-error` event and the console.
   */
  errorTitle: string;
  /** The link beside `errorTitle`, to the story itself, when its address is known. */
  errorLink: string;
  /** Shown in place of an image that failed to load. */
  imageUnavailable: string;
  /** Footer link to the canonical story. */
  readOriginal: string;
  /** Footer: "Published by {publisher}". */
  publishedBy: string;
}

const en: NewsprintStrings = {
  by: 'By',
  andOthers: '{name} and {n} others',
  updated: 'Updated',
  minRead: '{n} min read',
  photo: 'Photo:',
  loading: 'Loading story…',
  errorTitle: 'This story isn’t available right now.',
  errorLink: 'Read it on the publisher’s site',
  imageUnavailable: 'Image unavailable',
  readOriginal: 'Read the original story',
  publishedBy: 'Published by {publisher}',
};

/**
 * The strings by primary language. Only English is in this module: the others we ship are in
 * languages.ts, loaded when an element speaks one of them (`languageLoading`), so a page in
 * English never downloads them (bench/README.md). Code that imports languages.ts has them at once.
 */
const catalog: Record<string, NewsprintStrings> = { en };
/** The languages in languages.ts. */
const SHIPPED = ['es', 'ar'];
let languages: Promise<void> | undefined;
let languagesTried = false;

const primaryOf = (lang: string): string => lang.toLowerCase().split('-')[0] ?? 'en';
/** The catalog's own entry only: `lang="constructor"` must not find Object's function. */
const catalogEntry = (primary: string): NewsprintStrings | undefined =>
  Object.hasOwn(catalog, primary) ? catalog[primary] : undefined;

export function provideLanguages(more: Record<string, NewsprintStrings>): void {
  Object.assign(catalog, more);
}

/**
 * Undefined when the strings for `lang` are here (or it is not one we ship: English, then);
 * else the promise of languages.ts, which elements wait for before they render. Never rejects:
 * if languages.ts cannot be loaded, the element speaks English.
 */
export function languageLoading(lang: string): Promise<void> | undefined {
  const primary = primaryOf(lang);
  if (catalogEntry(primary) || languagesTried || !SHIPPED.includes(primary)) return undefined;
  languages ??= import('./languages.js').then(
    (module) => provideLanguages(module.languages),
    () => undefined,
  );
  return languages.then(() => void (languagesTried = true));
}

/** The strings for a BCP 47 tag: its primary language if we ship it, else English; then overrides. */
export function stringsFor(lang: string, overrides?: Partial<NewsprintStrings>): NewsprintStrings {
  return { ...(catalogEntry(primaryOf(lang)) ?? en), ...overrides };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
