// The npm entry: classes, types and events. It defines nothing: import 'newsprint/define' (all
// elements) or a component's define file to register tags.
export { NewsprintArticle } from './components/article/article.js';
export { NewsprintCard, type CardLayout } from './components/card/card.js';
export { NewsprintByline } from './components/byline/byline.js';
export { NewsprintFigure } from './components/figure/figure.js';
export { NewsprintFaq } from './components/faq/faq.js';
export {
  NewsprintElement,
  type LoadState,
  type NewsprintElementEventMap,
  type Theme,
} from './base/newsprint-element.js';
export { defineOnce } from './base/define.js';
export {
  NewsprintErrorEvent,
  NewsprintLoadEvent,
  NewsprintNavigateEvent,
  NewsprintToggleEvent,
  type NewsprintErrorDetail,
  type NewsprintLoadDetail,
  type NewsprintLoadedData,
  type NewsprintNavigateDetail,
  type NewsprintToggleDetail,
} from './events/events.js';
export { NewsprintDataError } from './article/errors.js';
export { parseArticle, parseBylineInput, parseFaqInput, parseImageInput } from './article/parse.js';
export { TRUSTED_TYPES_POLICY_NAMES } from './article/sanitize.js';
import { htmlMeasure } from './article/html-measure.js';
import { provideHtmlMeasurePart, provideHtmlPart, provideSchemaOrgPart } from './article/parts.js';
import { sanitizeHtml } from './article/sanitize.js';
import { parseLenientJson } from './article/lenient-json.js';
import { fromSchemaOrg } from './article/schema-org.js';

// `parseArticle` and the part parsers from this entry are synchronous: both parts are here. (The
// elements' own define files load them only when data needs them.)
provideHtmlPart({ sanitizeHtml });
provideHtmlMeasurePart(htmlMeasure);
provideSchemaOrgPart({ fromSchemaOrg, parseLenientJson });
export type * from './article/types.js';
export type * from './article/input.js';
export type { NewsprintStrings } from './i18n/strings.js';
