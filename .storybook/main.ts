import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every `lit` entry point the sources import (`lit`, `lit/decorators.js`, the directives…).
 * Vite must pre-bundle all of them together: a directive left out is served from
 * `node_modules` as is and pulls in a second copy of lit-html, and then two copies of Lit
 * render into the same page (directives from one are not recognized by the other).
 * Read from `src/` so a directive an element starts using is picked up without editing this.
 */
function litEntryPoints(): string[] {
  const found = new Set([
    'lit',
    'lit/decorators.js',
    'lit/directive.js',
    'lit/directive-helpers.js',
  ]);
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(
          /from\s+['"]((?:lit|lit-html|@lit\/[\w-]+)(?:\/[\w./-]+)?)['"]/g,
        )) {
          found.add(match[1]!);
        }
      }
    }
  };
  walk(join(root, 'src'));
  return [...found].sort();
}

/**
 * package.json's `sideEffects` lists the built define files (`dist/components/<name>/newsprint-<name>.js`),
 * which is right for the published package. The stories import the sources, which that list does
 * not name, so a production build (`storybook build`) would tree-shake `import
 * '../src/components/card/newsprint-card.js'` away and no element would be defined. This marks the
 * source define files, and this folder's own modules (the story frame), as having side effects.
 */
const keepRegistrations = {
  name: 'newsprint:keep-element-registrations',
  transform(code: string, id: string) {
    const path = id.split('?')[0]!.replaceAll('\\', '/');
    const registers =
      /\/src\/(define|newsprint)\.ts$/.test(path) ||
      /\/src\/components\/[^/]+\/newsprint-[^/]+\.ts$/.test(path) ||
      path.includes('/.storybook/');
    return registers ? { code, map: null, moduleSideEffects: true } : null;
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The fixtures the tests use, as a reader's browser would fetch them: `src="fixtures/cuba-medics.json"`
  // loads the seed, and its relative `assets/…` image resolves against it to `fixtures/assets/…`.
  // The embed builder (`npm run build` writes dist/builder/; `npm start` builds first) at
  // /builder/, linked from the Introduction. Left out when absent, so that the story tests run
  // without a build.
  staticDirs: [
    { from: '../test/fixtures', to: '/fixtures' },
    ...(existsSync(join(root, 'dist/builder/index.html'))
      ? [{ from: '../dist/builder', to: '/builder' }]
      : []),
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      optimizeDeps: { include: [...litEntryPoints(), 'dompurify'] },
      plugins: [keepRegistrations],
    });
  },
};

export default config;
