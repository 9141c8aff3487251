import { defineOnce } from '../../base/define.js';
import { NewsprintByline } from './byline.js';

export { NewsprintByline };

defineOnce('newsprint-byline', NewsprintByline);

declare global {
  interface HTMLElementTagNameMap {
    'newsprint-byline': NewsprintByline;
  }
}
