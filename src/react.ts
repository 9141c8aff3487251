/*
 * `newsprint/react`: types only. Importing it (`import type {} from 'newsprint/react'`, or any
 * type it exports) teaches React 19's JSX the five tags: their properties, typed from the element
 * classes, and their `newsprint-*` events as `onnewsprint-…` props, which is how React 19 names
 * listeners for custom events on custom elements. No wrapper components: React 19 sets `article`
 * and the other known properties as properties and attaches these listeners itself (see README,
 * "React, Vue and TypeScript").
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  NewsprintElements,
  NewsprintEvents,
  NewsprintProperties,
  NewsprintTag,
} from './frameworks/elements.js';

/** `onnewsprint-navigate` and so on: React 19 listens for the event named after `on`. */
export type NewsprintEventProps<Tag extends NewsprintTag> = {
  [Name in keyof NewsprintEvents[Tag] & string as `on${Name}`]?: (
    event: NewsprintEvents[Tag][Name],
  ) => void;
};

/** Everything `<Tag>` accepts in JSX: HTML attributes, `ref`, its properties and its events. */
export type NewsprintReactProps<Tag extends NewsprintTag> = Omit<
  DetailedHTMLProps<HTMLAttributes<NewsprintElements[Tag]>, NewsprintElements[Tag]>,
  keyof NewsprintProperties<Tag>
> &
  NewsprintProperties<Tag> &
  NewsprintEventProps<Tag>;

export type NewsprintArticleProps = NewsprintReactProps<'newsprint-article'>;
export type NewsprintCardProps = NewsprintReactProps<'newsprint-card'>;
export type NewsprintBylineProps = NewsprintReactProps<'newsprint-byline'>;
export type NewsprintFigureProps = NewsprintReactProps<'newsprint-figure'>;
export type NewsprintFaqProps = NewsprintReactProps<'newsprint-faq'>;

/** The five tags as React's JSX knows them, one entry per tag of the registry. */
type NewsprintIntrinsicElements = {
  [Tag in NewsprintTag]: NewsprintReactProps<Tag>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX lives in a namespace
  namespace JSX {
    // An interface, not a type: React's JSX merges its declarations.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends NewsprintIntrinsicElements {}
  }
}
