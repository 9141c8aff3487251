/*
 * What the framework type entries (`newsprint/react`, `newsprint/vue`) share: each tag's class,
 * the public properties a template may set, and the events it fires. The property types are
 * picked from the element classes, so they cannot drift from them; the names are listed once
 * here, and `test/frameworks/properties.spec.ts` checks the lists against the classes' own
 * reactive properties at run time, so a new property cannot be forgotten either.
 */
import type { NewsprintArticle } from '../components/article/article.js';
import type { NewsprintByline } from '../components/byline/byline.js';
import type { NewsprintCard } from '../components/card/card.js';
import type { NewsprintFaq } from '../components/faq/faq.js';
import type { NewsprintFigure } from '../components/figure/figure.js';
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
} as const satisfies { [Tag in NewsprintTag]: readonly (keyof NewsprintElements[Tag])[] };

/** The element class of each tag. */
export interface NewsprintElements {
  'newsprint-article': NewsprintArticle;
  'newsprint-card': NewsprintCard;
  'newsprint-byline': NewsprintByline;
  'newsprint-figure': NewsprintFigure;
  'newsprint-faq': NewsprintFaq;
}

export type NewsprintTag = keyof NewsprintElements;

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
