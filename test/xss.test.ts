/**
 * XSS: every payload of test/xss-payloads.ts in every field of an article, rendered the way the
 * elements render data — HTML fields through sanitizeHtml() + renderSanitized() into a connected
 * shadow root, URL fields through safeUrl()/safeSrcset() into Lit attribute bindings — then:
 *   (a) no payload's script ever runs (window.__xss is never called), even after async handlers;
 *   (b) nothing outside the allow-list survives in the DOM: no handler, style, id, name, class,
 *       slot, no non-http(s) URL, no SVG/MathML, no script/iframe/object/form…;
 *   (c) the URL policy refuses every URL payload.
 * The element tests can run the same `hostileArticles()` through the real elements (see the
 * usage note at the top of xss-payloads.ts).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, nothing, render } from 'lit';
import { renderSanitized, sanitizeHtml } from '../src/article/sanitize.js';
import type { Article } from '../src/article/types.js';
import { relFor, safeSrcset, safeUrl } from '../src/article/urls.js';
import {
  HTML_FIELDS,
  URL_FIELDS,
  auditDom,
  benignHtml,
  hostileArticles,
  htmlPayloads,
  installXssTrap,
  isHarmlessSrcset,
  isHarmlessUrl,
  afterImagesSettle,
  urlPayloads,
  type HostileArticle,
} from './xss-payloads.js';

/** Data "loaded through src" from this origin (so images hit the local server, not the world). */
const BASE = `${location.origin}/api/stories/feed.json`;

const link = (url: string | undefined, text: string) =>
  html`<a href=${url ?? nothing} rel=${(url && relFor(url)) || nothing}>${text}</a>`;
const image = (src: string | undefined, srcset?: string) =>
  html`<img src=${src ?? nothing} srcset=${srcset ?? nothing} alt="" loading="lazy" />`;

/** What an element does with an article, minus its own chrome. */
function renderLikeAnElement(article: Article, root: ShadowRoot): void {
  const options = { baseUrl: BASE };
  const url = (value: string | null | undefined) =>
    value == null ? undefined : safeUrl(value, BASE);
  const srcset = (value: string | null | undefined) =>
    value == null ? undefined : safeSrcset(value, BASE);
  const img = article.image;
  const publisher = article.publisher;
  // The URL-field chrome is hidden so its (harmless, checked) images do not flood the server;
  // the sanitized HTML stays visible so hostile images really load and their handlers could run.
  const chrome = html`<div hidden>
    ${link(url(article.url), article.headline)}
    ${img ? image(url(img.src), srcset(img.srcset)) : nothing}
    ${(article.authors ?? []).map(
      (author) => html`${link(url(author.url), author.name)}${image(url(author.image))}`,
    )}
    ${
      publisher
        ? html`${link(url(publisher.url), publisher.name)}${image(url(publisher.logo))}`
        : nothing
    }
  </div>`;
  const answers = (article.faq?.items ?? []).map(
    (item) =>
      html`<div data-field="answer">${renderSanitized(sanitizeHtml(item.answer, options))}</div>`,
  );
  render(
    html`${chrome}
      <div data-field="body">${renderSanitized(sanitizeHtml(article.body ?? '', options))}</div>
      ${answers}`,
    root,
  );
}

/** Problems anywhere in the root (handlers, URLs, namespaces) and, inside data, the allow-list. */
function problemsIn(root: ShadowRoot): string[] {
  const problems = auditDom(root, { allowAll: true });
  for (const field of root.querySelectorAll('[data-field]')) problems.push(...auditDom(field));
  return problems;
}

describe('XSS', () => {
  describe('the harness can fail', () => {
    let trap: ReturnType<typeof installXssTrap>;
    before(() => {
      trap = installXssTrap();
    });
    after(() => trap.uninstall());

    it('sees script that runs: unsanitized markup in a shadow root sets the flag', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML =
        '<img src="x" onerror="window.__xss(9999)"><details open ontoggle="window.__xss(9998)">';
      // The 404 behind onerror can take longer than settle() on a loaded machine: wait for it.
      await waitUntil(() => trap.fired.length >= 2, 'both handlers ran', { timeout: 5000 });
      host.remove();
      expect(trap.fired).to.have.members([9999, 9998]);
    });

    it('the audit flags what must not survive', () => {
      const host = document.createElement('div');
      host.innerHTML =
        '<p onclick="x" style="color:red" class="c" id="i">a</p><a href="javascript:x">b</a>' +
        '<a href="https://elsewhere.example/">c</a><svg></svg><img srcset="data:x 1x"><form></form>';
      const problems = auditDom(host);
      for (const expected of [
        '<p onclick>',
        '<p style>',
        '<p class>',
        '<p id>',
        '<a href="javascript:x">',
        '<a> to another origin without rel',
        '<svg>',
        '<img srcset="data:x 1x">',
        '<form>',
      ]) {
        expect(problems.join('\n')).to.contain(expected);
      }
    });
  });

  describe('hostile articles rendered the way the elements render them', () => {
    const articles = hostileArticles();
    const roots = new Map<string, ShadowRoot>();
    let container: HTMLElement;
    let trap: ReturnType<typeof installXssTrap>;

    before(async function () {
      this.timeout(120_000);
      trap = installXssTrap();
      container = document.createElement('div');
      // Everything stacked inside the viewport, so lazy images load and their handlers could run.
      container.style.cssText = 'position:fixed;inset:0;overflow:hidden;opacity:0.01;';
      document.body.append(container);
      const benign: HostileArticle = {
        name: 'benign',
        payloadId: 0,
        field: 'body',
        article: { headline: 'Benign', body: benignHtml.html },
      };
      for (const { name, article } of [...articles, benign]) {
        const host = document.createElement('div');
        host.style.cssText = 'position:absolute;inset:0;';
        container.append(host);
        const root = host.attachShadow({ mode: 'open' });
        renderLikeAnElement(article, root);
        roots.set(name, root);
      }
      // Every image loads or fails (eagerly), so a surviving onerror/onload handler gets its chance.
      await afterImagesSettle(roots.values(), '[data-field] img');
    });

    after(() => {
      container.remove();
      trap.uninstall();
    });

    it('covers at least 60 HTML payloads and every field', () => {
      expect(htmlPayloads.length).to.be.at.least(60);
      expect(new Set(articles.map((a) => a.field))).to.have.property(
        'size',
        HTML_FIELDS.length + URL_FIELDS.length,
      );
    });

    for (const payload of htmlPayloads) {
      it(`#${payload.id} ${payload.name}: never runs, nothing forbidden survives`, () => {
        expect(trap.fired, 'script ran').to.not.include(payload.id);
        for (const field of [...HTML_FIELDS, ...URL_FIELDS]) {
          const root = roots.get(`${payload.name} in ${field}`)!;
          expect(problemsIn(root), field).to.deep.equal([]);
        }
        // As a URL: refused, or only a harmless, percent-encoded http(s) URL.
        const asUrl = safeUrl(payload.html, BASE);
        expect(asUrl === undefined || isHarmlessUrl(asUrl), String(asUrl)).to.equal(true);
        const asSrcset = safeSrcset(payload.html, BASE);
        expect(asSrcset === undefined || isHarmlessSrcset(asSrcset), asSrcset).to.equal(true);
      });
    }

    for (const payload of urlPayloads) {
      it(`URL #${payload.id} ${payload.name}: refused in every URL field and in HTML`, () => {
        expect(trap.fired, 'script ran').to.not.include(payload.id);
        // (c) the policy itself.
        expect(safeUrl(payload.url, BASE)).to.equal(undefined);
        expect(safeUrl(payload.url)).to.equal(undefined);
        expect(safeSrcset(payload.url, BASE)).to.equal(undefined);
        if (payload.url.trim() !== '') {
          // Dropped from among good candidates (an empty one would make "1x" a URL of its own).
          expect(safeSrcset(`${payload.url} 1x, ok.jpg 2x`, BASE)).to.equal(
            `${new URL('ok.jpg', BASE).href} 2x`,
          );
        }
        // (b) the rendered article: the URL is nowhere, links and images lost only their URL.
        for (const field of URL_FIELDS) {
          expect(problemsIn(roots.get(`${payload.name} URL in ${field}`)!), field).to.deep.equal(
            [],
          );
        }
        for (const field of HTML_FIELDS) {
          const root = roots.get(`${payload.name} URL as link in ${field}`)!;
          expect(problemsIn(root), field).to.deep.equal([]);
          const data = root.querySelector(
            field === 'body' ? '[data-field="body"]' : '[data-field="answer"]',
          )!;
          expect(data.querySelector('a')!.hasAttribute('href'), 'link kept its URL').to.equal(
            false,
          );
          expect(data.querySelector('img')!.hasAttribute('src'), 'image kept its URL').to.equal(
            false,
          );
        }
      });
    }

    it('benign markup survives in the same loop', () => {
      const body = roots.get('benign')!.querySelector('[data-field="body"]')!;
      const rendered = body.innerHTML.replace(/<!--[^]*?-->/g, '');
      expect(rendered).to.equal(benignHtml.html);
    });

    it('no payload ran at all, after every async handler had its chance', async () => {
      await afterImagesSettle(roots.values(), '[data-field] img');
      expect(trap.fired).to.deep.equal([]);
    });
  });
});
