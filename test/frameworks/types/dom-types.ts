// Type test for plain TypeScript: the define files add the tags to `HTMLElementTagNameMap`, and
// the events module adds the events to `GlobalEventHandlersEventMap`. Compiled like
// react-types.tsx; each `@ts-expect-error` must stay an error.
import 'newsprint/define';

const card = document.createElement('newsprint-card');
card.layout = 'compact';
card.article = { headline: 'Mission Accomplished?', url: '/stories/cuba-medics' };
// @ts-expect-error: not a layout
card.layout = 'diagonal';

card.addEventListener('newsprint-navigate', (event) => {
  event.preventDefault();
  const url: string = event.detail.url;
  return url;
});
// @ts-expect-error: a navigate event has no `open`
card.addEventListener('newsprint-navigate', (event) => event.detail.open);

document.querySelector('newsprint-faq')?.show(0);
document.addEventListener('newsprint-toggle', (event) => {
  const { id, index, open }: { id: string; index: number; open: boolean } = event.detail;
  return [id, index, open];
});
document.querySelector('newsprint-article')?.addEventListener('newsprint-error', (event) => {
  const path: string | undefined = event.detail.path;
  return path;
});
// @ts-expect-error: a figure has no `layout`
document.createElement('newsprint-figure').layout = 'compact';
