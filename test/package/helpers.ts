/**
 * Shared by the package tests (`npm run test:package`, Node + vitest): they test the tarball a
 * partner installs, not the working tree. `packOnce()` runs `npm pack` once per run and installs
 * the tarball into one fresh app in the system's temp folder, outside this repository, so nothing
 * resolves through our own node_modules. The install prefers npm's cache (`--prefer-offline`):
 * lit, dompurify and tslib are there after `npm ci`, so it needs the network only on a cold cache.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TAKES, usage } from '../../.storybook/api-docs.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Packed {
  /** The app folder: package.json, node_modules/newsprint from the tarball. */
  app: string;
  /** Every path in the tarball, relative to the package root. */
  files: string[];
  tarball: string;
}

let packed: Packed | undefined;

export function packOnce(): Packed {
  if (packed) return packed;
  const work = mkdtempSync(join(tmpdir(), 'newsprint-package-'));
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  const tarball = join(work, report.filename);
  const app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'partner-app', private: true, type: 'module' }, null, 2),
  );
  execFileSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball],
    { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  packed = { app, files: report.files.map((file) => file.path), tarball };
  return packed;
}

/** Files under `folder` (relative to the root) whose names end with `suffix`; none if it is absent. */
function filesUnder(folder: string, suffix: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(suffix)) found.push(relative(root, path));
    }
  };
  walk(join(root, folder));
  return found.sort();
}

/**
 * The documentation a partner reads: the README, every Storybook MDX page (stories/, .storybook/,
 * src/) and the stories files, whose docs descriptions open each element's docs page.
 * Found by name, so a page added later is checked too.
 */
export function documentationFiles(): string[] {
  return [
    'README.md',
    ...['stories', '.storybook', 'src'].flatMap((folder) => filesUnder(folder, '.mdx')),
    ...filesUnder('stories', '.stories.ts'),
  ];
}

/**
 * Every import of the package that the documentation shows, in code blocks or in prose:
 * `import 'newsprint/define'`, `import type { Article } from 'newsprint'`,
 * `await import('newsprint/define')`. Each statement as written.
 */
export function documentedImports(): { statement: string; specifier: string; file: string }[] {
  const found = new Map<string, { statement: string; specifier: string; file: string }>();
  // Single or double quotes; the statement is kept with single quotes.
  const pattern =
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?(['"])(newsprint(?:\/[^'"]*)?)\1|\bimport\((['"])(newsprint(?:\/[^'"]*)?)\3\)/g;
  // The files, and the lines each element's Storybook docs page opens with (made by a function).
  const texts = documentationFiles().map((file) => ({
    file,
    text: readFileSync(join(root, file), 'utf8'),
  }));
  for (const tag of Object.keys(TAKES)) {
    texts.push({ file: `Storybook docs of <${tag}>`, text: usage(tag, '0.0.0') });
  }
  for (const { file, text } of texts) {
    for (const match of text.matchAll(pattern)) {
      const written = match[0].replace(/\s+/g, ' ').replace(/"/g, "'");
      const statement = match[2] ? `${written};` : `await ${written};`;
      const specifier = (match[2] ?? match[4])!;
      if (!found.has(statement)) found.set(statement, { statement, specifier, file });
    }
  }
  return [...found.values()];
}

/**
 * The other spelling of a documented module path: `newsprint/define` ⇄ `newsprint/define.js`.
 * The package root, style sheets and JSON files have one spelling only.
 */
export function otherSpelling(specifier: string): string | undefined {
  if (specifier === 'newsprint' || /\.(css|json)$/.test(specifier)) return undefined;
  return specifier.endsWith('.js') ? specifier.slice(0, -3) : `${specifier}.js`;
}

/** Modules for Node only (the `node` condition): a browser bundle cannot import them. */
export const nodeOnly = (specifier: string): boolean => /^newsprint\/ssr(\.js)?$/.test(specifier);
