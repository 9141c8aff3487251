/**
 * Every visible piece of text in every element and state reads at WCAG AA (4.5:1) against what
 * is really behind it, on a light, a dark and a mid-grey host page, with no `theme` (the colours
 * follow the page) and with `theme="light"` / `"dark"` (a forced palette on its own panel).
 * The colours are the browser's computed ones; the background is found by walking up the
 * flattened tree (shadow roots, then the host page) and compositing, independently of the code.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { untyped } from '../../test/untyped.js';
import type { NewsprintElement } from '../base/newsprint-element.js';
import '../components/article/newsprint-article.js';
import '../components/card/newsprint-card.js';
import '../components/byline/newsprint-byline.js';
import '../components/figure/newsprint-figure.js';
import '../components/faq/newsprint-faq.js';

type Rgba = [number, number, number, number];
type Any = NewsprintElement<unknown>;

const PAGES = [
  { name: 'light page', background: '#ffffff', color: '#222222' },
  { name: '#121212 blog', background: '#121212', color: '#e3e3e3' },
  { name: 'mid-grey page', background: '#8a8a8a', color: '#000000' },
  { name: 'dark grey page', background: '#5c5c5c', color: '#ffffff' },
];
const THEMES = [undefined, 'light', 'dark'] as const;

const seedUrl = new URL('/test/fixtures/cuba-medics.json', location.href).href;
const assets = new URL('/test/fixtures/assets/', location.href).href;
const missing = new URL('/api/missing.json', location.href).href;
let seed: Record<string, unknown>;

before(async () => {
  seed = (await (await fetch(seedUrl)).json()) as Record<string, unknown>;
  seed.image = { ...(seed.image as object), src: `${assets}cuba-medics-flight.jpg` };
});

function parse(value: string): Rgba {
  let m = /^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)$/.exec(value);
  if (m) return [+m[1]!, +m[2]!, +m[3]!, m[4] === undefined ? 1 : +m[4]];
  m = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (m) return [+m[1]! * 255, +m[2]! * 255, +m[3]! * 255, m[4] === undefined ? 1 : +m[4]];
  throw new Error(`unparsed colour ${value}`);
}

const over = (top: Rgba, under: Rgba): Rgba => [
  top[0] * top[3] + under[0] * (1 - top[3]),
  top[1] * top[3] + under[1] * (1 - top[3]),
  top[2] * top[3] + under[2] * (1 - top[3]),
  1,
];

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) =>
    c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function ratio(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** The colour behind `element`: its own and its ancestors' backgrounds, composited. */
function backdrop(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Node | null = element; node;) {
    if (node instanceof Element) {
      const layer = parse(getComputedStyle(node).backgroundColor);
      if (layer[3] > 0) layers.push(layer);
      if (layer[3] >= 1) break;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return layers.reduceRight<Rgba>((under, top) => over(top, under), [255, 255, 255, 1]);
}

/** Elements in `root`'s shadow trees (nested elements' too) that show text of their own. */
function textElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.children) {
      const ownText = [...child.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
      const box = child.getBoundingClientRect();
      if (
        ownText &&
        box.width > 2 &&
        box.height > 2 &&
        child.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      )
        found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root.shadowRoot!);
  return found;
}

async function until(condition: () => unknown, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function mount(wrapper: HTMLElement, tag: string, setup: (el: Any) => void) {
  const el = document.createElement(tag) as Any;
  setup(el);
  const done = Promise.race([oneEvent(el, 'newsprint-load'), oneEvent(el, 'newsprint-error')]);
  wrapper.append(el);
  await done;
  await el.updateComplete;
  const nested = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => 'updateComplete' in n);
  await Promise.all(nested.map((n) => (n as Any).updateComplete));
  return el;
}

describe('text contrast on real host pages', () => {
  const warn = console.warn;
  beforeEach(() => (console.warn = () => undefined));
  afterEach(() => (console.warn = warn));

  for (const page of PAGES) {
    for (const theme of THEMES) {
      it(`every text is at least 4.5:1 on a ${page.name}, ${theme ? `theme="${theme}"` : 'no theme'}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div
            style="background: ${page.background}; color: ${page.color}; padding: 16px; width: 720px"
          ></div>`,
        );
        const themed = (el: Any) => theme && el.setAttribute('theme', theme);
        // First, in view, so that its lazy picture is requested and fails.
        const brokenPicture = await mount(wrapper, 'newsprint-card', (el) => {
          themed(el);
          el.article = untyped({
            ...seed,
            image: { src: `${assets}no-such-picture.jpg`, alt: 'Gone' },
          });
        });
        await until(() => brokenPicture.shadowRoot!.querySelector('[part="image-unavailable"]'));
        const elements = [
          brokenPicture,
          await mount(wrapper, 'newsprint-article', (el) => {
            themed(el);
            el.article = untyped(seed);
          }),
          await mount(wrapper, 'newsprint-card', (el) => {
            themed(el);
            el.article = untyped(seed);
          }),
          await mount(wrapper, 'newsprint-card', (el) => {
            themed(el);
            el.setAttribute('layout', 'compact');
            el.article = untyped(seed);
          }),
          await mount(wrapper, 'newsprint-byline', (el) => {
            themed(el);
            el.article = untyped(seed);
          }),
          await mount(wrapper, 'newsprint-faq', (el) => {
            themed(el);
            el.setAttribute('multiple', '');
            el.article = untyped(seed);
          }),
          await mount(wrapper, 'newsprint-card', (el) => {
            themed(el);
            el.innerHTML = '<a href="https://news.example/story">Story</a>';
            el.src = missing;
          }),
          await mount(wrapper, 'newsprint-article', (el) => {
            themed(el);
            el.src = missing;
          }),
        ];
        // Open every FAQ answer, so that answers are measured too.
        const faq = elements[5]!;
        for (const button of faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')) {
          button.click();
        }
        await faq.updateComplete;

        const failures: string[] = [];
        let lowest = Infinity;
        let measured = 0;
        for (const el of elements) {
          for (const node of textElements(el)) {
            const background = backdrop(node);
            const ratioValue = ratio(
              over(parse(getComputedStyle(node).color), background),
              background,
            );
            measured++;
            lowest = Math.min(lowest, ratioValue);
            if (ratioValue < 4.5) {
              failures.push(
                `${el.localName} ${node.localName}.${node.className} "${node.textContent!.trim().slice(0, 30)}": ${ratioValue.toFixed(2)}`,
              );
            }
          }
        }
        // Shown in the test output for the record (issue note).
        console.log(
          `${page.name}, theme ${theme ?? 'none'}: ${measured} texts, lowest ${lowest.toFixed(2)}:1`,
        );
        expect(measured).to.be.greaterThan(30);
        expect(failures).to.deep.equal([]);
      });
    }
  }
});
