// Two builds (SPEC §7):
// 1. npm: ES2021 modules, one file per source module, `lit`/`dompurify`/`tslib` left as imports,
//    with .d.ts types. Partners bundle it with their own app and share one Lit.
// 2. Script tag: `dist/newsprint.js`, one self-contained minified IIFE for a blogger's <script>.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const external = [
  /^lit($|\/)/,
  /^@lit\//,
  /^lit-html($|\/)/,
  /^lit-element($|\/)/,
  /^dompurify$/,
  /^tslib$/,
];

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
    },
    external,
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist',
        declaration: true,
        declarationDir: 'dist',
        sourceMap: true,
      }),
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
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist',
        declaration: false,
        declarationMap: false,
        sourceMap: true,
      }),
      terser({
        ecma: 2021,
        module: false,
        compress: { passes: 2 },
        format: { comments: false },
      }),
    ],
    output: {
      file: 'dist/newsprint.js',
      format: 'iife',
      sourcemap: true,
    },
  },
];
