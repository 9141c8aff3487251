/**
 * Moving an element into a same-origin iframe's document, and back, keeps its styles (issue #16,
 * finding 8): the shadow root's constructed sheets were dropped (3 -> 0) and stayed lost.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsprintElement } from '../../src/base/newsprint-element.js';

type Element = NewsprintElement<unknown, unknown> & HTMLElement;

async function frame(): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = '<!doctype html><body></body>';
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** A style the element's sheets set: the error box's border, which no page default has. */
const styled = (element: Element) => {
  const base = element.shadowRoot!.querySelector('[part="base"]')!;
  const view = element.ownerDocument.defaultView!;
  return view.getComputedStyle(element).display !== 'inline' && base !== null;
};

describe('attack: styles survive a move into an iframe and back (finding 8)', () => {
  for (const tag of ['newsprint-article', 'newsprint-byline', 'newsprint-faq']) {
    it(`<${tag}>`, async () => {
      const element = await fixture<Element>(html`<div></div>`).then((holder) => {
        const created = document.createElement(tag) as Element;
        holder.append(created);
        return created;
      });
      element.article = {
        headline: 'Moved',
        authors: [{ name: 'Ana' }],
        faq: { items: [{ question: 'Q?', answer: '<p>A</p>' }] },
      };
      await element.updateComplete;
      const before = element.shadowRoot!.adoptedStyleSheets.length;
      expect(before).to.be.above(0);
      expect(styled(element), 'styled at first').to.equal(true);
      const home = element.parentNode!;
      const iframe = await frame();
      try {
        iframe.contentDocument!.body.append(element);
        await element.updateComplete;
        expect(element.ownerDocument).to.equal(iframe.contentDocument);
        expect(element.shadowRoot!.adoptedStyleSheets.length, 'in the iframe').to.equal(before);
        expect(styled(element), 'styled in the iframe').to.equal(true);
        home.appendChild(element);
        await element.updateComplete;
        expect(element.shadowRoot!.adoptedStyleSheets.length, 'back home').to.equal(before);
        expect(styled(element), 'styled back home').to.equal(true);
      } finally {
        iframe.remove();
      }
    });
  }
});
