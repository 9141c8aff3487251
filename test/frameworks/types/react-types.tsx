// Type test for `newsprint/react`, compiled by `npm run typecheck` (against src/) and by
// `npm run test:frameworks` (against the built dist/*.d.ts, as an app installing the package
// sees them). Each `@ts-expect-error` must stay an error, or the compile fails.
import { useRef } from 'react';
import type {
  Article,
  NewsprintCard,
  NewsprintNavigateEvent,
  NewsprintToggleDetail,
  NewsprintToggleEvent,
} from 'newsprint';
import type { NewsprintCardProps } from 'newsprint/react';

declare const article: Article;

export function Accepted() {
  const card = useRef<NewsprintCard>(null);
  const props: NewsprintCardProps = { article, layout: 'compact' };
  return (
    <>
      <newsprint-card
        ref={card}
        article={article}
        layout="horizontal"
        headingLevel={2}
        imageSizes="100vw"
        theme="dark"
        className="story"
        lang="es"
        onnewsprint-navigate={(event) => {
          event.preventDefault();
          const url: string = event.detail.url;
          return url;
        }}
        onnewsprint-load={(event) => {
          const headline: string = event.detail.article.headline;
          return headline;
        }}
        onnewsprint-error={(event) => {
          const path: string | undefined = event.detail.path;
          return [event.detail.message, path];
        }}
      />
      <newsprint-card {...props} />
      <newsprint-card src="/stories/cuba-medics.json" timeout={5000} maxBytes={100_000}>
        <a href="/stories/cuba-medics">Read the story</a>
      </newsprint-card>
      <newsprint-article
        article={article}
        strings={{ by: 'Por' }}
        referrerPolicy="no-referrer"
        structuredData
        onnewsprint-toggle={(event) => {
          const detail: NewsprintToggleDetail = event.detail;
          return detail;
        }}
        onnewsprint-navigate={(event: NewsprintNavigateEvent) => event.detail.url}
      />
      <newsprint-faq multiple headingLevel={3} article={article.faq} />
      <newsprint-figure eager article={article.image} />
      <newsprint-byline compact article={{ authors: article.authors }} />
    </>
  );
}

export function Rejected() {
  return (
    <>
      {/* @ts-expect-error: not a layout */}
      <newsprint-card layout="diagonal" />
      {/* @ts-expect-error: `headlin` is not an article field */}
      <newsprint-card article={{ headlin: 'x' }} />
      <newsprint-byline
        onnewsprint-load={(event) => {
          // @ts-expect-error: a byline given just its part has no headline
          return event.detail.article.headline;
        }}
      />
      {/* @ts-expect-error: a number, not a string */}
      <newsprint-card headingLevel="2" />
      {/* @ts-expect-error: not a theme */}
      <newsprint-article theme="sepia" />
      {/* @ts-expect-error: the card has no `multiple` */}
      <newsprint-card multiple />
      {/* @ts-expect-error: not a UI string */}
      <newsprint-article strings={{ byline: 'Por' }} />
      {/* @ts-expect-error: the navigate handler gets a NewsprintNavigateEvent */}
      <newsprint-card onnewsprint-navigate={(event: NewsprintToggleEvent) => event} />
      <newsprint-faq
        onnewsprint-toggle={(event) => {
          // @ts-expect-error: a toggle has no url
          return event.detail.url;
        }}
      />
    </>
  );
}
