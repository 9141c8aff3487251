// The start of `dist/newsprint.js` (rollup.config.mjs wraps the bundle's main module in it): a
// loader for the further files of the same build (`dist/newsprint-chunks/`), which the main module
// asks for when the page needs them (an element's code when its tag is on the page, the sanitizer
// when data holds HTML, the schema.org mapping for JSON-LD, Lit's hydration support for a
// server-rendered element).
//
// Why `<script integrity>` chunks and not `import()`: Subresource Integrity must cover every byte
// that runs. A classic `<script>` with `integrity` and `crossorigin` is checked by the browser in
// every browser Newsprint supports, under any CSP that admits the main file's origin, and through
// a Trusted Types policy that admits nothing but this build's own chunk URLs. `import()` has no
// integrity of its own (only through import maps, which must be on the page before any module
// loads and would be inline script under CSP).
//
// The chunks are Rollup AMD modules: `define(dependencies, factory)`. `define` is not a page
// global: each chunk's script element carries the function that defines it (`newsprintDefine`),
// and the chunk's wrapper reads it from `document.currentScript`. Nothing is left on the page but
// one symbol-keyed marker that a second copy of the bundle recognises.
//
// `NEWSPRINT_MANIFEST` is replaced at build time with { "<chunk file>": ["sha256-…", [static
// dependencies]] }; the hashes are of the chunk files exactly as written. `NEWSPRINT_ELEMENT_NAMES`
// is replaced with the elements' names from the element registry (src/frameworks/elements.ts).
/* global NEWSPRINT_MANIFEST, NEWSPRINT_ELEMENT_NAMES */
const LOADED = Symbol.for('newsprint.loaded');
// A second copy on the page stops before Lit starts: Lit would ask Trusted Types for its
// `lit-html` policy again, and a page with a `trusted-types` allow-list throws on that.
if (
  globalThis[LOADED] ||
  NEWSPRINT_ELEMENT_NAMES.every((tag) => customElements.get(`newsprint-${tag}`))
) {
  console.warn(
    'Newsprint: its elements are already defined, probably by another copy of Newsprint on this page. The first copy stays in use.',
  );
  return;
}
Object.defineProperty(globalThis, LOADED, { value: true });

const manifest = NEWSPRINT_MANIFEST;
const mainUrl = document.currentScript?.src || new URL('newsprint.js', document.baseURI).href;
const chunkUrls = new Map(
  Object.keys(manifest).map((file) => [new URL(file, mainUrl).href, manifest[file]]),
);
/** url → { exports, ready } */
const modules = new Map();
let policy;

/** The chunk URL as a TrustedScriptURL where the page requires Trusted Types. */
function scriptUrl(url) {
  const factory = window.trustedTypes;
  if (!factory) return url;
  policy ??= factory.createPolicy('newsprint-loader', {
    createScriptURL(input) {
      if (!chunkUrls.has(input))
        throw new TypeError('newsprint-loader loads only Newsprint chunks');
      return input;
    },
  });
  return policy.createScriptURL(url);
}

function localRequire(from) {
  return (ids, resolve, reject) =>
    Promise.all(ids.map((id) => load(new URL(id, from).href))).then(
      (values) => resolve(...values),
      reject,
    );
}

/** Runs a module's factory once its dependencies have run; resolves to its exports. */
function run(url, record, dependencies, factory) {
  return Promise.all(
    dependencies.map((id) =>
      id === 'exports'
        ? record.exports
        : id === 'require'
          ? localRequire(url)
          : load(new URL(id, url).href),
    ),
  ).then((values) => {
    factory(...values);
    return record.exports;
  });
}

/** The exports of a chunk of this build, loading it (and, at once, its dependencies) once. */
function load(url) {
  let record = modules.get(url);
  if (record) return record.ready;
  const entry = chunkUrls.get(url);
  if (!entry) return Promise.reject(new Error(`Newsprint has no file ${url}`));
  record = { exports: {} };
  modules.set(url, record);
  // No waterfall: the dependencies are known here, not only once the chunk has run.
  for (const file of entry[1]) void load(new URL(file, mainUrl).href).catch(() => undefined);
  record.ready = new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.newsprintDefine = (dependencies, factory) =>
      run(url, record, dependencies, factory).then(resolve, reject);
    script.integrity = entry[0];
    script.crossOrigin = 'anonymous';
    script.onerror = () =>
      reject(new Error(`Newsprint could not load ${url} (network, CSP or integrity).`));
    script.src = scriptUrl(url);
    (document.head ?? document.documentElement).append(script);
  });
  return record.ready;
}

/** The main module (Rollup's `define` call below): it runs at once, in this script. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the code appended below
function define(dependencies, factory) {
  const record = { exports: {} };
  record.ready = Promise.resolve(record.exports);
  modules.set(mainUrl, record);
  factory(...dependencies.map((id) => (id === 'require' ? localRequire(mainUrl) : record.exports)));
}
