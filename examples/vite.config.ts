// Serves the examples (`npm run examples`: http://localhost:5173/react/ and /vue/). In an app of
// your own, `newsprint` comes from node_modules and these aliases are not needed; here the
// examples run against the sources. vitest.frameworks.config.ts tests the same apps with it.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Alias } from 'vite';

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

export const exampleAliases: Alias[] = [
  { find: /^newsprint$/, replacement: src('index.ts') },
  { find: /^newsprint\/define$/, replacement: src('define.ts') },
  { find: /^newsprint\/(react|vue)$/, replacement: src('$1.ts') },
  // Vue's build with the template compiler: the Vue example compiles its template in the browser.
  // With a Vite + @vitejs/plugin-vue app, keep the default build and set isCustomElement in the
  // plugin's options instead (README).
  { find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' },
];

export const exampleOptimizeDeps = {
  // React is CommonJS: pre-bundle it. Lit is ES modules: leave it out, so every `lit/…` import
  // resolves to the same files and the page has one Lit, not a pre-bundled copy beside another.
  include: ['react', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client', 'vue'],
  exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'dompurify'],
};

export const exampleDefine = {
  __VUE_OPTIONS_API__: 'true',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: exampleAliases },
  optimizeDeps: exampleOptimizeDeps,
  define: exampleDefine,
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
