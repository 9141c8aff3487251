// The palette without `theme` follows host stylesheets that arrive after the element connected:
// an async <link rel=stylesheet> and a <style> added later. Numbers: the headline's contrast on
// the page's real background.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsprintArticle } from '../components/article/article.js';
import '../components/article/newsprint-article.js';
import { contrast } from './page-palette.js';

type Rgb = [number, number, number];
const rgb = (value: string): Rgb =>
  value
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as Rgb;

async function mount(wrapper: HTMLElement): Promise<NewsprintArticle> {
  const el = document.createElement('newsprint-article') as NewsprintArticle;
  el.article = { headline: 'A headline on a page that turns dark' };
  const loaded = oneEvent(el, 'newsprint-load');
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** Headline against the wrapper's background (#121212 once the sheet is in, else white). */
function headlineContrast(el: NewsprintArticle, page: HTMLElement): number {
  const headline = el.shadowRoot!.querySelector('.headline')!;
  const background = getComputedStyle(page).backgroundColor;
  // Transparent: the test page's white shows through.
  const behind: Rgb = background === 'rgba(0, 0, 0, 0)' ? [255, 255, 255] : rgb(background);
  return contrast(rgb(getComputedStyle(headline).color), behind);
}

describe('page palette and late host stylesheets', () => {
  const added: Element[] = [];
  afterEach(() => added.splice(0).forEach((node) => node.remove()));

  it('reads again when an async <link rel=stylesheet> loads after the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="late-dark"></div>`);
    const el = await mount(wrapper);
    // Before the sheet: a light page, the default palette.
    const before = getComputedStyle(el.shadowRoot!.querySelector('.headline')!).color;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/api/late-dark.css?delay=300';
    added.push(link);
    const loaded = oneEvent(link, 'load');
    document.head.append(link);
    await loaded;
    expect(getComputedStyle(wrapper).backgroundColor).to.equal('rgb(18, 18, 18)');
    await waitUntil(() => headlineContrast(el, wrapper) >= 4.5, 'dark palette after load', {
      timeout: 2000,
    });
    expect(getComputedStyle(el.shadowRoot!.querySelector('.headline')!).color).not.to.equal(before);
    expect(headlineContrast(el, wrapper)).to.be.greaterThan(10);
  });

  it('reads again when a <style> is added to <head>, and when it is taken out', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="late-style"></div>`);
    const el = await mount(wrapper);
    const style = document.createElement('style');
    style.textContent = '.late-style { background: #121212 }';
    added.push(style);
    document.head.append(style);
    await waitUntil(() => headlineContrast(el, wrapper) >= 4.5, 'dark palette', { timeout: 2000 });
    expect(headlineContrast(el, wrapper)).to.be.greaterThan(10);
    style.remove();
    await waitUntil(
      () => el.shadowRoot!.querySelector<HTMLElement>('.base')!.style.length === 0,
      'back to the stylesheet palette',
      { timeout: 2000 },
    );
    expect(headlineContrast(el, wrapper)).to.be.greaterThan(10);
  });
});
