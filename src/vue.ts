/*
 * `newsprint/vue`: types only. Importing it (`import type {} from 'newsprint/vue'`) registers the
 * five tags in Vue's `GlobalComponents`, so Volar / vue-tsc check `<newsprint-card :article="a"
 * layout="compact" @newsprint-navigate="go">` in templates: the properties typed from the element
 * classes and the events with our event classes. It follows the pattern of Vue's guide, "Non-Vue
 * Web Components and TypeScript". Vue still needs `isCustomElement` at run time (see README).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  NewsprintElements,
  NewsprintEvents,
  NewsprintProperties,
  NewsprintTag,
} from './frameworks/elements.js';

/** A custom element as Vue's template type checker reads a component. */
export type NewsprintVueElement<Tag extends NewsprintTag> = new () => NewsprintElements[Tag] & {
  /** @deprecated Template types only: not a property of the element. */
  $props: HTMLAttributes & NewsprintProperties<Tag> & PublicProps;
  /** @deprecated Template types only: not a method of the element. */
  $emit: EmitFn<{
    [Name in keyof NewsprintEvents[Tag]]: (event: NewsprintEvents[Tag][Name]) => void;
  }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'newsprint-article': NewsprintVueElement<'newsprint-article'>;
    'newsprint-card': NewsprintVueElement<'newsprint-card'>;
    'newsprint-byline': NewsprintVueElement<'newsprint-byline'>;
    'newsprint-figure': NewsprintVueElement<'newsprint-figure'>;
    'newsprint-faq': NewsprintVueElement<'newsprint-faq'>;
  }
}
