// Every import line of the README and the Storybook pages, in both spellings (`newsprint/define`
// and `newsprint/define.js`), against the packed tarball installed into a fresh app: resolved by
// Node, compiled by TypeScript (`bundler` and `nodenext` resolution) and bundled by Vite.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import {
  documentedImports,
  nodeOnly,
  otherSpelling,
  packOnce,
  root,
  type Packed,
} from './helpers.js';

interface ImportCase {
  statement: string;
  specifier: string;
}

/** Each documented statement, and the same statement with the other spelling of its path. */
function cases(): ImportCase[] {
  const all: ImportCase[] = [];
  for (const { statement, specifier } of documentedImports()) {
    all.push({ statement, specifier });
    const other = otherSpelling(specifier);
    if (other)
      all.push({ statement: statement.replace(`'${specifier}'`, `'${other}'`), specifier: other });
  }
  return all;
}

let packed: Packed;
beforeAll(() => {
  packed = packOnce();
}, 120_000);

describe('the documentation', () => {
  it('shows the imports these tests check', () => {
    const specifiers = documentedImports().map(({ specifier }) => specifier);
    expect(specifiers).toContain('newsprint/define');
    expect(specifiers).toContain('newsprint/components/card/newsprint-card.js');
    expect(specifiers).toContain('newsprint/ssr');
    // From the docs pages' opening lines.
    expect(specifiers).toContain('newsprint/components/figure/newsprint-figure.js');
    expect(specifiers).toContain('newsprint/components/byline/newsprint-byline.js');
  });
});

describe('the installed package', () => {
  /** Node's own resolution (import.meta.resolve) from a module inside the app. */
  function resolveInNode(specifiers: string[]): Record<string, string> {
    const script = join(packed.app, 'resolve.mjs');
    writeFileSync(
      script,
      `const out = {};
for (const specifier of ${JSON.stringify(specifiers)}) {
  try { out[specifier] = import.meta.resolve(specifier); } catch (error) { out[specifier] = 'error: ' + error.code; }
}
console.log(JSON.stringify(out));`,
    );
    return JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as Record<
      string,
      string
    >;
  }

  it('resolves every documented path in Node, with and without .js, to a file it ships', () => {
    const specifiers = [...new Set(cases().map(({ specifier }) => specifier))];
    const resolved = resolveInNode(specifiers);
    const packageRoot = join(packed.app, 'node_modules/newsprint/');
    for (const specifier of specifiers) {
      const url = resolved[specifier]!;
      expect(url, specifier).toMatch(/^file:/);
      const file = fileURLToPath(url);
      expect(file.startsWith(packageRoot), `${specifier} → ${file}`).toBe(true);
      expect(existsSync(file), `${specifier} → ${file}`).toBe(true);
    }
  });

  it('refuses a path it does not ship (the check above can fail)', () => {
    const resolved = resolveInNode([
      'newsprint/components/card/newsprint-cart.js',
      'newsprint/src',
    ]);
    // An exports pattern maps any name; Node reports the missing file only when it loads it.
    expect(
      existsSync(fileURLToPath(resolved['newsprint/components/card/newsprint-cart.js']!)),
    ).toBe(false);
    expect(resolved['newsprint/src']).toBe('error: ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  for (const moduleResolution of ['bundler', 'nodenext'] as const) {
    it(`compiles every import line in TypeScript (moduleResolution ${moduleResolution})`, () => {
      const folder = join(packed.app, `ts-${moduleResolution}`);
      mkdirSync(folder, { recursive: true });
      const files = cases().map(({ statement }, index) => {
        const file = `import-${index}.ts`;
        writeFileSync(join(folder, file), `${statement}\nexport {};\n`);
        return file;
      });
      const module = moduleResolution === 'bundler' ? 'es2022' : 'nodenext';
      writeFileSync(
        join(folder, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'es2022',
            module,
            moduleResolution,
            lib: ['es2022', 'dom', 'dom.iterable'],
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: [],
          },
          files,
        }),
      );
      const tsc = join(root, 'node_modules/typescript/bin/tsc');
      let output = '';
      try {
        execFileSync(process.execPath, [tsc, '-p', folder], { cwd: folder, encoding: 'utf8' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      // The failing statement, not just its file name.
      const failing = output.replace(/import-(\d+)\.ts/g, (_, index: string) => {
        return JSON.stringify(cases()[Number(index)]!.statement);
      });
      expect(failing).toBe('');
    }, 60_000);
  }

  it('bundles every browser import line with Vite', async () => {
    const src = join(packed.app, 'src');
    const browserCases = cases().filter(({ specifier }) => !nodeOnly(specifier));
    // One module per statement: two lines may import the same name.
    const entries = browserCases.map(({ statement }, index) => {
      writeFileSync(join(src, `import-${index}.ts`), `${statement}\nexport {};\n`);
      return `import './import-${index}.ts';`;
    });
    writeFileSync(join(src, 'main.ts'), `${entries.join('\n')}\n`);
    writeFileSync(
      join(packed.app, 'index.html'),
      '<!doctype html><title>Partner app</title><newsprint-card></newsprint-card><script type="module" src="/src/main.ts"></script>\n',
    );
    await build({
      root: packed.app,
      configFile: false,
      logLevel: 'error',
      build: { outDir: join(packed.app, 'dist'), emptyOutDir: true, minify: false },
    });
    const assets = join(packed.app, 'dist/assets');
    const bundle = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
    // The elements and their one copy of Lit and DOMPurify came from the tarball.
    for (const tag of ['newsprint-card', 'newsprint-faq', 'newsprint-article']) {
      expect(bundle).toContain(`"${tag}"`);
    }
    expect(bundle).toContain('DOMPurify');
  }, 120_000);
});
