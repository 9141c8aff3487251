// The element registry (src/frameworks/elements.ts) against the lists that cannot be computed
// from it: the static imports of src/define.ts, each define file's own `defineOnce` call, the
// custom elements manifest, and what the build made of it. Node; run `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEWSPRINT_ELEMENTS } from '../../src/frameworks/elements.js';
import { root } from './helpers.js';

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const tags = NEWSPRINT_ELEMENTS.map(({ tag }) => tag);

describe('the element registry', () => {
  it('has one entry per tag, each named after its tag and folder', () => {
    expect(new Set(tags).size).toBe(tags.length);
    for (const { tag, name, define } of NEWSPRINT_ELEMENTS) {
      expect(tag).toBe(`newsprint-${name}`);
      expect(define).toBe(`components/${name}/${tag}`);
    }
  });

  it('is what newsprint/define imports, in its order', () => {
    const imports = [...read('src/define.ts').matchAll(/^import '\.\/(.+)\.js';$/gm)].map(
      (match) => match[1],
    );
    expect(imports).toEqual(NEWSPRINT_ELEMENTS.map(({ define }) => define));
  });

  it("names each tag's define file, which registers that tag", () => {
    for (const { tag, define } of NEWSPRINT_ELEMENTS) {
      expect(read(`src/${define}.ts`)).toContain(`defineOnce('${tag}', `);
    }
  });

  it('is what the build made an entry of each, and what newsprint/ssr renders', async () => {
    for (const { define } of NEWSPRINT_ELEMENTS) {
      expect(existsSync(join(root, `dist/${define}.js`)), define).toBe(true);
      expect(existsSync(join(root, `dist/${define}.d.ts`)), define).toBe(true);
    }
    const ssr = (await import(join(root, 'dist/ssr/index.js'))) as { NEWSPRINT_TAGS: unknown };
    expect(ssr.NEWSPRINT_TAGS).toEqual(tags);
  });

  it('lists the custom elements of the manifest', () => {
    const manifest = JSON.parse(read('custom-elements.json')) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const declared = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap(({ tagName }) => (tagName ? [tagName] : [])),
    );
    expect(declared.sort()).toEqual([...tags].sort());
  });
});
