// The size floor of the script-tag bundle: what it cannot do without — Lit (the element base,
// templates, styles, the two decorators we use, unsafeHTML) and DOMPurify — and nothing of ours.
// `bench/run.mjs` builds it like `dist/newsprint.js`: rollup, Lit's production build, same terser.
export { LitElement, html, css, nothing } from 'lit';
export { property, state } from 'lit/decorators.js';
export { unsafeHTML } from 'lit/directives/unsafe-html.js';
export { default as DOMPurify } from 'dompurify';
