// The host page's own Lit element, built on a different copy of Lit than the one inside
// dist/newsprint.js (this one comes unbundled from node_modules through the dev server).
import { LitElement, html, css } from '/node_modules/lit/index.js';

class OtherWidget extends LitElement {
  static properties = { name: {}, clicks: { type: Number } };
  static styles = css`
    button {
      font: inherit;
    }
  `;

  constructor() {
    super();
    this.name = 'world';
    this.clicks = 0;
  }

  render() {
    return html`<p>Hello, ${this.name}!</p>
      <button @click=${() => this.clicks++}>Clicked ${this.clicks} times</button>`;
  }
}

customElements.define('other-widget', OtherWidget);
