import { defineOnce } from '../../base/define.js';
import { NewsprintFaq } from './faq.js';

defineOnce('newsprint-faq', NewsprintFaq);

declare global {
  interface HTMLElementTagNameMap {
    'newsprint-faq': NewsprintFaq;
  }
}
