import { computed, defineComponent, ref, type App as VueApp, type PropType } from 'vue';
import type { Article, NewsprintNavigateEvent, NewsprintToggleEvent } from 'newsprint';
// The template types of the five tags for Volar / vue-tsc (types only).
import type {} from 'newsprint/vue';
import { isStoryUrl } from '../data.js';

/**
 * Tells Vue's template compiler that `newsprint-*` tags are custom elements, not Vue components
 * to resolve. (With Vite and @vitejs/plugin-vue, the same function goes in the plugin's
 * `template.compilerOptions`; see README.)
 */
export function useNewsprint(app: VueApp): VueApp {
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('newsprint-');
  return app;
}

/**
 * A list of story cards; a card opens its story inside the app (no page load), and the FAQ's
 * open/close activity is logged. Vue sets `:article` as a property because the element,
 * registered before the app mounts, has an `article` property.
 */
export const App = defineComponent({
  name: 'NewsprintExample',
  props: {
    stories: { type: Array as PropType<Article[]>, required: true },
  },
  setup(props) {
    const openUrl = ref<string>();
    const activity = ref<string[]>([]);
    const story = computed(() =>
      openUrl.value ? props.stories.find((item) => isStoryUrl(item, openUrl.value!)) : undefined,
    );

    function onNavigate(event: NewsprintNavigateEvent) {
      // One of our stories: route in the app. Any other link: let the browser follow it.
      if (!props.stories.some((item) => isStoryUrl(item, event.detail.url))) return;
      event.preventDefault();
      openUrl.value = event.detail.url;
    }

    function onToggle(event: NewsprintToggleEvent) {
      const { id, index, open } = event.detail;
      activity.value.push(`${open ? 'Opened' : 'Closed'} question ${index + 1} (${id})`);
    }

    return { openUrl, activity, story, onNavigate, onToggle };
  },
  template: `
    <main v-if="story">
      <button type="button" @click="openUrl = undefined">← All stories</button>
      <newsprint-article
        :article="story"
        heading-level="1"
        @newsprint-navigate="onNavigate"
        @newsprint-toggle="onToggle"
      ></newsprint-article>
      <h2>FAQ activity</h2>
      <ol aria-label="FAQ activity">
        <li v-for="(line, index) in activity" :key="index">{{ line }}</li>
      </ol>
    </main>
    <main v-else>
      <h1>Newsprint in Vue</h1>
      <h2>Latest news</h2>
      <ul class="stories">
        <li v-for="item in stories" :key="item.url ?? item.headline">
          <newsprint-card
            :article="item"
            layout="horizontal"
            @newsprint-navigate="onNavigate"
          ></newsprint-card>
        </li>
      </ul>
    </main>
  `,
});
