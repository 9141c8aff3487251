// A picture that has already loaded when the figure first renders: a server-rendered one at
// hydration (its load event fired before the script listened), or one in the memory cache.
import { expect, fixture, html } from '@open-wc/testing';
import type { NewsprintFigure } from './figure.js';
import './newsprint-figure.js';

const picture = new URL('/test/fixtures/assets/cuba-medics-flight-600.jpg', location.href).href;

describe('<newsprint-figure> with a picture that loaded before it listened', () => {
  it('marks it loaded after its update, never by scheduling an update inside one', async () => {
    // In the memory cache: a new <img> with this address is complete at once.
    const cached = new Image();
    cached.src = picture;
    await cached.decode();

    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    const el = document.createElement('newsprint-figure') as NewsprintFigure;
    el.eager = true;
    el.article = { src: picture, alt: 'A plane', width: 600, height: 338 };
    // Whether an update was requested while `updated` ran: Lit's dev-mode "scheduled an update
    // after an update completed" (change-in-update) warning, which Lit issues once per page.
    const requestedInUpdated: boolean[] = [];
    const element = el as unknown as { updated(changed: Map<PropertyKey, unknown>): void };
    const updated = element.updated.bind(el);
    element.updated = (changed) => {
      updated(changed);
      requestedInUpdated.push(el.isUpdatePending);
    };
    wrapper.append(el);
    await el.updateComplete;
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.complete, 'the picture is complete at the first render').to.equal(true);
    // The status follows on the next update, the one the picture's load event would have made.
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;

    expect(el.shadowRoot!.querySelector('.frame')!.classList.contains('loaded')).to.equal(true);
    expect(requestedInUpdated).to.not.include(true);
    void cached;
  });
});
