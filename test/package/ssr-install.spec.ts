// Server rendering installs: the packed tarball with `@lit-labs/ssr` and each jsdom major the
// peer range names, installed into a fresh app as a partner would (`npm install newsprint
// @lit-labs/ssr jsdom@30`), then a card rendered there. jsdom 30 and 31 need Node 22.22.2+
// (their `engines`; on Node 20 their undici fails at import): where this Node is older, the
// render runs on Node 22 from the npm registry (`node-<platform>-<arch>`, a binary in a registry
// package). And the README's `overrides` fix for `@lit-labs/ssr` next to `@types/node` 26.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packOnce, root, type Packed } from './helpers.js';

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>;
};

/** The jsdom majors the peer range names: `^29.1.1 || ^30.0.0` -> [29, 30]. */
const jsdomMajors = packageJson.peerDependencies.jsdom!.split('||').map((part) => {
  const major = /^\s*\^(\d+)\.\d+\.\d+\s*$/.exec(part)?.[1];
  if (!major) throw new Error(`The jsdom peer range part "${part}" is not ^major.minor.patch`);
  return Number(major);
});

/** Whether `version` (`v22.23.5`) is in an `engines.node` range of `^x.y.z` and `>=x.y.z` parts. */
function nodeSatisfies(version: string, range: string): boolean {
  const parse = (text: string) => text.replace(/^v/, '').split('.').map(Number) as number[];
  const compare = (a: number[], b: number[]) =>
    a[0]! - b[0]! || a[1]! - b[1]! || (a[2] ?? 0) - (b[2] ?? 0);
  const have = parse(version);
  return range.split('||').some((part) => {
    const [, operator, wanted] = /^\s*(\^|>=)(\d+\.\d+\.\d+)\s*$/.exec(part) ?? [];
    if (!operator || !wanted) throw new Error(`Cannot read the engines range part "${part}"`);
    const low = parse(wanted);
    return compare(have, low) >= 0 && (operator === '>=' || have[0] === low[0]);
  });
}

let packed: Packed;
let work: string;
beforeAll(() => {
  packed = packOnce();
  work = join(packed.tarball, '..');
}, 120_000);

const npm = (cwd: string, args: string[]) =>
  execFileSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** A fresh app folder with a package.json. */
function app(name: string, extra: Record<string, unknown> = {}): string {
  const folder = join(work, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name, private: true, type: 'module', ...extra }, null, 2),
  );
  return folder;
}

let node22: string | undefined;
/** A Node 22 binary from the npm registry, installed once per run. */
function nodeFromRegistry(): string {
  if (node22) return node22;
  const folder = app('node22');
  const name = `node-${process.platform}-${process.arch}`;
  npm(folder, ['install', `${name}@^22.22.2`]);
  node22 = join(folder, 'node_modules', name, 'bin', 'node');
  return node22;
}

/** Renders a card in `folder` with the first Node that meets jsdom's `engines`. */
function renderCard(folder: string): { html: string; node: string } {
  const jsdom = JSON.parse(
    readFileSync(join(folder, 'node_modules/jsdom/package.json'), 'utf8'),
  ) as { engines: { node: string } };
  const node = nodeSatisfies(process.version, jsdom.engines.node)
    ? process.execPath
    : nodeFromRegistry();
  writeFileSync(
    join(folder, 'render.mjs'),
    `import { renderElementToString } from 'newsprint/ssr';
process.stdout.write(renderElementToString('newsprint-card', {
  article: { headline: 'Mission <Accomplished>?', url: '/stories/cuba-medics' },
  pageUrl: 'https://blog.example/',
}));`,
  );
  const html = execFileSync(node, ['render.mjs'], { cwd: folder, encoding: 'utf8' });
  return { html, node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim() };
}

function expectRenderedCard(html: string) {
  expect(html).toContain('<newsprint-card');
  expect(html).toContain('shadowrootmode="open"');
  expect(html).toContain('Mission &lt;Accomplished&gt;?');
  expect(html).toContain('href="https://blog.example/stories/cuba-medics"');
}

describe('npm install newsprint @lit-labs/ssr jsdom', () => {
  it('names jsdom 29, 30 and 31 in the peer range', () => {
    expect(jsdomMajors).toEqual(expect.arrayContaining([29, 30, 31]));
  });

  it('reads engines ranges the way npm does', () => {
    const jsdom30 = '^22.22.2 || ^24.15.0 || >=26.0.0';
    expect(nodeSatisfies('v20.20.2', jsdom30)).toBe(false);
    expect(nodeSatisfies('v22.22.1', jsdom30)).toBe(false);
    expect(nodeSatisfies('v22.23.5', jsdom30)).toBe(true);
    expect(nodeSatisfies('v23.0.0', jsdom30)).toBe(false);
    expect(nodeSatisfies('v27.1.0', jsdom30)).toBe(true);
  });

  for (const major of [29, 30, 31]) {
    it(`installs beside jsdom ${major} and renders there`, () => {
      const folder = app(`ssr-jsdom-${major}`);
      npm(folder, ['install', packed.tarball, '@lit-labs/ssr', `jsdom@${major}`]);
      const installed = JSON.parse(
        readFileSync(join(folder, 'node_modules/jsdom/package.json'), 'utf8'),
      ) as { version: string };
      expect(installed.version.split('.')[0]).toBe(String(major));
      const { html, node } = renderCard(folder);
      expectRenderedCard(html);
      console.info(`jsdom ${installed.version}: rendered on Node ${node}`);
    }, 120_000);
  }

  it('installs next to @types/node 26 with the overrides the README shows, and not without', () => {
    const without = app('ssr-types-node-26', { devDependencies: { '@types/node': '^26.0.0' } });
    let refused = '';
    try {
      npm(without, ['install', packed.tarball, '@lit-labs/ssr', 'jsdom']);
    } catch (error) {
      refused = String((error as { stderr?: string }).stderr);
    }
    // If @lit-labs/ssr widens its range, this fails: then the README's fix can go.
    expect(refused).toContain('ERESOLVE');

    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const shown = /```json\n(\s*\{\s*"overrides"[\s\S]*?)```/.exec(readme)?.[1];
    expect(shown, 'the README shows the overrides block').toBeDefined();
    const { overrides } = JSON.parse(shown!) as { overrides: unknown };
    const fixed = app('ssr-types-node-26-overrides', {
      devDependencies: { '@types/node': '^26.0.0' },
      overrides,
    });
    npm(fixed, ['install', packed.tarball, '@lit-labs/ssr', 'jsdom']);
    expectRenderedCard(renderCard(fixed).html);
  }, 120_000);
});
