// Vue with the elements registered after the app mounts (a lazily loaded `newsprint/define`).
// The template is compiled while the tags are still unknown, so only the README's
// `isCustomElement` keeps Vue from resolving them as components (a Vue warning fails the test,
// see setup.ts). `:article` on an undefined element becomes an attribute, as in React; the
// `.prop` modifier always sets the property, and Lit picks it up when the element upgrades.
import { expect, test } from 'vitest';
import { createApp, defineComponent, nextTick, toRaw } from 'vue';
import type { NewsprintCard } from 'newsprint';
import { seedStory } from '../../examples/data.js';
import { useNewsprint } from '../../examples/vue/App.js';
import { shadowText } from './helpers.js';

test('before the elements are defined, `:article.prop` survives the upgrade and `:article` does not', async () => {
  expect(customElements.get('newsprint-card')).toBe(undefined);
  const host = document.createElement('div');
  document.body.append(host);
  const Cards = defineComponent({
    setup: () => ({ story: seedStory }),
    template: `<newsprint-card class="prop" :article.prop="story"></newsprint-card>
      <newsprint-card class="auto" :article="story"></newsprint-card>`,
  });
  const app = useNewsprint(createApp(Cards));
  app.mount(host);
  await nextTick();
  const withProp = host.querySelector('.prop') as NewsprintCard;
  const automatic = host.querySelector('.auto') as NewsprintCard;
  expect(automatic.getAttribute('article')).toBe('[object Object]');

  await import('newsprint/define');
  await withProp.updateComplete;
  await automatic.updateComplete;
  expect(toRaw(withProp.article) === seedStory).toBe(true);
  expect(shadowText(withProp, 'h3')).toBe(seedStory.headline);
  expect(automatic.article).toBe(undefined);
  expect(shadowText(automatic, 'h3')).toBe('');
  app.unmount();
  host.remove();
});
