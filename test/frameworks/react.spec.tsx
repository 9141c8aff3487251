// The React 19 example app in Chromium: `article` arrives as a property, a real click on a card
// reaches the app as a cancelable `newsprint-navigate`, FAQ clicks and keys as `newsprint-toggle`.
import 'newsprint/define';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type {
  Article,
  NewsprintArticle,
  NewsprintCard,
  NewsprintNavigateDetail,
  NewsprintToggleDetail,
} from 'newsprint';
import { seedStory } from '../../examples/data.js';
import { App } from '../../examples/react/App.js';
import { activity, record, rendered, shadowText } from './helpers.js';

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
  render([seedStory]);
  const card = await rendered<NewsprintCard>(host, 'newsprint-card');
  const corrected = { ...seedStory, headline: 'Havana’s doctors come home' };
  render([corrected]);
  await card.updateComplete;
  expect(host.querySelector('newsprint-card')).toBe(card); // same element, new data
  expect(card.article === corrected).toBe(true);
  expect(shadowText(card, 'h3')).toBe(corrected.headline);
});
