// The Vue 3 example app in Chromium, with the documented `isCustomElement` setting (a Vue warning
// fails the test, see setup.ts): `:article` arrives as a property, a real click on a card reaches
// the app as a cancelable `newsprint-navigate`, FAQ clicks and keys as `newsprint-toggle`.
import 'newsprint/define';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  createApp,
  h,
  nextTick,
  shallowRef,
  toRaw,
  type App as VueApp,
  type ShallowRef,
} from 'vue';
import type {
  Article,
  NewsprintArticle,
  NewsprintCard,
  NewsprintNavigateDetail,
  NewsprintToggleDetail,
} from 'newsprint';
import { seedStory } from '../../examples/data.js';
import { App, useNewsprint } from '../../examples/vue/App.js';
import { activity, record, rendered, shadowText } from './helpers.js';

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
  const toggles = record<NewsprintToggleDetail>('newsprint-toggle');
  const [first, second] = seedStory.faq!.items;
  try {
    const question = page.getByRole('button', { name: first!.question });
    await question.click();
    await vi.waitFor(() => expect(toggles.events).toHaveLength(1));
    await expect.element(question).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Enter}'); // the button has focus from the click
    await vi.waitFor(() => expect(toggles.events).toHaveLength(2));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard(' ');
    await vi.waitFor(() => expect(toggles.events).toHaveLength(3));
    await expect
      .element(page.getByRole('button', { name: second!.question }))
      .toHaveAttribute('aria-expanded', 'true');

    const ids = toggles.events.map((event) => event.detail.id);
    expect(ids[0]).toBeTruthy();
    expect(ids[2]).toBeTruthy();
    expect(ids[2]).not.toBe(ids[0]);
    expect(toggles.events.map((event) => event.detail)).toEqual([
      { id: ids[0], index: 0, open: true },
      { id: ids[0], index: 0, open: false },
      { id: ids[2], index: 1, open: true },
    ]);
    await vi.waitFor(() =>
      expect(activity(host)).toEqual([
        `Opened question 1 (${ids[0]})`,
        `Closed question 1 (${ids[0]})`,
        `Opened question 2 (${ids[2]})`,
      ]),
    );
  } finally {
    toggles.stop();
  }
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
