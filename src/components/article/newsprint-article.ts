import { defineOnce } from '../../base/define.js';
import { NewsprintArticle } from './article.js';

defineOnce('newsprint-article', NewsprintArticle);

declare global {
  interface HTMLElementTagNameMap {
    'newsprint-article': NewsprintArticle;
  }
}

export { NewsprintArticle };
