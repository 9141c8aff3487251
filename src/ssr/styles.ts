/**
 * The `<style>` a server-rendered element carries in its declarative shadow root.
 *
 * A declarative shadow root is HTML: it cannot adopt a shared constructed style sheet (there is
 * no declarative way to, see `bench/RESULTS.md`), so every element the server renders carries its
 * CSS as text, and the browser parses every copy. Lit's server renderer writes the element's whole
 * `static styles`, as written. Here the server writes less, from the same rules:
 *   - no rules of the loading and error views: the server renders data, never a placeholder or
 *     an error (invalid data throws), so those rules match nothing in its output. Their classes
 *     are `STATE_CLASS`; a test renders every element's ready views on the server and checks that
 *     none of them uses one. The element adopts its whole style sheets when it hydrates
 *     (`NewsprintElement.connectedCallback`), before it can ever show such a view.
 *   - no comments, and no whitespace a browser would not keep: a rule, a selector or a value
 *     keeps its tokens and its meaning (strings are kept as they are).
 * Made once per element class (the CSS is static).
 */
import { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import type { CSSResultOrNative, LitElement } from 'lit';

/**
 * For a reader without scripts, the FAQ's accordion cannot open: every answer is shown and the
 * chevrons are hidden. With scripts on, a parser keeps a <noscript>'s content as inert text, so
 * this never applies to a hydrated FAQ; it stands outside Lit's part markers (after the styles,
 * before the template's), so hydration ignores it. (It cannot be in the element's own template:
 * Lit parses templates with scripting off, where the style would apply on every page.)
 */
const FAQ_WITHOUT_SCRIPTS =
  '<noscript><style>.answer[hidden]{content-visibility:visible}.icon{display:none}</style></noscript>';

/**
 * Lit's element renderer, writing `serverCss()` in place of the element's styles as written, and
 * for the FAQ its no-script rules after them. (Lit's `renderShadow` writes `'<style>'`, each
 * style's text, `'</style>'`, then the template.)
 */
export class NewsprintElementRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    const result = super.renderShadow(renderInfo);
    if (!Array.isArray(result)) return result;
    const open = result.indexOf('<style>');
    const close = result.indexOf('</style>');
    if (open < 0 || close < open) return result;
    const element = this.element.constructor as typeof LitElement;
    const css = serverCss(element, element.elementStyles);
    const after = this.tagName === 'newsprint-faq' ? [FAQ_WITHOUT_SCRIPTS] : [];
    return [...result.slice(0, open + 1), css, result[close], ...after, ...result.slice(close + 1)];
  }
}

/**
 * Classes only the loading and error views use: `.loading`, `.bar`, `.skeleton`, `.error`,
 * `.lines`, `.row`, and names made from them (`.error-icon`, `.card-error`, `.title-bar`,
 * `.frame-skeleton`…).
 */
const STATE_CLASS =
  /^(?:loading|skeleton|bar|lines|row|error)$|^error-|-(?:error|loading|skeleton|bar)$/;

/** Whether a class name belongs to the loading or error views only (tested against renders). */
export function isStateClass(name: string): boolean {
  return STATE_CLASS.test(name);
}

const cache = new WeakMap<object, string>();

/** The CSS text the server writes for an element class with these styles. */
export function serverCss(key: object, styles: readonly CSSResultOrNative[]): string {
  let text = cache.get(key);
  if (text === undefined) {
    const css = styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
    text = printRules(parseRules(stripComments(css)));
    cache.set(key, text);
  }
  return text;
}

type Rule =
  | { kind: 'style'; selectors: string[]; body: string }
  | { kind: 'group'; prelude: string; rules: Rule[] }
  | { kind: 'other'; text: string };

/** Comments out (a space in their place), strings kept as they are. */
function stripComments(css: string): string {
  let out = '';
  for (let i = 0; i < css.length;) {
    const char = css[i];
    if (char === '"' || char === "'") {
      const end = stringEnd(css, i);
      out += css.slice(i, end);
      i = end;
    } else if (char === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      out += ' ';
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/** The index just after the string that starts at `start`. */
function stringEnd(css: string, start: number): number {
  const quote = css[start];
  let i = start + 1;
  while (i < css.length && css[i] !== quote) i += css[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, css.length);
}

/** Where the `{…}` block that opens at `open` closes (strings and nesting skipped). */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const char = css[i];
    if (char === '"' || char === "'") i = stringEnd(css, i) - 1;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** Blocks whose body holds rules, not declarations. */
const GROUP = /^@(?:media|supports|container|layer|scope|document)\b/i;

function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  let i = 0;
  while (i < css.length) {
    // A prelude runs to `{`, or to `;` for a statement at-rule (outside strings).
    let j = i;
    while (j < css.length && css[j] !== '{' && css[j] !== ';' && css[j] !== '}') {
      j = css[j] === '"' || css[j] === "'" ? stringEnd(css, j) : j + 1;
    }
    const prelude = collapse(css.slice(i, j));
    if (j >= css.length || css[j] !== '{') {
      if (prelude && css[j] === ';') rules.push({ kind: 'other', text: `${prelude};` });
      i = j + 1;
      continue;
    }
    const end = blockEnd(css, j);
    const body = css.slice(j + 1, end);
    if (GROUP.test(prelude)) {
      rules.push({ kind: 'group', prelude, rules: parseRules(body) });
    } else if (prelude.startsWith('@')) {
      rules.push({ kind: 'other', text: `${prelude}{${minifyBlock(body)}}` });
    } else {
      rules.push({ kind: 'style', selectors: splitSelectors(prelude), body: minifyBlock(body) });
    }
    i = end + 1;
  }
  return rules;
}

/** A selector list, split at its top-level commas. */
function splitSelectors(prelude: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const char = prelude[i];
    if (char === '"' || char === "'") i = stringEnd(prelude, i) - 1;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      out.push(prelude.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(prelude.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * Whether a selector needs an element with a state class: a class outside `:not(…)` (which
 * would match exactly where the class is absent) names an element that must have it.
 */
function needsStateClass(selector: string): boolean {
  const withoutNot = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '');
  for (const match of withoutNot.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) {
    if (isStateClass(match[1])) return true;
  }
  return false;
}

function printRules(rules: Rule[]): string {
  let out = '';
  const kept: string[] = [];
  for (const rule of rules) {
    if (rule.kind === 'style') {
      const selectors = rule.selectors.filter((selector) => !needsStateClass(selector));
      if (selectors.length) out += `${selectors.join(',')}{${rule.body}}`;
    } else if (rule.kind === 'group') {
      const inner = printRules(rule.rules);
      if (inner) out += `${rule.prelude}{${inner}}`;
    } else {
      kept.push(rule.text);
    }
  }
  // Keyframes and other at-rules: kept when something kept names them (the pulse of the loading
  // bars goes with them).
  for (const text of kept) {
    const name = /^@(?:-webkit-)?keyframes\s+([\w-]+)/i.exec(text)?.[1];
    if (!name || new RegExp(`\\b${name}\\b`).test(out)) out += text;
  }
  return out;
}

/** Runs of whitespace as one space (outside strings), trimmed. */
function collapse(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const char = text[i];
    if (char === '"' || char === "'") {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (/\s/.test(char)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      out += ' ';
    } else {
      out += char;
      i++;
    }
  }
  return out.trim();
}

/**
 * A declaration block (or a keyframes body): each declaration as `name:value` with its value's
 * whitespace collapsed, joined by `;`. Nested blocks (keyframe selectors) are kept as blocks.
 */
function minifyBlock(body: string): string {
  let out = '';
  let afterDeclaration = false;
  const push = (text: string, block: boolean) => {
    if (!text) return;
    out += (afterDeclaration ? ';' : '') + text;
    afterDeclaration = !block;
  };
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '"' || char === "'") i = stringEnd(body, i) - 1;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '{') {
      const end = blockEnd(body, i);
      push(`${collapse(body.slice(start, i))}{${minifyBlock(body.slice(i + 1, end))}}`, true);
      i = end;
      start = end + 1;
    } else if (char === ';' && depth === 0) {
      push(declaration(body.slice(start, i)), false);
      start = i + 1;
    }
  }
  push(declaration(body.slice(start)), false);
  return out;
}

function declaration(text: string): string {
  const collapsed = collapse(text);
  const colon = collapsed.indexOf(':');
  if (colon < 0) return collapsed;
  return `${collapsed.slice(0, colon).trim()}:${collapsed.slice(colon + 1).trim()}`;
}
