import { defineOnce } from '../../base/define.js';
import { NewsprintCard } from './card.js';

export { NewsprintCard };
export type { CardLayout } from './card.js';

defineOnce('newsprint-card', NewsprintCard);

declare global {
  interface HTMLElementTagNameMap {
    'newsprint-card': NewsprintCard;
  }
}
