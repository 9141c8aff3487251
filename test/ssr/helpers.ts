/**
 * Shared by the server-rendering tests (`npm run test:ssr`, Node + vitest). They test what ships:
 * `dist/ssr/index.js` and `dist/newsprint.js`, so run `npm run build` first (`npm test` does).
 * Types come from the source; the module is loaded from dist/ by a path tsc does not follow.
 */
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

export const root = new URL('../../', import.meta.url);
const distSsr = new URL('dist/ssr/index.js', root);
if (!existsSync(distSsr) || !existsSync(new URL('dist/newsprint.js', root))) {
  throw new Error('The server-rendering tests run against dist/: run `npm run build` first.');
}

export const ssr = (await import(distSsr.href)) as typeof import('../../src/ssr/index.js');

export const seed = JSON.parse(
  readFileSync(new URL('test/fixtures/cuba-medics.json', root), 'utf8'),
) as Record<string, unknown> & { headline: string };

/**
 * Parses server output. jsdom keeps `<template shadowrootmode>` as a template (it does not attach
 * declarative shadow roots), so `shadow(el)` reads the template's content instead.
 */
const { DOMParser } = new JSDOM('').window;
export function parse(htmlText: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${htmlText}`, 'text/html');
}

/** The declarative shadow root of a server-rendered element: its `<template shadowrootmode>`. */
export function shadow(element: Element | null | undefined): DocumentFragment {
  const template = element?.querySelector(':scope > template[shadowrootmode="open"]') as
    HTMLTemplateElement | null | undefined;
  if (!template) throw new Error(`<${element?.localName}> has no declarative shadow root`);
  return template.content;
}

/** Text with whitespace collapsed. */
export const text = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
