// Two builds (docs/ARCHITECTURE.md, "Builds"; the script tag's chunks: docs/decisions/0006):
// 1. npm: ES2021 modules, one file per source module, `lit`/`dompurify`/`tslib` left as imports,
//    with .d.ts types. Partners bundle it with their own app and share one Lit. Also the Node
//    server renderer (`newsprint/ssr`) and `newsprint/hydrate`. Templates minified as in 2.
// 2. Script tag: `dist/newsprint.js`, the one file a blogger's <script> names, and the further
//    files of the same build it loads when the page needs them (`dist/newsprint-chunks/`, each
//    with its Subresource Integrity hash carried in `dist/newsprint.js`; scripts/chunk-loader.js).
//    TypeScript through esbuild (types are checked by `npm run typecheck` and by build 1), Lit's
//    production build, whitespace out of css`…`/html`…` templates, then terser. `npm run bench`
//    measures it against lit + dompurify alone, built with the same terser options.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transform } from 'esbuild';
import { minify } from 'terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { asciiOnly } from './scripts/ascii-only.mjs';

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

/**
 * The element registry (src/frameworks/elements.ts): each element's define module is an entry of
 * the npm build. The registry imports nothing at run time, so it is compiled and loaded alone
 * (an import added to it would fail here: that keeps its JavaScript data only).
 * @returns {Promise<typeof import('./src/frameworks/elements.ts')>}
 */
async function loadElementRegistry() {
  const source = readFileSync(new URL('./src/frameworks/elements.ts', import.meta.url), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const { NEWSPRINT_ELEMENTS } = await loadElementRegistry();

const MANIFEST = 'NEWSPRINT_MANIFEST';

/**
 * Makes the AMD output of the script-tag build loadable by scripts/chunk-loader.js: the main
 * module is wrapped in the loader, each chunk in a function that takes `define` from its own
 * script element. After writing, the main file gets every chunk's sha256 (of the file as written)
 * and its static dependencies, so the loader fetches a chunk and its dependencies at once and the
 * browser checks each against its hash. SHA-256, not the snippet's SHA-384: every browser's
 * Subresource Integrity takes both, and a hash does not compress, so each chunk's hash costs every
 * page 20 bytes more as SHA-384 (bench/README.md).
 * @returns {import('rollup').Plugin}
 */
function scriptChunks() {
  return {
    name: 'newsprint-script-chunks',
    async generateBundle(_options, bundle) {
      const loader = (
        await minify(
          readFileSync(new URL('./scripts/chunk-loader.js', import.meta.url), 'utf8').replaceAll(
            'NEWSPRINT_ELEMENT_NAMES',
            JSON.stringify(NEWSPRINT_ELEMENTS.map(({ name }) => name)),
          ),
          {
            ...terserOptions,
            parse: { bare_returns: true },
            // Its names are local to the wrapper below; only `define` is called by the bundle.
            mangle: { toplevel: true, reserved: ['define'] },
          },
        )
      ).code;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const [before, after] = chunk.isEntry
          ? [`(function(){${loader}\n`, '\n})();']
          : ['(function(define){\n', '\n})(document.currentScript.newsprintDefine);'];
        chunk.code = before + chunk.code + after;
        // The code moved down by the lines of `before`: so do its source-map mappings.
        if (chunk.map)
          chunk.map.mappings = ';'.repeat(before.split('\n').length - 1) + chunk.map.mappings;
      }
    },
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const main = chunks.find((chunk) => chunk.isEntry);
      const manifest = {};
      for (const chunk of chunks) {
        if (chunk === main) continue;
        const bytes = readFileSync(join(options.dir, chunk.fileName));
        const hash = createHash('sha256').update(bytes).digest('base64');
        manifest[chunk.fileName] = [
          `sha256-${hash}`,
          chunk.imports.filter((file) => file !== main.fileName),
        ];
      }
      const mainPath = join(options.dir, main.fileName);
      const code = readFileSync(mainPath, 'utf8');
      if (code.split(MANIFEST).length !== 2)
        throw new Error(`${MANIFEST} must occur once in ${main.fileName}`);
      // On the loader's line, before the main module's code: no source-map mapping moves.
      writeFileSync(mainPath, code.replace(MANIFEST, JSON.stringify(manifest)));
    },
  };
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      // Each element's define file (`newsprint/components/card/newsprint-card` and so on).
      ...Object.fromEntries(NEWSPRINT_ELEMENTS.map(({ define }) => [define, `src/${define}.ts`])),
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
    // What every chunk shares (Lit, the base element) stays in dist/newsprint.js, the file the
    // page loads anyway, instead of a further chunk with a facade in front of it.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      // The production build of Lit: no dev-mode warnings, smaller.
      nodeResolve({ exportConditions: ['production'], browser: true }),
      esbuildTypeScript(),
      minifyTemplates(),
      terser(terserOptions),
      // Pure ASCII, so a page that serves it without a charset cannot garble the text.
      asciiOnly(),
      scriptChunks(),
    ],
    output: {
      dir: 'dist',
      entryFileNames: 'newsprint.js',
      chunkFileNames: 'newsprint-chunks/[name]-[hash].js',
      // Each file is compressed on its own, so every split costs gzip its shared dictionary and
      // the page a request: chunks under 1 KB are merged where that loads no code a page does
      // not run. Not more: Rollup also merges a chunk without side effects into the main file
      // (at 20 KB it put the `src` request code, fetch-json.ts, into every page).
      experimentalMinChunkSize: 1000,
      // One chunk for the full reader (parse.ts and its field reader fields.ts, reading.ts, the
      // parts' registry), the URL policy (urls.ts) and the HTML measure (html-measure.ts): the FAQ
      // and article pages load them all, and each file of its own would cost them its compression
      // and a request. The price: a figure page and a card with unusual data load the HTML
      // measure too, about 1.6 KB (bench/README.md). The error view (error-state.ts) needs the URL
      // policy, so a card page's first error loads this chunk. Only these modules: their
      // dependencies stay where Rollup puts them (the main file), so a module split out of one of
      // them must be named here too, or it becomes a chunk of its own.
      manualChunks: (id) =>
        /[\\/]src[\\/](article[\\/](fields|html-measure|parse|parts|urls)|base[\\/]reading)\.ts$/.test(
          id,
        )
          ? 'reading'
          : undefined,
      onlyExplicitManualChunks: true,
      format: 'amd',
      amd: { forceJsExtensionForImports: true },
      sourcemap: true,
    },
  },
];
