/** Pieces of the FAQ's markup that do not depend on its state. */
import { html, nothing, type TemplateResult } from 'lit';

/** A heading of a level known only at run time (one template per level: tags cannot be bound). */
export function heading(level: number, className: string, content: TemplateResult): TemplateResult {
  const part = className === 'title' ? 'title' : nothing;
  switch (level) {
    case 1:
      return html`<h1 class=${className} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
  }
}

/** The loading placeholder in the FAQ's shape, a title line and three question rows, announced. */
export function loadingShape(label: string): TemplateResult {
  return html`<div class="loading faq-loading" part="loading">
    <span class="visually-hidden" role="status">${label}</span>
    <span class="bar title-bar"></span>
    <span class="row"><span class="bar"></span></span>
    <span class="row"><span class="bar"></span></span>
    <span class="row"><span class="bar"></span></span>
  </div>`;
}
