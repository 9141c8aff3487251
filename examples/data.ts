/// <reference types="vite/client" />
// The examples' data: the seed story. Its image path is relative to the JSON file; given as a
// property it would resolve against the page, so it is made absolute here (Vite serves the file).
import type { Article } from 'newsprint';
import seed from '../test/fixtures/cuba-medics.json';

const image = new URL('../test/fixtures/assets/cuba-medics-flight.jpg', import.meta.url).href;

export const seedStory: Article = { ...seed, image: { ...seed.image, src: image } };

/** True when `href` (an absolute URL, as `newsprint-navigate` reports it) is the story's page. */
export function isStoryUrl(story: Article, href: string): boolean {
  return !!story.url && new URL(story.url, document.baseURI).href === href;
}
