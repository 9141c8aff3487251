// What `npm publish` would upload: the packed file list (the built modules, types, maps, the
// script-tag bundle, schema, manifest and docs; no tests, no embed builder, no sources), source
// maps that carry their TypeScript, the publish fields, and a clean `npm publish --dry-run`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packOnce, root, type Packed } from './helpers.js';

interface PackageJson {
  exports: Record<string, string | Record<string, string>>;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
}
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

let packed: Packed;
beforeAll(() => {
  packed = packOnce();
}, 120_000);

describe('the packed file list', () => {
  it('holds the modules, types, bundle, schema, manifest and docs', () => {
    for (const file of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'newsprint.css',
      'custom-elements.json',
      'schema/article.schema.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/newsprint.js',
      'dist/newsprint.js.map',
      'dist/ssr/index.js',
      'dist/components/card/newsprint-card.js',
      'dist/components/card/newsprint-card.d.ts',
    ]) {
      expect(packed.files, file).toContain(file);
    }
  });

  it('holds no tests, no embed builder, no sources and nothing from development', () => {
    const unwanted = packed.files.filter(
      (file) =>
        /\.(test|spec|stories)\.|(^|\/)__/.test(file) ||
        /^(src|test|stories|builder|bench|scripts|examples|\.storybook|\.ci|node_modules)\//.test(
          file,
        ) ||
        file.startsWith('dist/builder/') ||
        /(^|\/)(tsconfig.*\.json|rollup\.config\.mjs|vitest\..*|web-test-runner\..*|eslint\..*)$/.test(
          file,
        ),
    );
    expect(unwanted).toEqual([]);
  });

  it('holds every file the exports map points to', () => {
    const targets = Object.entries(packageJson.exports).flatMap(([key, target]) =>
      (typeof target === 'string' ? [target] : Object.values(target)).map((path) => ({
        key,
        path: path.replace(/^\.\//, ''),
      })),
    );
    for (const { key, path } of targets) {
      if (path.includes('*')) {
        // A pattern: at least one shipped file matches it.
        const [before, after] = path.split('*') as [string, string];
        const matches = packed.files.filter(
          (file) => file.startsWith(before) && file.endsWith(after),
        );
        expect(matches.length, `${key} -> ${path}`).toBeGreaterThan(0);
      } else {
        expect(packed.files, `${key} -> ${path}`).toContain(path);
      }
    }
  });
});

describe('source maps', () => {
  it('carry the TypeScript of every source they name (DevTools shows it; src/ is not shipped)', () => {
    const maps = packed.files.filter((file) => file.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(20);
    const installed = join(packed.app, 'node_modules/newsprint');
    let checked = 0;
    for (const file of maps) {
      const map = JSON.parse(readFileSync(join(installed, file), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      expect(map.sourcesContent?.length, file).toBe(map.sources.length);
      map.sources.forEach((source, index) => {
        const content = map.sourcesContent![index];
        expect(typeof content, `${file}: ${source}`).toBe('string');
        // Our own sources, as they are in the repository (not a transformed copy).
        const inSrc = /(?:^|\/)(src\/.+\.ts)$/.exec(source)?.[1];
        if (inSrc) {
          expect(content, `${file}: ${source}`).toBe(readFileSync(join(root, inSrc), 'utf8'));
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('ship no declaration maps: they would point into src/, which is not shipped', () => {
    expect(packed.files.filter((file) => file.endsWith('.d.ts.map'))).toEqual([]);
  });
});

describe('publishing', () => {
  it('names the repository, homepage and issue tracker', () => {
    const { repository, homepage, bugs } = packageJson;
    expect(repository.type).toBe('git');
    const repo = /^git\+(https:\/\/[^/]+\/[^/]+\/[^/]+)\.git$/.exec(repository.url)?.[1];
    expect(repo, repository.url).toBeDefined();
    expect(homepage).toBe(`${repo}#readme`);
    expect(bugs.url).toBe(`${repo}/issues`);
  });

  it('npm publish --dry-run: no warning, nothing corrected', () => {
    const result = spawnSync('npm', ['publish', '--dry-run'], { cwd: root, encoding: 'utf8' });
    const warnings = result.stderr
      .split('\n')
      .filter((line) => /^npm (warn|error)/i.test(line))
      // Nobody is logged in on a CI machine: the one warning a dry run without credentials gives.
      .filter((line) => !/requires you to be logged in .*\(dry-run\)/.test(line));
    expect(warnings).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('+ newsprint@');
  }, 60_000);
});
