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

const es: NewsprintStrings = {
  by: 'Por',
  andOthers: '{name} y {n} más',
  updated: 'Actualizado',
  minRead: '{n} min de lectura',
  photo: 'Foto:',
  loading: 'Cargando la noticia…',
  errorTitle: 'Esta noticia no está disponible en este momento.',
  errorLink: 'Leerla en el sitio del medio',
  imageUnavailable: 'Imagen no disponible',
  readOriginal: 'Leer la noticia original',
  publishedBy: 'Publicado por {publisher}',
};

const ar: NewsprintStrings = {
  by: 'بقلم',
  andOthers: '{name} و{n} آخرون',
  updated: 'آخر تحديث',
  minRead: 'قراءة في {n} دقيقة',
  photo: 'تصوير:',
  loading: 'جارٍ تحميل القصة…',
  errorTitle: 'هذه القصة غير متاحة الآن.',
  errorLink: 'اقرأها على موقع الناشر',
  imageUnavailable: 'الصورة غير متاحة',
  readOriginal: 'اقرأ القصة الأصلية',
  publishedBy: 'نشرته {publisher}',
};

const catalog: Record<string, NewsprintStrings> = { en, es, ar };

/** The strings for a BCP 47 tag: its primary language if we ship it, else English; then overrides. */
export function stringsFor(lang: string, overrides?: Partial<NewsprintStrings>): NewsprintStrings {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  return { ...(catalog[primary] ?? en), ...overrides };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
