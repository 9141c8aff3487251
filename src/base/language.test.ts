// The language controller on a plain LitElement: no Newsprint element, no data.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { defineOnce } from './define.js';
import { LanguageController } from './language.js';

/** Renders the language it would have with `dataLanguage`, and counts its renders. */
class LanguageHost extends LitElement {
  @property({ attribute: false }) dataLanguage?: string;
  renders = 0;
  readonly languages = new LanguageController(this);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override render() {
    this.renders++;
    return litHtml`<p>${this.languages.languageWith(this.dataLanguage)}</p>`;
  }

  get shown(): string | null | undefined {
    return this.shadowRoot?.querySelector('p')?.textContent;
  }
}
defineOnce('test-language-host', LanguageHost);

/** Its own `lang`'s shadow root holds a second host: the language crosses into it. */
class LanguageFrame extends LitElement {
  override render() {
    return litHtml`<test-language-host></test-language-host>`;
  }
}
defineOnce('test-language-frame', LanguageFrame);

describe('LanguageController', () => {
  const root = document.documentElement;
  const pageLanguage = root.getAttribute('lang');
  afterEach(() => {
    if (pageLanguage === null) root.removeAttribute('lang');
    else root.setAttribute('lang', pageLanguage);
  });

  it('takes the host’s lang, then the data’s, then the closest [lang] above, then English', async () => {
    root.removeAttribute('lang');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><test-language-host></test-language-host></div>`,
    );
    const host = wrapper.querySelector<LanguageHost>('test-language-host')!;
    await host.updateComplete;
    expect(host.shown).to.equal('en');
    wrapper.setAttribute('lang', 'es');
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shown).to.equal('es');
    host.dataLanguage = 'ar';
    await host.updateComplete;
    expect(host.shown).to.equal('ar');
    host.setAttribute('lang', 'fr');
    await host.updateComplete;
    expect(host.shown).to.equal('fr');
    // An empty attribute is no language: the next in line.
    host.setAttribute('lang', '');
    await host.updateComplete;
    expect(host.shown).to.equal('ar');
  });

  it('finds the language above the shadow root the host is rendered in', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de"><test-language-frame></test-language-frame></div>`,
    );
    const frame = wrapper.querySelector('test-language-frame')!;
    await (frame as LitElement).updateComplete;
    const host = frame.shadowRoot!.querySelector<LanguageHost>('test-language-host')!;
    await host.updateComplete;
    expect(host.shown).to.equal('de');
  });

  it('renders connected hosts again when the page switches <html lang>, and not removed ones', async () => {
    root.setAttribute('lang', 'en');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <test-language-host id="stays"></test-language-host>
        <test-language-host id="leaves"></test-language-host>
      </div>`,
    );
    const stays = wrapper.querySelector<LanguageHost>('#stays')!;
    const leaves = wrapper.querySelector<LanguageHost>('#leaves')!;
    await Promise.all([stays.updateComplete, leaves.updateComplete]);
    expect(stays.shown).to.equal('en');
    leaves.remove();
    const rendersWhenRemoved = leaves.renders;
    root.setAttribute('lang', 'pt');
    await waitUntil(() => stays.shown === 'pt', 'the connected host follows the page');
    await leaves.updateComplete;
    expect(leaves.renders).to.equal(rendersWhenRemoved);
    // Back in the page, it follows again.
    wrapper.append(leaves);
    root.setAttribute('lang', 'it');
    await waitUntil(() => stays.shown === 'it' && leaves.shown === 'it', 'both follow');
  });
});
