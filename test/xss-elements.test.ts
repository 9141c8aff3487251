// Every XSS payload, in every HTML and URL field, through the real elements (not just the
// sanitizer): nothing executes, and no element's shadow DOM carries a handler or an unsafe URL.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import {
  auditDom,
  hostileArticles,
  installXssTrap,
  afterImagesSettle,
  type HostileArticle,
} from './xss-payloads.js';

/** Every shadow root under `root`, nested elements' included. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(element.shadowRoot, ...shadowRoots(element.shadowRoot));
  }
  return found;
}

/** Problems in the element's own UI (handlers, URLs) and, strictly, in the data-made HTML. */
function audit(host: Element): string[] {
  const roots = [host.shadowRoot!, ...shadowRoots(host.shadowRoot!)];
  // Our own UI has SVG icons; data-made SVG is caught by the strict audit of the data containers.
  const ownIcon = /^<\w+> in http:\/\/www\.w3\.org\/2000\/svg$/;
  const problems = roots
    .flatMap((root) => auditDom(root, { allowAll: true }))
    .filter((problem) => !ownIcon.test(problem));
  for (const root of roots) {
    for (const container of root.querySelectorAll('.body, .answer-body')) {
      problems.push(...auditDom(container));
    }
  }
  return problems;
}

const BATCH = 60;

async function renderAll(tag: 'newsprint-article' | 'newsprint-card', cases: HostileArticle[]) {
  const trap = installXssTrap();
  const warn = console.warn;
  console.warn = () => undefined; // some payloads make invalid data: an error state warns
  try {
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const elements = batch.map(({ article }) => {
        const el = document.createElement(tag);
        el.article = article;
        container.append(el);
        return el;
      });
      await Promise.all(elements.map((el) => el.updateComplete));
      await afterImagesSettle([container], '.body img, .answer-body img');
      elements.forEach((el, index) => {
        const { name } = batch[index]!;
        expect(audit(el), name).to.deep.equal([]);
      });
      expect(trap.fired, `batch starting at ${batch[0]!.name}`).to.deep.equal([]);
      container.remove();
    }
  } finally {
    console.warn = warn;
    trap.uninstall();
  }
}

describe('XSS payloads through the elements', function () {
  this.timeout(120_000);
  const cases = hostileArticles();

  it('covers every payload in every field', () => {
    expect(cases.length).to.be.greaterThan(1000);
  });

  it('<newsprint-article> runs nothing and renders nothing unsafe', async () => {
    await renderAll('newsprint-article', cases);
  });

  it('<newsprint-card> runs nothing and renders nothing unsafe', async () => {
    await renderAll('newsprint-card', cases);
  });

  it('the audit sees a handler when one gets through', async () => {
    const el = await fixture<HTMLElement>(
      html`<newsprint-article .article=${{ headline: 'Control' }}></newsprint-article>`,
    );
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const planted = document.createElement('img');
    planted.setAttribute('onerror', 'void 0');
    el.shadowRoot!.append(planted);
    expect(audit(el)).to.have.length.greaterThan(0);
  });
});
