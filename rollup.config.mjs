// Two builds (SPEC §7):
// 1. npm: ES2021 modules, one file per source module, `lit`/`dompurify`/`tslib` left as imports,
//    with .d.ts types. Partners bundle it with their own app and share one Lit. Also the Node
//    server renderer (`newsprint/ssr`) and `newsprint/hydrate`. Templates minified as in 2.
// 2. Script tag: `dist/newsprint.js`, one self-contained minified IIFE for a blogger's <script>.
//    TypeScript through esbuild (types are checked by `npm run typecheck` and by build 1), Lit's
//    production build, whitespace out of css`…`/html`…` templates, then terser. `npm run bench`
//    measures it against lit + dompurify alone, built with the same terser options.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transform } from 'esbuild';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** The minifier settings of the script-tag build; `bench/` builds its lit + dompurify floor with them. */
export const terserOptions = {
  ecma: 2021,
  module: false,
  compress: { passes: 2 },
  format: { comments: false },
};

const external = [
  /^lit($|\/)/,
  /^@lit\//,
  /^lit-html($|\/)/,
  /^lit-element($|\/)/,
  /^dompurify$/,
  /^tslib$/,
  // Server rendering and hydration: the app's own copies (peer / dependency).
  /^@lit-labs\//,
  /^jsdom$/,
];

/**
 * TypeScript to ES2021 one file at a time with esbuild (`isolatedModules` is on, decorators as
 * `experimentalDecorators`, class fields as `useDefineForClassFields: false`, all from
 * tsconfig.json). Several times faster than a second TypeScript program for the same output.
 * @returns {import('rollup').Plugin}
 */
function esbuildTypeScript() {
  const tsconfigRaw = readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8');
  return {
    name: 'newsprint-esbuild-ts',
    async resolveId(source, importer) {
      // `./x.js` in TypeScript source names `./x.ts`.
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js'))
        return null;
      const resolved = await this.resolve(`${source.slice(0, -3)}.ts`, importer, {
        skipSelf: true,
      });
      // Our modules have side effects (define files): not the package.json `sideEffects` of dist/.
      return resolved ? { id: resolved.id, moduleSideEffects: true } : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2021',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw,
      });
      return { code: result.code, map: result.map };
    },
  };
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'components/article/newsprint-article': 'src/components/article/newsprint-article.ts',
      'components/card/newsprint-card': 'src/components/card/newsprint-card.ts',
      'components/byline/newsprint-byline': 'src/components/byline/newsprint-byline.ts',
      'components/figure/newsprint-figure': 'src/components/figure/newsprint-figure.ts',
      'components/faq/newsprint-faq': 'src/components/faq/newsprint-faq.ts',
      // Type entries for React and Vue; their JavaScript is empty.
      react: 'src/react.ts',
      vue: 'src/vue.ts',
      hydrate: 'src/hydrate.ts',
      'ssr/index': 'src/ssr/index.ts',
    },
    external,
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist',
        declaration: true,
        declarationDir: 'dist',
        sourceMap: true,
        // The maps carry the TypeScript itself: src/ is not in the package, and DevTools shows
        // the sources only from the map.
        inlineSources: true,
      }),
      // The same templates as the script-tag build: hydration checks that the browser renders
      // the very template strings the server rendered, whichever build either side runs.
      minifyTemplates(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: 'src/newsprint.ts',
    plugins: [
      // The production build of Lit: no dev-mode warnings, smaller.
      nodeResolve({ exportConditions: ['production'], browser: true }),
      esbuildTypeScript(),
      minifyTemplates(),
      terser(terserOptions),
    ],
    output: {
      file: 'dist/newsprint.js',
      format: 'iife',
      sourcemap: true,
      // A second copy on the page stops before Lit starts: Lit would ask Trusted Types for its
      // `lit-html` policy again, and a page with a `trusted-types` allow-list throws on that.
      intro: `if (['article', 'card', 'byline', 'figure', 'faq'].every((tag) => customElements.get('newsprint-' + tag))) {
  console.warn('Newsprint: its elements are already defined, probably by another copy of Newsprint on this page. The first copy stays in use.');
  return;
}`,
    },
  },
];
