// Registers every Newsprint element. `import 'newsprint/define'` in an app does the same as the
// script-tag bundle. Each define file guards against a second registration. One import for each
// define module of the element registry (src/frameworks/elements.ts), in its order:
// test/package/registry.spec.ts holds this list to it.
import './components/article/newsprint-article.js';
import './components/card/newsprint-card.js';
import './components/byline/newsprint-byline.js';
import './components/figure/newsprint-figure.js';
import './components/faq/newsprint-faq.js';
