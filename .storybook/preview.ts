/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { finishAnimations, settled, storySetupArgTypes } from '../stories/helpers.js';
import packageJson from '../package.json';
import { enhanceArgTypes, usage, withoutLocalOrigin, type ArgTypeLike } from './api-docs.js';
import './frame.js';

/**
 * The Custom Elements Manifest (`npm run analyze` writes it; every script that starts Storybook or
 * Vitest runs that first). Read through `import.meta.glob` so a missing file is a warning here
 * rather than a build error, and so the type checker does not need the generated file.
 */
const manifests = import.meta.glob<Manifest>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = manifests['../custom-elements.json'];

interface ManifestEntry {
  name?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
  [key: string]: unknown;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  members?: ManifestEntry[];
  attributes?: ManifestEntry[];
  events?: ManifestEntry[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
  [key: string]: unknown;
}

/**
 * What the controls and docs tables show, taken from the manifest:
 * - the tag name of each element class (the classes register through `defineOnce()`, which the
 *   analyzer does not recognize as `customElements.define`, so the manifest may lack `tagName`:
 *   it is then derived from the define file `newsprint-<name>.ts` in the class's folder);
 * - public instance fields only (not Lit internals, protected or private members);
 * - a field that has an attribute is listed once, under its attribute name (`heading-level`),
 *   which is what the stories' templates set;
 * - events named `newsprint-*` only.
 */
function forStorybook(input: Manifest): Manifest {
  const copy = structuredClone(input);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const folder = /^src\/components\/([\w-]+)\//.exec(module.path)?.[1];
      if (!declaration.tagName && folder && declaration.superclass?.name === 'NewsprintElement') {
        declaration.tagName = `newsprint-${folder}`;
        declaration.customElement = true;
      }
      if (!declaration.tagName) continue;
      const attributeFields = new Set(
        (declaration.attributes ?? []).map((attribute) => attribute.fieldName).filter(Boolean),
      );
      declaration.members = (declaration.members ?? []).filter(
        (member) =>
          member.kind === 'field' &&
          !member.static &&
          (member.privacy ?? 'public') === 'public' &&
          !attributeFields.has(member.name ?? ''),
      );
      // (`@fires` lines whose text mentions `detail:` also yield nameless or `detail` entries.)
      declaration.events = (declaration.events ?? []).filter(
        (event) => typeof event.name === 'string' && event.name.startsWith('newsprint-'),
      );
    }
  }
  return copy;
}

const storybookManifest = manifest && forStorybook(manifest);

/**
 * The description at the top of an element's docs page: install, import and script-tag lines
 * first, then the class's own description from the manifest. (A story file that sets
 * `parameters.docs.description.component` replaces this: it uses `docsDescription()`.)
 */
function componentDescription(component: unknown): string | undefined {
  const tag = typeof component === 'string' ? component : undefined;
  if (!tag?.startsWith('newsprint-')) return undefined;
  const own = storybookManifest?.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tag)?.description;
  return [usage(tag, packageJson.version), typeof own === 'string' ? own : '']
    .filter(Boolean)
    .join('\n\n');
}

if (storybookManifest) setCustomElementsManifest(storybookManifest);
else console.warn('custom-elements.json is missing: run `npm run analyze` for controls and docs.');

/** Per-story settings read by the hooks below. */
export interface NewsprintParameters {
  /** The story shows an error state on purpose: `newsprint-error` (and its warning) is expected. */
  expectError?: boolean;
  /** The story stays loading on purpose: do not wait for the elements to settle. */
  loading?: boolean;
}

const errorsByCanvas = new WeakMap<HTMLElement, string[]>();

/**
 * "Show code" in the docs: without the story frame, and with the `article` property, which HTML
 * cannot show, set by a script (for stories that render one element from the `article` arg).
 */
function sourceForDocs(code: string, { args }: { args: Record<string, unknown> }): string {
  let source = withoutLocalOrigin(code, location.origin)
    .replace(/^\s*<sb-newsprint-frame[^>]*>/, '')
    .replace(/<\/sb-newsprint-frame>\s*$/, '')
    .trim();
  const tags = source.match(/<newsprint-[a-z]+/g) ?? [];
  if (args.article != null && tags.length === 1) {
    const json = JSON.stringify(args.article, null, 2).replace(/\n/g, '\n  ');
    source += `\n<script type="module">\n  document.querySelector('${tags[0]!.slice(1)}').article = ${withoutLocalOrigin(json, location.origin)};\n</script>`;
  }
  return source;
}

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    backgrounds: { disable: true },
    a11y: {
      // An axe violation fails the story's test (and shows as failed in the Storybook UI).
      test: 'error',
    },
    docs: {
      codePanel: true,
      source: { transform: sourceForDocs },
      extractComponentDescription: componentDescription,
      // The API table on each docs page lists the element's API, not the stories' own setup
      // (which stays in the Controls panel of each story).
      controls: { exclude: Object.keys(storySetupArgTypes) },
    },
    options: {
      storySort: {
        order: ['Introduction', 'Elements', ['Article', 'Card', 'Byline', 'Figure', 'FAQ']],
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Theme of the Newsprint elements (their `theme` attribute) and of the page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'story', title: 'Theme: as the story sets it', icon: 'contrast' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (follows the OS)', icon: 'browser' },
        ],
      },
    },
    locale: {
      description: 'Language of the Newsprint elements (their `lang` attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'story', title: 'Language: as the data says' },
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'ar', title: 'العربية (right to left)', right: 'ar' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'story', locale: 'story' },
  argTypesEnhancers: [
    ({ argTypes }) => enhanceArgTypes(argTypes as Record<string, ArgTypeLike>) as typeof argTypes,
  ],
  decorators: [
    (story, { globals, viewMode }) => {
      const theme = (globals.theme as string | undefined) ?? 'story';
      return html`<sb-newsprint-frame
        theme=${theme}
        page=${theme === 'story' ? 'light' : theme}
        locale=${(globals.locale as string | undefined) ?? 'story'}
        mode=${viewMode === 'docs' ? 'docs' : 'story'}
        >${story()}</sb-newsprint-frame
      >`;
    },
  ],
  beforeEach({ canvasElement }) {
    // Every `newsprint-error` in the story, to fail stories that break by accident.
    const errors: string[] = [];
    errorsByCanvas.set(canvasElement, errors);
    const record = (event: Event) =>
      errors.push(((event as CustomEvent<{ message: string }>).detail ?? {}).message);
    canvasElement.addEventListener('newsprint-error', record);
    return () => canvasElement.removeEventListener('newsprint-error', record);
  },
  async afterEach({ canvasElement, parameters, viewMode }) {
    if (viewMode === 'docs') return;
    const options = (parameters.newsprint ?? {}) as NewsprintParameters;
    // Storybook runs `afterEach` hooks in reverse order of registration and the addons' come
    // first, so this runs before the a11y addon's check: axe sees the loaded, final state.
    if (!options.loading) await settled(canvasElement);
    finishAnimations(canvasElement);
    const errors = errorsByCanvas.get(canvasElement) ?? [];
    if (!options.expectError && errors.length) {
      throw new Error(`Unexpected newsprint-error in this story: ${errors.join(' | ')}`);
    }
  },
};

export default preview;
