// The React 19 example app in Chromium: `article` arrives as a property, a real click on a card
// reaches the app as a cancelable `newsprint-navigate`, FAQ clicks and keys as `newsprint-toggle`.
import 'newsprint/define';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import type { Article, NewsprintArticle, NewsprintCard, NewsprintNavigateDetail } from 'newsprint';
import { seedStory } from '../../examples/data.js';
import { App } from '../../examples/react/App.js';
import { expectFaqTogglesReachTheApp, record, rendered, shadowText } from './helpers.js';

let host: HTMLElement;
let root: Root;

const render = (stories: Article[]) => flushSync(() => root.render(<App stories={stories} />));

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  root.unmount();
  host.remove();
});

test('the card gets the article object as a property and renders its headline', async () => {
  render([seedStory]);
  const card = await rendered<NewsprintCard>(host, 'newsprint-card');
  expect(card.article === seedStory).toBe(true);
  expect(card.hasAttribute('article')).toBe(false);
  expect(card.layout).toBe('horizontal');
  expect(shadowText(card, 'h3')).toBe(seedStory.headline);
});

test('a click on the card routes in the app through a cancelled newsprint-navigate', async () => {
  render([seedStory]);
  await rendered<NewsprintCard>(host, 'newsprint-card');
  const navigations = record<NewsprintNavigateDetail>('newsprint-navigate');
  const pageBefore = location.href;
  try {
    await page.getByRole('link', { name: seedStory.headline }).click();
    const article = await rendered<NewsprintArticle>(host, 'newsprint-article');
    expect(navigations.events).toEqual([
      { detail: { url: seedStory.url }, defaultPrevented: true },
    ]);
    expect(location.href).toBe(pageBefore);
    expect(article.article === seedStory).toBe(true);
    expect(shadowText(article, 'h1')).toBe(seedStory.headline);
    expect(host.querySelector('newsprint-card')).toBe(null);
  } finally {
    navigations.stop();
  }
});

test('FAQ clicks and keys reach the app as newsprint-toggle', async () => {
  render([seedStory]);
  await rendered<NewsprintCard>(host, 'newsprint-card');
  await page.getByRole('link', { name: seedStory.headline }).click();
  await rendered<NewsprintArticle>(host, 'newsprint-article');
  await expectFaqTogglesReachTheApp(host, seedStory);
});

test('a new article object in app state re-renders the card', async () => {
  render([seedStory]);
  const card = await rendered<NewsprintCard>(host, 'newsprint-card');
  const corrected = { ...seedStory, headline: 'Havana’s doctors come home' };
  render([corrected]);
  await card.updateComplete;
  expect(host.querySelector('newsprint-card')).toBe(card); // same element, new data
  expect(card.article === corrected).toBe(true);
  expect(shadowText(card, 'h3')).toBe(corrected.headline);
});
