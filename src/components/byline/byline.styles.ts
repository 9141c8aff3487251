import { css } from 'lit';

export const bylineStyles = css`
  :host {
    --_avatar-size: var(--newsprint-avatar-size, 2.5em);
    --_avatar-ring: var(--newsprint-avatar-ring, var(--_color-surface));
  }

  /* Avatars beside the text; when the text would be left narrower than about 12em (several
     avatars on a phone), it moves under them instead. */
  .byline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    line-height: 1.4;
  }

  .text {
    flex: 1 1 12em;
    min-width: 0;
  }

  .authors,
  .role-line,
  .meta {
    margin: 0;
  }

  .authors {
    font-size: 0.9375em;
  }

  .author {
    font-weight: 600;
    color: var(--_color-text);
  }

  /* An author wraps as a whole ("Ana / Beltrán" at 240px, roles split off from their name):
     atomic boxes, so a line breaks between authors, and inside one only when it alone is wider
     than the line, then between the name and its role. */
  .person,
  .name-unit,
  .role-unit {
    display: inline-block;
    max-width: 100%;
  }

  a.author {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-decoration-color: var(--_color-border);
    text-underline-offset: 0.2em;
  }

  a.author:hover {
    color: var(--_color-link);
    text-decoration-color: currentColor;
  }

  .role {
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  .role-line {
    font-size: 0.8125em;
  }

  /* Items wrap whole; the dot between two items sits in the gap before the second, so a
     wrapped line never starts with a dot (the overflow clips the one in front of it). */
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.9em;
    overflow: hidden;
    margin-block-start: 0.15em;
    color: var(--_color-muted);
    font-size: 0.8125em;
  }

  /* An item wraps inside itself only when it alone is wider than the line. */
  .meta > * {
    position: relative;
    min-width: 0;
  }

  .meta > * + *::before {
    content: '·' / '';
    position: absolute;
    inset-inline-start: -0.6em;
  }

  .avatars {
    display: flex;
    flex: none;
  }

  .avatar {
    display: block;
    width: var(--_avatar-size);
    height: var(--_avatar-size);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_color-placeholder);
    /* The alt text is empty; a broken avatar is hidden, so nothing of it is ever drawn. */
    color: transparent;
  }

  .avatar + .avatar {
    margin-inline-start: calc(var(--_avatar-size) * -0.3);
  }

  /* Stacked: a ring in the page's colour between faces, earlier ones on top. */
  .avatar:not(:only-child) {
    position: relative;
    box-shadow: 0 0 0 2px var(--_avatar-ring);
  }
  .avatar:nth-child(1) {
    z-index: 3;
  }
  .avatar:nth-child(2) {
    z-index: 2;
  }

  /* Compact, for cards: one line, quieter and smaller. */
  :host([compact]) .base {
    font-size: calc(var(--_font-size) * 0.8125);
  }

  /* One line: "By Ernesto Alvarez and 3 others · Jan 26, 2026 · 4 min read". When it is too
     long, the reading time goes first (onto a second line of the meta, clipped: the meta is one
     line high); where the names and the date do not fit side by side, the date moves whole to a
     second line; names alone wider than the line are cut with an ellipsis. The date is never
     lost (it was: "Jorge Luis Peña a…"). All names stay in the text for screen readers. */
  :host([compact]) .text {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.9em;
    overflow: hidden;
    color: var(--_color-muted);
  }

  :host([compact]) .authors {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 1em;
  }

  :host([compact]) .person,
  :host([compact]) .name-unit,
  :host([compact]) .role-unit {
    display: inline;
  }

  /* Its size for wrapping is its widest item (the date): basis 0, automatic minimum. */
  :host([compact]) .meta {
    position: relative;
    flex: 1 1 0;
    max-block-size: 1lh;
    margin: 0;
    overflow: visible;
    overflow-y: clip;
    font-size: 1em;
  }

  :host([compact]) .meta > * {
    white-space: nowrap;
  }

  /* The dot after the names, in the gap before the meta: clipped when the date starts a line. */
  :host([compact]) .authors + .meta::before {
    content: '·' / '';
    position: absolute;
    inset-inline-start: -0.6em;
  }

  :host([compact]) .author {
    font-weight: 600;
  }

  .byline-loading {
    padding-block: 0.25em;
  }

  .byline-loading .bar {
    width: 14em;
    max-width: 100%;
  }

  @media (forced-colors: active) {
    .avatar {
      forced-color-adjust: none;
    }
    a.author {
      color: LinkText;
      text-decoration-color: currentColor;
    }
  }
`;
