// What `isCustomElement` does in a Vite + @vitejs/plugin-vue app, which compiles templates ahead
// of time with @vue/compiler-dom: with the README's setting, the example's template renders
// `newsprint-*` tags as elements; without it, Vue would look them up as components.
import { compile } from '@vue/compiler-dom';
import { expect, test } from 'vitest';
import { App } from '../../examples/vue/App.js';

const template = App.template as string;
const isCustomElement = (tag: string) => tag.startsWith('newsprint-');

test('with isCustomElement, newsprint tags compile to elements', () => {
  const { code } = compile(template, { mode: 'module', isCustomElement });
  expect(code).not.toContain('resolveComponent');
  expect(code).toContain('"newsprint-card"');
  expect(code).toContain('"newsprint-article"');
  // `@newsprint-navigate` becomes the listener prop Vue attaches for the DOM event of that name.
  expect(code).toContain('onNewsprintNavigate');
});

test('without it, Vue would resolve them as components (and warn)', () => {
  const { code } = compile(template, { mode: 'module' });
  expect(code).toContain('_resolveComponent("newsprint-card")');
});
