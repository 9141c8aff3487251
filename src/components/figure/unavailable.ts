import { html, nothing, type TemplateResult } from 'lit';

/**
 * What stands in for a picture that failed to load, in the figure and the card alike: a crossed
 * picture and "Image unavailable" in the muted colour, so it reads as missing, not as still
 * loading. The alt text stays for assistive technology (`role="img"` labelled with it); a
 * decorative picture (`alt=""`) stays hidden from it.
 */
export function imageUnavailable(alt: string, label: string, part: string): TemplateResult {
  const decorative = alt === '';
  return html`<div
    class="placeholder"
    part=${part}
    role=${decorative ? nothing : 'img'}
    aria-label=${decorative ? nothing : alt}
    aria-hidden=${decorative ? 'true' : nothing}
  >
    <svg
      class="placeholder-icon"
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="28"
      height="28"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d="M7 4h12a2 2 0 0 1 2 2v12M3.6 4.6A2 2 0 0 0 3 6v12a2 2 0 0 0 2 2h14"></path>
      <path d="m3.5 16.5 4.5-4.5 3.5 3.5M15 13l1-1 4.5 4.5"></path>
      <circle cx="15.5" cy="8.5" r="1.5"></circle>
      <path d="M3 3l18 18"></path>
    </svg>
    <span class="placeholder-text">${label}</span>
  </div>`;
}
