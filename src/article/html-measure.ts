/**
 * The HTML limits of `limits.ts`, measured on the string before anything parses it, and the word
 * count of an HTML string for the reading time: one linear scan each, no DOM, no sanitizer.
 *
 * A part of the data model (`parts.ts`): only data that holds HTML needs it, so `parse.ts`
 * reaches it through `parts.ts`, and a card (which reads no HTML) never loads it. The elements
 * that read HTML (byline, FAQ, and the article through them) provide it at once.
 */
import { NewsprintDataError } from './errors.js';
import { LIMITS, formatCount } from './limits.js';
import { provideHtmlMeasurePart, type HtmlMeasurePart } from './parts.js';

// prettier-ignore
const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img',
  'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/**
 * Formatting elements: the parser's "adoption agency" can re-create them after something else
 * closed them, so they count until their own end tag is seen.
 */
// prettier-ignore
const FORMATTING = new Set([
  'a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u',
]);
/** Where the parser's search for an open element to close stops ("has an element in scope"). */
// prettier-ignore
const SCOPE = new Set([
  'applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'svg',
  'math', 'foreignobject', 'desc', 'title', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml',
]);
/** Elements an end tag of an ordinary element never closes past. */
// prettier-ignore
const SPECIAL = new Set([
  ...SCOPE, 'address', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote',
  'body', 'br', 'button', 'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'iframe', 'img', 'input', 'li', 'link',
  'listing', 'main', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'ol', 'p', 'param',
  'plaintext', 'pre', 'script', 'search', 'section', 'select', 'source', 'style', 'summary',
  'tbody', 'textarea', 'tfoot', 'thead', 'tr', 'track', 'ul', 'wbr', 'xmp',
]);
/** Start tags that close an open `<p>` first. */
// prettier-ignore
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl',
  'fieldset', 'figcaption', 'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol',
  'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing',
  'form', 'hr', 'xmp', 'li', 'dd', 'dt', 'table',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BUTTON_SCOPE = new Set([...SCOPE, 'button']);
const TABLE_SCOPE = new Set(['html', 'table', 'template']);
const TABLE_SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
// prettier-ignore
const TABLE_PARTS = new Set([
  'caption', 'colgroup', 'col', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'dd', 'dt',
]);

/** A start or end tag as the HTML tokenizer starts one: `<` or `</`, then an ASCII letter. */
const TAG = /<(\/?)([A-Za-z][^\s/>]*)[^>]*>?/g;

export interface HtmlShape {
  /** The deepest nesting of elements the parser could build. */
  depth: number;
  /** How many elements the parser could build. */
  elements: number;
}

/**
 * How deep and how big the tree of an HTML string can be, from its tags alone, in one pass and
 * without building a DOM. An upper bound on what a browser builds (it may count more than the
 * parser makes, never less): it follows the parser where that makes the tree smaller (`<p>`
 * closes an open `<p>`, `<li>` an open `<li>`, an end tag closes only what is open in scope) and
 * models how the parser re-creates formatting elements (`<b>`, `<a>`…) that something else closed
 * (`<p><b>x</p><p>y` puts a new `<b>` into the second paragraph). Stops once a limit is passed.
 */
export function measureHtml(
  html: string,
  stopAt: HtmlShape = { depth: LIMITS.htmlDepth, elements: LIMITS.htmlElements },
): HtmlShape {
  const stack: string[] = [];
  /** Formatting elements closed by something else, which the parser re-creates before content. */
  let lingering: string[] = [];
  let depth = 0;
  let elements = 0;
  let lastIndex = 0;
  const closeTo = (index: number) => {
    for (let i = index; i < stack.length; i++) {
      if (FORMATTING.has(stack[i])) lingering.push(stack[i]);
    }
    stack.length = index;
  };
  /** Index of the nearest open `name`, stopping at `barrier` elements; -1 if none. */
  const findOpen = (name: string, barrier: Set<string>): number => {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i] === name) return i;
      if (barrier.has(stack[i])) return -1;
    }
    return -1;
  };
  const push = (name: string) => {
    stack.push(name);
    elements++;
  };
  const reconstruct = () => {
    if (!lingering.length) return;
    elements += lingering.length;
    stack.push(...lingering);
    lingering = [];
  };

  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match.index > lastIndex) reconstruct(); // text re-creates closed formatting elements
    lastIndex = TAG.lastIndex;
    const name = match[2].toLowerCase();
    if (match[1]) {
      // An end tag.
      if (FORMATTING.has(name)) {
        const index = findOpen(name, SCOPE);
        // Only that element closes (the parser's adoption agency keeps what is inside it open).
        if (index >= 0) {
          // With elements open inside it, the parser clones it (and formatting ones between).
          if (index < stack.length - 1) {
            elements += 1 + stack.slice(index + 1).filter((open) => FORMATTING.has(open)).length;
          }
          stack.splice(index, 1);
        } else if (lingering.includes(name)) lingering.splice(lingering.lastIndexOf(name), 1);
        continue;
      }
      const index = findOpen(name, SPECIAL.has(name) ? SCOPE : SPECIAL);
      if (index >= 0) closeTo(index);
      continue;
    }
    // A start tag.
    if (CLOSES_P.has(name)) {
      const p = findOpen('p', BUTTON_SCOPE);
      if (p >= 0) closeTo(p);
    }
    if (name === 'li' || name === 'dd' || name === 'dt') {
      const siblings = name === 'li' ? ['li'] : ['dd', 'dt'];
      for (let i = stack.length - 1; i >= 0; i--) {
        if (siblings.includes(stack[i])) {
          closeTo(i);
          break;
        }
        if (SPECIAL.has(stack[i]) && !['address', 'div', 'p'].includes(stack[i])) break;
      }
    } else if (HEADINGS.has(name) && HEADINGS.has(stack[stack.length - 1])) {
      closeTo(stack.length - 1);
    } else if (name === 'td' || name === 'th' || name === 'tr') {
      // Cells and rows close the open cell or row; the parser adds a missing tbody and tr.
      const cell = Math.max(findOpen('td', TABLE_SCOPE), findOpen('th', TABLE_SCOPE));
      if (cell >= 0) closeTo(cell);
      if (name === 'tr' || cell >= 0) {
        const row = findOpen('tr', TABLE_SCOPE);
        if (row >= 0) closeTo(row);
      }
      if (stack[stack.length - 1] === 'table') push('tbody');
      if (name !== 'tr' && stack[stack.length - 1] !== 'tr') push('tr');
    } else if (TABLE_SECTIONS.has(name)) {
      const table = findOpen('table', TABLE_SCOPE);
      if (table >= 0) closeTo(table + 1);
    } else if (name === 'option' && stack[stack.length - 1] === 'option') {
      closeTo(stack.length - 1);
    }
    // Blocks, list items and table parts are inserted without re-creating formatting first.
    if (!CLOSES_P.has(name) && !TABLE_PARTS.has(name)) reconstruct();
    if (VOID.has(name)) elements++;
    else push(name);
    depth = Math.max(depth, stack.length + lingering.length);
    if (depth > stopAt.depth || elements > stopAt.elements) break;
  }
  if (lastIndex < html.length) elements += lingering.length; // trailing text re-creates them too
  return { depth, elements };
}

/**
 * Throws a `NewsprintDataError` naming `path` when an HTML field is over a limit: too many
 * characters, nested too deep, or too many elements. `total`, when given, is what the document's
 * other HTML fields already used (the character and element limits are for all of them
 * together); this field's share is added to it. Cheap: measures the string, parses nothing.
 */
export function checkHtmlLimits(
  html: string,
  path: string,
  total: { chars: number; elements: number } = { chars: 0, elements: 0 },
): void {
  const chars = total.chars + html.length;
  if (chars > LIMITS.htmlChars) {
    throw new NewsprintDataError(
      `"${path}" is ${formatCount(html.length)} characters long${total.chars ? ', with the HTML before it' : ''}; the most Newsprint shows is ${formatCount(LIMITS.htmlChars)} characters of HTML. Split the story or shorten it.`,
      { path },
    );
  }
  const shape = measureHtml(html, {
    depth: LIMITS.htmlDepth,
    elements: LIMITS.htmlElements - total.elements,
  });
  if (shape.depth > LIMITS.htmlDepth) {
    throw new NewsprintDataError(
      `"${path}" has elements nested more than ${LIMITS.htmlDepth} deep (unclosed tags?); Newsprint shows at most ${LIMITS.htmlDepth} levels.`,
      { path },
    );
  }
  if (total.elements + shape.elements > LIMITS.htmlElements) {
    throw new NewsprintDataError(
      `"${path}" brings the HTML to more than ${formatCount(LIMITS.htmlElements)} elements, the most Newsprint shows.`,
      { path },
    );
  }
  total.chars = chars;
  total.elements += shape.elements;
}

// prettier-ignore
const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure',
  'figcaption', 'pre', 'hr', 'br', 'td', 'th', 'tr', 'dt', 'dd', 'section', 'article', 'table',
]);
/** Comments, elements whose text a reader never sees (left out by the sanitizer), and tags. */
const ANY_TAG =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea|select|button)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?([A-Za-z][^\s/>]*)[^>]*>?/gi;
const SPACE_ENTITY = /&(?:nbsp|#160|#xa0|ensp|emsp|thinsp);/gi;

/**
 * How many words a reader would see in an HTML string, from the string alone: tags and comments
 * dropped (a block's tags as a space, so words of two paragraphs never run together), no DOM, no
 * sanitizer. Only for counting (reading time); never for display.
 */
export function countWordsInHtml(html: string): number {
  const text = html
    .replace(ANY_TAG, (_tag, _hidden: string | undefined, name: string | undefined) =>
      name !== undefined && !BLOCK_TAGS.has(name.toLowerCase()) ? '' : ' ',
    )
    .replace(SPACE_ENTITY, ' ');
  return text.match(/\S+/g)?.length ?? 0;
}

/** This part, for `provideHtmlMeasurePart()` (an element that reads HTML calls it at load). */
export const htmlMeasure: HtmlMeasurePart = { checkHtmlLimits, countWordsInHtml };
provideHtmlMeasurePart(htmlMeasure);
