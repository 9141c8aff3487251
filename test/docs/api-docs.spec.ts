// The Storybook docs pages as an API reference (`.storybook/api-docs.ts`), in Node: what the API
// table shows, "Show code" without the Storybook server's address, and each page's opening lines,
// whose import lines `test/package/imports.spec.ts` then builds against the packed package.
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_ORIGIN,
  LANG_DESCRIPTION,
  TAKES,
  enhanceArgTypes,
  usage,
  withoutLocalOrigin,
  type ArgTypeLike,
} from '../../.storybook/api-docs.js';
import { NEWSPRINT_ELEMENTS } from '../../src/frameworks/elements.js';

const row = (category: string, type?: string, defaultValue?: string): ArgTypeLike => ({
  table: {
    category,
    ...(type ? { type: { summary: type } } : {}),
    ...(defaultValue ? { defaultValue: { summary: defaultValue } } : {}),
  },
});

describe('the API table', () => {
  it('gives events, parts, custom properties and slots no control', () => {
    const argTypes = enhanceArgTypes({
      'newsprint-load': row('events'),
      base: row('css shadow parts'),
      '--newsprint-radius': row('css custom properties'),
      default: row('slots'),
      layout: { ...row('attributes', 'CardLayout'), control: 'inline-radio' },
    });
    expect(argTypes['newsprint-load']!.control).toBe(false);
    expect(argTypes.base!.control).toBe(false);
    expect(argTypes['--newsprint-radius']!.control).toBe(false);
    expect(argTypes.default!.control).toBe(false);
    expect(argTypes.layout!.control).toBe('inline-radio');
  });

  it('gives number and text attributes a number and a text control, not an object editor', () => {
    const argTypes = enhanceArgTypes({
      timeout: row('attributes', 'number'),
      src: row('attributes', 'string | undefined'),
      referrerpolicy: row('attributes', 'ReferrerPolicy'),
      strings: row('properties', 'Partial<NewsprintStrings> | undefined'),
    });
    expect(argTypes.timeout!.control).toEqual({ type: 'number' });
    expect(argTypes.src!.control).toEqual({ type: 'text' });
    expect(argTypes.referrerpolicy!.control).toEqual({ type: 'text' });
    expect(argTypes.strings!.control).toBeUndefined();
  });

  it('describes lang, and leaves a story’s own description alone', () => {
    expect(enhanceArgTypes<Record<string, ArgTypeLike>>({ lang: {} }).lang!.description).toBe(
      LANG_DESCRIPTION,
    );
    expect(enhanceArgTypes({ lang: { description: 'own' } }).lang!.description).toBe('own');
    expect(LANG_DESCRIPTION).toMatch(/BCP 47/);
  });

  it('shows byte sizes with their unit', () => {
    const argTypes = enhanceArgTypes({
      'max-bytes': row('attributes', 'number', '2097152'),
      maxBytes: row('properties', 'number', '65536'),
      timeout: row('attributes', 'number', '10000'),
    });
    expect(argTypes['max-bytes']!.table!.defaultValue!.summary).toBe('2097152 (2 MiB)');
    expect(argTypes.maxBytes!.table!.defaultValue!.summary).toBe('65536 (64 KiB)');
    expect(argTypes.timeout!.table!.defaultValue!.summary).toBe('10000');
  });
});

describe('Show code', () => {
  it('names an example origin instead of the Storybook server', () => {
    const code = `<newsprint-card src="http://localhost:6006/fixtures/cuba-medics.json"></newsprint-card>
<script type="module">
  document.querySelector('newsprint-card').article = { "image": { "src": "http://localhost:6006/fixtures/assets/a.jpg" } };
</script>`;
    const shown = withoutLocalOrigin(code, 'http://localhost:6006');
    expect(shown).not.toContain('localhost');
    expect(shown).toContain(`${EXAMPLE_ORIGIN}/fixtures/cuba-medics.json`);
    expect(shown).toContain(`${EXAMPLE_ORIGIN}/fixtures/assets/a.jpg`);
  });
});

describe('the opening of each docs page', () => {
  for (const { tag } of NEWSPRINT_ELEMENTS) {
    it(`<${tag}>: install, import and script-tag lines, and what article takes`, () => {
      const text = usage(tag, '1.2.3');
      const name = tag.replace('newsprint-', '');
      expect(text).toContain('npm install newsprint');
      expect(text).toContain(`import 'newsprint/components/${name}/newsprint-${name}.js';`);
      expect(text).toContain("import 'newsprint/define';");
      expect(text).toContain(
        '<script src="https://cdn.jsdelivr.net/npm/newsprint@1.2.3/dist/newsprint.js" defer></script>',
      );
      expect(text).toContain(TAKES[tag]);
      expect(text).toContain('(?path=/docs/introduction--docs');
    });
  }
});
