// `import 'newsprint/hydrate'` before anything that loads Lit (first in the app's entry) on pages
// rendered by `newsprint/ssr`: the elements then take over their server-rendered shadow roots
// (hydration) instead of rendering again. Lit calls this hook when it loads, so it must come first.
// The script-tag bundle (`dist/newsprint.js`) includes it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
