import { defineOnce } from '../../base/define.js';
import { NewsprintFigure } from './figure.js';

export { NewsprintFigure };

defineOnce('newsprint-figure', NewsprintFigure);

declare global {
  interface HTMLElementTagNameMap {
    'newsprint-figure': NewsprintFigure;
  }
}
