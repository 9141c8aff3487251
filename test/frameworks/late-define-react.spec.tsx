// React 19 decides property or attribute when it renders: `prop in element`. An element that is
// not defined yet has no `article` property, so React sets the attribute `article="[object
// Object]"` instead, and the data is lost. Pinned here because the README's advice (register the
// elements before the first render) rests on it. This file defines the elements only midway.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import type { NewsprintCard } from 'newsprint';
import { seedStory } from '../../examples/data.js';
import { App } from '../../examples/react/App.js';
import { shadowText } from './helpers.js';

test('React 19 sets an attribute on a card that is not defined yet, a property once it is', async () => {
  expect(customElements.get('newsprint-card')).toBe(undefined);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(<App stories={[seedStory]} />));
  const card = host.querySelector('newsprint-card') as NewsprintCard;
  expect(card.getAttribute('article')).toBe('[object Object]');

  await import('newsprint/define');
  await card.updateComplete;
  expect(card.article).toBe(undefined);
  expect(shadowText(card, 'h3')).toBe('');

  // The next render with a new object, now that the element is defined, sets the property.
  const again = { ...seedStory };
  flushSync(() => root.render(<App stories={[again]} />));
  await card.updateComplete;
  expect(card.article === again).toBe(true);
  expect(shadowText(card, 'h3')).toBe(seedStory.headline);
  root.unmount();
  host.remove();
});
