/**
 * The box every story renders in. It carries the toolbar's theme and language down to the
 * Newsprint elements inside it (as their `theme` and `lang` attributes, the way a host page sets
 * them) and paints a page background that matches the theme, so dark stories are seen, and tested
 * by axe for contrast, on a dark page.
 *
 * It watches its subtree, so elements a story adds later (a grid, a play function) follow too.
 */
export type FrameTheme = 'story' | 'light' | 'dark' | 'auto';
export type FrameLocale = 'story' | 'en' | 'es' | 'ar';

const styles = `
  :host {
    display: block;
    box-sizing: border-box;
    padding: 1rem;
    background: #ffffff;
    color: #1b1b1f;
    color-scheme: light;
  }
  :host([mode='story']) { min-height: 100vh; }
  :host([page='dark']) { background: #121317; color: #ececf1; color-scheme: dark; }
  @media (prefers-color-scheme: dark) {
    :host([page='auto']) { background: #121317; color: #ececf1; color-scheme: dark; }
  }
`;

export class StoryFrame extends HTMLElement {
  static readonly tagName = 'sb-newsprint-frame';
  static observedAttributes = ['theme', 'locale'];

  private observer = new MutationObserver(() => this.apply());

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    root.adoptedStyleSheets = [sheet];
    root.append(document.createElement('slot'));
  }

  connectedCallback(): void {
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['theme', 'lang'],
    });
    this.apply();
  }

  disconnectedCallback(): void {
    this.observer.disconnect();
  }

  attributeChangedCallback(): void {
    this.apply();
  }

  /** Sets `theme` and `lang` on every Newsprint element inside, unless the toolbar says "story". */
  private apply(): void {
    const theme = this.getAttribute('theme') ?? 'story';
    const locale = this.getAttribute('locale') ?? 'story';
    for (const element of this.querySelectorAll('*')) {
      if (!element.localName.startsWith('newsprint-')) continue;
      if (theme !== 'story' && element.getAttribute('theme') !== theme) {
        element.setAttribute('theme', theme);
      }
      if (locale !== 'story' && element.getAttribute('lang') !== locale) {
        element.setAttribute('lang', locale);
      }
    }
  }
}

if (!customElements.get(StoryFrame.tagName)) customElements.define(StoryFrame.tagName, StoryFrame);
