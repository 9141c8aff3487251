import type { Plugin } from 'rollup';

/** Minifies the text of a css`…` template; the CSSOM of the sheet stays the same. */
export function minifyCss(text: string): string;
/** Minifies the static parts of an html`…` template (the raw texts between its expressions). */
export function minifyHtml(parts: string[]): string[];
/** The rollup plugin of the script-tag build. */
export function minifyTemplates(): Plugin;
