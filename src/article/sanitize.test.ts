import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { html, nothing, render } from 'lit';
import { benignHtml } from '../../test/xss-payloads.js';
import type { TrustedTypesReport } from '../../test/trusted-types-page.js';
import {
  SANITIZER_POLICY_NAME,
  TRUSTED_TYPES_POLICY_NAMES,
  htmlToText,
  renderSanitized,
  sanitizeHtml,
} from './sanitize.js';
import type { SanitizedHtml } from './types.js';

const BASE = 'https://partner.example/stories/2026/cuba.json';
const REL = 'noopener noreferrer ugc';

function renderInShadow(clean: SanitizedHtml | undefined): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  render(html`<div>${renderSanitized(clean)}</div>`, root);
  return root;
}

describe('sanitizeHtml', () => {
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((host) => host.remove());
  });

  it('keeps benign article markup exactly', () => {
    expect(sanitizeHtml(benignHtml.html, { baseUrl: BASE })).to.equal(benignHtml.html);
  });

  it('keeps a figure, resolving the image against the base and making it lazy', () => {
    const input =
      '<figure><img src="img/medics.jpg" alt="Medics landing" width="1200" height="675" ' +
      'srcset="img/medics-640.jpg 640w, img/medics.jpg 1200w" sizes="(max-width: 700px) 100vw, 700px">' +
      '<figcaption>The flight <small>Photo: X</small></figcaption></figure>';
    expect(sanitizeHtml(input, { baseUrl: BASE })).to.equal(
      '<figure><img src="https://partner.example/stories/2026/img/medics.jpg" alt="Medics landing" ' +
        'width="1200" height="675" srcset="https://partner.example/stories/2026/img/medics-640.jpg 640w, ' +
        'https://partner.example/stories/2026/img/medics.jpg 1200w" sizes="(max-width: 700px) 100vw, 700px" ' +
        'loading="lazy" decoding="async">' +
        '<figcaption>The flight <small>Photo: X</small></figcaption></figure>',
    );
  });

  it('gives an image without alt an empty alt', () => {
    expect(sanitizeHtml('<img src="/a.jpg">')).to.equal(
      `<img src="${location.origin}/a.jpg" loading="lazy" decoding="async" alt="">`,
    );
  });

  it('keeps only plain pixel sizes, and only on images', () => {
    const clean = sanitizeHtml(
      '<img src="/a.jpg" alt="" width="100%" height="9e9"><hr width="5000">',
    );
    expect(clean).to.not.match(/width|height/);
  });

  it('resolves relative links against the base and marks links to other origins', () => {
    const clean = sanitizeHtml(
      '<p><a href="other.html">Other</a> <a href="https://elsewhere.example/" target="_blank" rel="opener">Far</a> ' +
        `<a href="${location.origin}/home" rel="opener" target="_top">Home</a> <a>No link</a></p>`,
      { baseUrl: BASE },
    );
    expect(clean).to.equal(
      `<p><a href="https://partner.example/stories/2026/other.html" rel="${REL}">Other</a> ` +
        `<a href="https://elsewhere.example/" rel="${REL}">Far</a> ` +
        `<a href="${location.origin}/home">Home</a> <a>No link</a></p>`,
    );
  });

  it('resolves against the page when there is no base, and does not keep a base between calls', () => {
    expect(sanitizeHtml('<a href="x.html">x</a>', { baseUrl: BASE })).to.contain(
      'https://partner.example/stories/2026/x.html',
    );
    expect(sanitizeHtml('<a href="x.html">x</a>')).to.equal(
      `<a href="${new URL('x.html', document.baseURI).href}">x</a>`,
    );
  });

  it('resolves quote citations and drops unsafe ones', () => {
    expect(sanitizeHtml('<blockquote cite="src.html">q</blockquote>', { baseUrl: BASE })).to.equal(
      '<blockquote cite="https://partner.example/stories/2026/src.html">q</blockquote>',
    );
    expect(sanitizeHtml('<q cite="javascript:alert(1)">q</q>')).to.equal('<q>q</q>');
  });

  it('drops links and images whose URL is not http(s), keeping their text', () => {
    expect(
      sanitizeHtml(
        '<a href="javascript:alert(1)">a</a><a href="mailto:x@y.example">b</a>' +
          '<img src="data:image/png;base64,AAAA" alt="c">',
      ),
    ).to.equal('<a>a</a><a>b</a><img alt="c" loading="lazy" decoding="async">');
  });

  it('strips id, name, style, slot, class, part, data-*, aria-*, role and handlers', () => {
    expect(
      sanitizeHtml(
        '<p id="a" name="b" style="color:red" slot="c" class="d" part="e" data-x="f" ' +
          'aria-label="g" role="button" tabindex="0" onclick="alert(1)" title="kept" lang="es" dir="ltr">t</p>',
      ),
    ).to.equal('<p title="kept" lang="es" dir="ltr">t</p>');
  });

  it('neutralizes `is` the way DOMPurify does (Chromium cannot drop an is-value): empty', () => {
    expect(sanitizeHtml('<p is="newsprint-card">x</p>')).to.equal('<p is="">x</p>');
  });

  it('removes forms, controls, templates, slots, frames, objects, SVG and MathML', () => {
    const clean = sanitizeHtml(
      '<form action="/x"><p>in form</p><input name="q"><button>Send</button><select><option>o</option></select>' +
        '<textarea>ta</textarea></form><template><p>t</p></template><slot name="x">slotted</slot>' +
        '<iframe src="/x"></iframe><object data="/x"></object><embed src="/x">' +
        '<svg><text>svg text</text></svg><math><mi>x</mi></math><link rel="stylesheet" href="/x">' +
        '<meta http-equiv="refresh" content="0"><base href="https://evil.example/">',
    );
    expect(clean).to.equal(' <p>in form</p> slotted');
  });

  it('removes script and style with their text', () => {
    expect(
      sanitizeHtml('<p>a</p><script>secret()</script><style>p { color: red }</style><p>b</p>'),
    ).to.equal('<p>a</p><p>b</p>');
  });

  it('unwraps unknown and custom elements, keeping words apart', () => {
    expect(sanitizeHtml('<newsprint-card><p>x</p></newsprint-card>')).to.equal('<p>x</p>');
    expect(sanitizeHtml('<h1>Title</h1><section><p>x</p></section>')).to.equal(' Title  <p>x</p> ');
    expect(
      sanitizeHtml('<table><tr><td>a</td><td>b</td></tr></table>').replace(/\s+/g, ' ').trim(),
    ).to.equal('a b');
  });

  it('returns an empty string for empty or non-string input', () => {
    expect(sanitizeHtml('')).to.equal('');
    expect(sanitizeHtml(undefined as unknown as string)).to.equal('');
    expect(sanitizeHtml(42 as unknown as string)).to.equal('');
  });

  it('uses a private DOMPurify instance: the shared one keeps its defaults and has no hooks', () => {
    sanitizeHtml('<a href="x.html">x</a>', { baseUrl: BASE });
    // Our hooks would resolve the href; our allow-list would unwrap the table.
    const shared = DOMPurify.sanitize('<a href="x.html">x</a><table></table>');
    expect(shared).to.equal('<a href="x.html">x</a><table></table>');
  });

  it('never fetches anything while sanitizing or extracting text', async () => {
    const url = `/api/never-fetched-${Math.random().toString(36).slice(2)}.png`;
    sanitizeHtml(`<img src="${url}"><img srcset="${url} 2x">`);
    htmlToText(`<p>x<img src="${url}"></p>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(performance.getEntriesByType('resource').map((entry) => entry.name)).to.not.include(
      new URL(url, location.href).href,
    );
  });
});

describe('renderSanitized', () => {
  it('renders sanitized HTML into a shadow root', () => {
    const root = renderInShadow(sanitizeHtml('<p>Hi <em>there</em></p>'));
    expect(root.querySelector('em')?.textContent).to.equal('there');
    root.host.remove();
  });

  it('renders nothing for undefined or empty', () => {
    expect(renderSanitized(undefined)).to.equal(nothing);
    expect(renderSanitized('' as SanitizedHtml)).to.equal(nothing);
  });
});

describe('htmlToText', () => {
  const cases: Array<[string, string, string]> = [
    ['paragraphs on their own lines', '<p>One</p><p>Two</p>', 'One\nTwo'],
    ['inline markup joined', '<p>A <b>bold</b> <i>move</i>.</p>', 'A bold move.'],
    ['headings and lists', '<h2>Title</h2><ul><li>a</li><li>b</li></ul>', 'Title\na\nb'],
    ['br as a line break', 'one<br>two', 'one\ntwo'],
    ['blocks without separators', '<div>one</div><div>two</div>', 'one\ntwo'],
    ['table cells', '<table><tr><td>one</td><td>two</td></tr></table>', 'one two'],
    ['whitespace collapsed', '<p>  many \n\t spaces  </p>', 'many spaces'],
    ['entities decoded', '<p>Fish &amp; chips &lt;3</p>', 'Fish & chips <3'],
    ['script and style text left out', '<p>a</p><script>var x</script><style>p{}</style>', 'a'],
    [
      'template and noscript text left out',
      '<p>a</p><template>t</template><noscript>n</noscript>b',
      'a\nb',
    ],
    ['plain text passes', 'just text', 'just text'],
    ['empty', '', ''],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(htmlToText(input)).to.equal(expected);
    });
  }

  it('counts words right on the seed article body', () => {
    const words = htmlToText('<p>Amidst a wave</p><p>of triumphant</p>').split(/\s+/);
    expect(words).to.deep.equal(['Amidst', 'a', 'wave', 'of', 'triumphant']);
  });

  it('never runs the markup', async () => {
    let ran = false;
    (window as unknown as { __textProbe: () => void }).__textProbe = () => (ran = true);
    htmlToText('<img src=x onerror="__textProbe()"><svg onload="__textProbe()">');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).to.equal(false);
  });
});

/** Loads test/trusted-types-page.ts in an iframe whose CSP requires Trusted Types. */
async function runUnderTrustedTypes(allowedPolicies: string): Promise<TrustedTypesReport> {
  const iframe = document.createElement('iframe');
  const csp = `require-trusted-types-for 'script'; trusted-types ${allowedPolicies}`;
  const report = new Promise<TrustedTypesReport>((resolve) => {
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== iframe.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data as TrustedTypesReport);
    });
  });
  iframe.srcdoc =
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<script type="module">import('/test/trusted-types-page.ts').then((m) => m.run())` +
    `.then((r) => parent.postMessage(r, '*'));</script>`;
  document.body.append(iframe);
  try {
    return await report;
  } finally {
    iframe.remove();
  }
}

describe('Trusted Types', () => {
  it('names our policy and Lit’s', () => {
    expect(TRUSTED_TYPES_POLICY_NAMES).to.deep.equal([
      'newsprint-sanitizer',
      'lit-html',
      'newsprint-loader',
    ]);
  });

  it('works on a page that requires Trusted Types and admits only the documented policies', async () => {
    const report = await runUnderTrustedTypes(TRUSTED_TYPES_POLICY_NAMES.join(' '));
    expect(report.enforced, 'the page enforces Trusted Types').to.equal(true);
    expect(report.importError).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    // No "TrustedTypes policy dompurify could not be created": DOMPurify made no policy of its own.
    expect(report.warnings.filter((w) => !w.includes('Lit is in dev mode'))).to.deep.equal([]);
    expect(report.sanitized).to.equal(
      `<p>Hello <a href="https://partner.example/other.html" rel="${REL}">link</a>` +
        `<img src="${new URL('/api/seed.json', location.href).href}" loading="lazy" decoding="async" alt=""></p>`,
    );
    expect(report.renderedHref).to.equal('https://partner.example/other.html');
    expect(report.renderedText).to.equal('Hello link');
    expect(report.text).to.equal('One\nTwo three');
  });

  it('fails closed, with one warning, when the page does not admit our policy', async () => {
    const report = await runUnderTrustedTypes('lit-html');
    expect(report.enforced).to.equal(true);
    expect(report.importError).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(report.sanitized).to.equal('');
    expect(report.text).to.equal('');
    const ours = report.warnings.filter((w) => w.startsWith('Newsprint:'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain(SANITIZER_POLICY_NAME);
    expect(report.warnings.join('\n')).to.not.contain('dompurify');
  });
});
