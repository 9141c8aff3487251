// The framework type entries list each element's public properties once
// (src/frameworks/elements.ts); they must be exactly the classes' non-state reactive properties,
// or a property added to an element would be missing from the React and Vue types.
import 'newsprint/define';
import { expect, test } from 'vitest';
import { newsprintProperties } from '../../src/frameworks/elements.js';

type LitClass = CustomElementConstructor & {
  elementProperties: Map<PropertyKey, { state?: boolean }>;
};

test.each(Object.entries(newsprintProperties))(
  '%s: typed properties = class properties',
  (tag, typed) => {
    const element = customElements.get(tag) as LitClass;
    const declared = [...element.elementProperties]
      .filter(([, options]) => !options.state)
      .map(([name]) => String(name));
    expect([...typed].sort()).toEqual(declared.sort());
  },
);

test('the examples share one copy of Lit with the elements', () => {
  const versions = (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions;
  expect(versions).toHaveLength(1);
});
