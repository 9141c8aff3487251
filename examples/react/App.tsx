import { useState } from 'react';
import type { Article, NewsprintNavigateEvent, NewsprintToggleEvent } from 'newsprint';
// The JSX types of the five tags (types only: nothing is imported at run time).
import type {} from 'newsprint/react';
import { isStoryUrl } from '../data.js';

export interface AppProps {
  stories: Article[];
}

/**
 * A list of story cards; a card opens its story inside the app (no page load), and the FAQ's
 * open/close activity is logged. `article` is a property: React 19 sets it as one because the
 * element, registered before the first render, has an `article` property.
 */
export function App({ stories }: AppProps) {
  const [openUrl, setOpenUrl] = useState<string>();
  const [activity, setActivity] = useState<string[]>([]);
  const story = openUrl ? stories.find((item) => isStoryUrl(item, openUrl)) : undefined;

  const onNavigate = (event: NewsprintNavigateEvent) => {
    // One of our stories: route in the app. Any other link: let the browser follow it.
    if (!stories.some((item) => isStoryUrl(item, event.detail.url))) return;
    event.preventDefault();
    setOpenUrl(event.detail.url);
  };

  const onToggle = (event: NewsprintToggleEvent) => {
    const { id, index, open } = event.detail;
    setActivity((lines) => [
      ...lines,
      `${open ? 'Opened' : 'Closed'} question ${index + 1} (${id})`,
    ]);
  };

  if (story) {
    return (
      <main>
        <button type="button" onClick={() => setOpenUrl(undefined)}>
          ← All stories
        </button>
        <newsprint-article
          article={story}
          heading-level="1"
          onnewsprint-navigate={onNavigate}
          onnewsprint-toggle={onToggle}
        />
        <h2>FAQ activity</h2>
        <ol aria-label="FAQ activity">
          {activity.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      </main>
    );
  }

  return (
    <main>
      <h1>Newsprint in React</h1>
      <h2>Latest news</h2>
      <ul className="stories">
        {stories.map((item) => (
          <li key={item.url ?? item.headline}>
            <newsprint-card article={item} layout="horizontal" onnewsprint-navigate={onNavigate} />
          </li>
        ))}
      </ul>
    </main>
  );
}
