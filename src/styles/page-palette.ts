import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { colorTokens, darkPalette, lightPalette, tokenValue, type Palette } from './tokens.js';

/**
 * Readable on any page without `theme`. An element without a `theme` attribute sits on the page's
 * own background; this controller looks at that background (the first opaque one above the
 * element, semi-transparent layers composited, else the page's canvas) and picks the palette
 * whose text reads best on it: the dark one on a #121212 blog. Where a colour of that palette
 * still falls under 4.5:1 on it (a mid-grey page), it is moved towards black or white until it
 * reaches 4.5:1. The result goes into the element's own `.base` as private `--_color-*`
 * properties, through the CSSOM (allowed by a strict `style-src`); `--newsprint-color-*` set by
 * the page still win. Nothing of the page's CSS comes in but a background colour that is read.
 *
 * Looked at again when the element is connected, when `theme` changes, when the reader's colour
 * scheme changes, when `<html>` or `<body>` change `class`, `style` or a theme attribute (a
 * site's own dark-mode switch), and when a host stylesheet arrives or changes after the element
 * looked (an async `<link rel=stylesheet>` loads, a `<style>` is added, edited or removed). A
 * background image is not looked into: its colour is unknown.
 */
export class PagePaletteController implements ReactiveController {
  private stale = true;
  private theme: string | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stale = true;
    watchers.add(this);
    watchPage();
  }

  hostDisconnected(): void {
    watchers.delete(this);
  }

  hostUpdated(): void {
    const theme = this.host.getAttribute('theme');
    if (!this.stale && theme === this.theme) return;
    const base = this.host.shadowRoot?.querySelector<HTMLElement>('.base');
    if (!base) return;
    this.stale = false;
    this.theme = theme;
    apply(base, theme === 'light' || theme === 'dark' || theme === 'auto' ? undefined : this.host);
  }

  /** The page may look different now: look again at the next update. */
  refresh(): void {
    this.stale = true;
    this.host.requestUpdate();
  }
}

const WCAG_AA = 4.5;
/** A little above 4.5:1, so rounding in the browser never takes a derived colour under it. */
const TARGET = 4.6;

function apply(base: HTMLElement, host: HTMLElement | undefined): void {
  const background = host && pageBackground(host);
  // On a page where the default (light) palette reads as it is, nothing is written: the element
  // stays exactly as the stylesheet (and a server-rendered page) has it.
  const palette = background && paletteFor(background);
  if (!palette || palette === lightPalette) {
    for (const name of colorTokens) base.style.removeProperty(`--_color-${name}`);
    base.style.removeProperty('color-scheme');
    return;
  }
  for (const name of colorTokens) {
    base.style.setProperty(`--_color-${name}`, tokenValue(name, palette[name]));
  }
  base.style.setProperty('color-scheme', palette === darkPalette ? 'dark' : 'light');
}

type Rgb = [number, number, number];
type Rgba = [number, number, number, number];

/**
 * The palette for text on `background`: light or dark, whichever text reads better, with every
 * text colour under 4.5:1 moved towards black or white until it reaches it. Exported for tests.
 */
export function paletteFor(background: Rgb): Palette {
  const base =
    contrast(hex(lightPalette.text), background) >= contrast(hex(darkPalette.text), background)
      ? lightPalette
      : darkPalette;
  let palette = base;
  for (const name of ['text', 'muted', 'accent', 'link', 'error'] as const) {
    const color = hex(base[name]);
    if (contrast(color, background) >= WCAG_AA) continue;
    palette = { ...palette, [name]: css(readableOn(color, background)) };
  }
  return palette;
}

/** `color` mixed towards black or white (whichever stands out more) until it reads on `bg`. */
function readableOn(color: Rgb, background: Rgb): Rgb {
  const extreme: Rgb =
    contrast([0, 0, 0], background) >= contrast([255, 255, 255], background)
      ? [0, 0, 0]
      : [255, 255, 255];
  for (let step = 1; step <= 20; step++) {
    const mixed = mix(color, extreme, step / 20);
    if (contrast(mixed, background) >= TARGET) return mixed;
  }
  return extreme;
}

/**
 * The colour behind `host`: the backgrounds of its ancestors (across shadow roots), from the
 * nearest, composited until one is opaque; then the canvas. `undefined` if a colour cannot be read.
 */
export function pageBackground(host: Element): Rgb | undefined {
  const layers: Rgba[] = [];
  let node: Node | null = host.parentNode;
  while (node) {
    if (node instanceof Element) {
      const color = readColor(getComputedStyle(node).backgroundColor);
      if (color === undefined) return undefined;
      if (color[3] > 0) layers.push(color);
      if (color[3] >= 1) break;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  let result: Rgb = layers.at(-1)?.[3] === 1 ? (layers.pop()!.slice(0, 3) as Rgb) : canvas();
  for (const [r, g, b, a] of layers.reverse()) result = mix(result, [r, g, b], a);
  return result;
}

/** The page's canvas: dark where the root asks for a dark colour scheme (and the reader agrees). */
function canvas(): Rgb {
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const dark =
    /\bdark\b/.test(scheme) &&
    (!/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? [18, 18, 18] : [255, 255, 255];
}

let probe: CanvasRenderingContext2D | null | undefined;

/** A computed colour as 0–255 RGB and 0–1 alpha. `rgb()`/`rgba()` directly, others by drawing. */
function readColor(value: string): Rgba | undefined {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (match) return [+match[1]!, +match[2]!, +match[3]!, match[4] === undefined ? 1 : +match[4]];
  // oklch(), lab(), color(display-p3 …): let the browser convert it to sRGB on a 1×1 canvas.
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return undefined;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

function hex(value: string): Rgb {
  const n = parseInt(value.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function css([r, g, b]: Rgb): string {
  return `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)})`;
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => from[i]! + (to[i]! - from[i]!) * amount) as Rgb;
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/* One set of page watchers for every element: a page of 200 cards has one observer, not 200. */
const watchers = new Set<PagePaletteController>();
let watching = false;
let queued = false;

/** Looks again at every element, once for a burst of changes (several stylesheets at once). */
function refreshAll(): void {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    for (const watcher of watchers) watcher.refresh();
  });
}

/** A `<style>` or a stylesheet `<link>`: what can give the page a background after we looked. */
function isStyleSheet(node: Node | EventTarget | null): boolean {
  return (
    node instanceof HTMLStyleElement ||
    (node instanceof HTMLLinkElement && /\bstylesheet\b/i.test(node.rel))
  );
}

function touchesStyles(record: MutationRecord): boolean {
  if (record.type === 'attributes') return isStyleSheet(record.target); // media, disabled…
  if (record.type === 'characterData') return isStyleSheet(record.target.parentNode);
  if (isStyleSheet(record.target)) return true; // text put into a <style>
  for (const node of record.addedNodes) if (isStyleSheet(node)) return true;
  for (const node of record.removedNodes) if (isStyleSheet(node)) return true;
  return false;
}

function watchPage(): void {
  if (watching || typeof MutationObserver === 'undefined') return;
  watching = true;
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', refreshAll);
  const observer = new MutationObserver(refreshAll);
  const options = {
    attributes: true,
    attributeFilter: ['class', 'style', 'theme', 'data-theme', 'data-mode', 'data-color-scheme'],
  };
  observer.observe(document.documentElement, options);
  if (document.body) observer.observe(document.body, options);
  else
    document.addEventListener(
      'DOMContentLoaded',
      () => document.body && observer.observe(document.body, options),
      { once: true },
    );

  // The host's own stylesheets may arrive after the element looked: an async
  // <link rel=stylesheet> (its `load` does not bubble, so it is caught on the way down), or a
  // <style> a theme script adds later. Only style and link changes count, in <head> (deep) and
  // at the top of <body>; the rest of the page's DOM changes are not looked at.
  document.addEventListener('load', (event) => isStyleSheet(event.target) && refreshAll(), true);
  const sheets = new MutationObserver((records) => records.some(touchesStyles) && refreshAll());
  const styleOptions = { childList: true, characterData: true, subtree: true };
  const sheetAttributes = {
    attributes: true,
    attributeFilter: ['media', 'disabled', 'href', 'rel'],
  };
  sheets.observe(document.head ?? document.documentElement, {
    ...styleOptions,
    ...sheetAttributes,
  });
  const watchBody = () => document.body && sheets.observe(document.body, { childList: true });
  if (document.body) watchBody();
  else document.addEventListener('DOMContentLoaded', watchBody, { once: true });
}
