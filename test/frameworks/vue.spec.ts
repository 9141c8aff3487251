// The Vue 3 example app in Chromium, with the documented `isCustomElement` setting (a Vue warning
// fails the test, see setup.ts): `:article` arrives as a property, a real click on a card reaches
// the app as a cancelable `newsprint-navigate`, FAQ clicks and keys as `newsprint-toggle`.
import 'newsprint/define';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import {
  createApp,
  h,
  nextTick,
  shallowRef,
  toRaw,
  type App as VueApp,
  type ShallowRef,
} from 'vue';
import type { Article, NewsprintArticle, NewsprintCard, NewsprintNavigateDetail } from 'newsprint';
import { seedStory } from '../../examples/data.js';
import { App, useNewsprint } from '../../examples/vue/App.js';
import { expectFaqTogglesReachTheApp, record, rendered, shadowText } from './helpers.js';

let host: HTMLElement;
let app: VueApp;
/** The app's state, owned by a parent as a store would be. */
let stories: ShallowRef<Article[]>;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  stories = shallowRef<Article[]>([seedStory]);
  app = useNewsprint(createApp({ render: () => h(App, { stories: stories.value }) }));
  app.mount(host);
});

afterEach(() => {
  app.unmount();
  host.remove();
});

test('the card gets the article object as a property and renders its headline', async () => {
  const card = await rendered<NewsprintCard>(host, 'newsprint-card');
  // Vue passes its reactive proxy of the object; underneath it is the same object.
  expect(toRaw(card.article) === seedStory).toBe(true);
  expect(card.hasAttribute('article')).toBe(false);
  expect(card.layout).toBe('horizontal');
  expect(shadowText(card, 'h3')).toBe(seedStory.headline);
});

test('a click on the card routes in the app through a cancelled newsprint-navigate', async () => {
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
    expect(toRaw(article.article) === seedStory).toBe(true);
    expect(shadowText(article, 'h1')).toBe(seedStory.headline);
    expect(host.querySelector('newsprint-card')).toBe(null);
  } finally {
    navigations.stop();
  }
});

test('FAQ clicks and keys reach the app as newsprint-toggle', async () => {
  await rendered<NewsprintCard>(host, 'newsprint-card');
  await page.getByRole('link', { name: seedStory.headline }).click();
  await rendered<NewsprintArticle>(host, 'newsprint-article');
  await expectFaqTogglesReachTheApp(host, seedStory);
});

test('a new article object in app state re-renders the card', async () => {
  const card = await rendered<NewsprintCard>(host, 'newsprint-card');
  const corrected = { ...seedStory, headline: 'Havana’s doctors come home' };
  stories.value = [corrected];
  await nextTick();
  await card.updateComplete;
  expect(host.querySelector('newsprint-card')).toBe(card); // same element, new data
  expect(toRaw(card.article) === corrected).toBe(true);
  expect(shadowText(card, 'h3')).toBe(corrected.headline);
});
