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

  :host([compact]) .text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--_color-muted);
  }

  :host([compact]) .authors,
  :host([compact]) .meta,
  :host([compact]) .meta > * {
    display: inline;
    position: static;
    margin: 0;
    font-size: 1em;
  }

  :host([compact]) .authors + .meta::before,
  :host([compact]) .meta > * + *::before {
    content: '·' / '';
    position: static;
    margin-inline: 0.45em;
  }

  /* The line break between the two paragraphs already renders as a space. */
  :host([compact]) .authors + .meta::before {
    margin-inline-start: 0.2em;
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
