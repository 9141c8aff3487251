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

/** The five tags as Vue's template type checker knows them, one entry per tag of the registry. */
type NewsprintGlobalComponents = {
  [Tag in NewsprintTag]: NewsprintVueElement<Tag>;
};

declare module 'vue' {
  // An interface, not a type: Vue merges its declarations.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends NewsprintGlobalComponents {}
}
