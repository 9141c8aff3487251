// Type test for `newsprint/vue`: what Volar / vue-tsc read for `<newsprint-card …>` in a template,
// the `$props` and `$emit` of the tag's entry in Vue's `GlobalComponents`. Compiled like
// react-types.tsx; each `@ts-expect-error` must stay an error.
import type { GlobalComponents } from 'vue';
import {
  NewsprintNavigateEvent,
  NewsprintToggleEvent,
  type Article,
  type NewsprintCard,
} from 'newsprint';
import type {} from 'newsprint/vue';

type Instance<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>;
type Props<Tag extends keyof GlobalComponents> = Instance<Tag>['$props'];

declare const article: Article;

export const card: Props<'newsprint-card'> = {
  article,
  layout: 'compact',
  headingLevel: 2,
  theme: 'auto',
  class: 'story',
  key: article.headline,
};
export const faq: Props<'newsprint-faq'> = { article: article.faq, multiple: true };
export const figure: Props<'newsprint-figure'> = { article: article.image, eager: true };
// @ts-expect-error: not a layout
export const badLayout: Props<'newsprint-card'> = { layout: 'diagonal' };
// @ts-expect-error: a number, not a string
export const badLevel: Props<'newsprint-article'> = { headingLevel: '2' };
// @ts-expect-error: the figure has no `layout`
export const badProp: Props<'newsprint-figure'> = { layout: 'compact' };

// A template ref on the tag is the element itself.
export const element: NewsprintCard = {} as Instance<'newsprint-card'>;

declare const emitFromCard: Instance<'newsprint-card'>['$emit'];
declare const emitFromArticle: Instance<'newsprint-article'>['$emit'];
const navigate = new NewsprintNavigateEvent({ url: '/stories/cuba-medics' });
const toggle = new NewsprintToggleEvent({ id: 'why', index: 0, open: true });
emitFromCard('newsprint-navigate', navigate);
emitFromArticle('newsprint-toggle', toggle);
// @ts-expect-error: a card fires no newsprint-toggle
emitFromCard('newsprint-toggle', toggle);
// @ts-expect-error: newsprint-navigate carries a NewsprintNavigateEvent
emitFromArticle('newsprint-navigate', toggle);
