// `newsprint/ssr`, for Node: renders an element with its data to HTML with declarative shadow DOM.
export {
  renderElementToString,
  NEWSPRINT_TAGS,
  type NewsprintTag,
  type RenderElementOptions,
} from './render.js';
export { newsArticleJsonLd, jsonForScript } from '../article/structured-data.js';
