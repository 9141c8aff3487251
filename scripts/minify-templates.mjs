// A rollup plugin for the script-tag build: takes the whitespace and comments out of Lit's
// css`…` and html`…` template literals, which terser leaves alone (they are strings to it).
//
// It changes only what cannot change the result:
//   css`…`   comments removed; whitespace collapsed, and dropped next to `{ } ; : , > ( )` (never
//            before `:`, where it is a descendant combinator, nor before `(`, where `and (` would
//            become a function); no `;` before `}`. Strings, custom property values and values
//            with var() are kept as written (the browser serializes those verbatim). Templates
//            with `${…}` are left alone. test/build/ checks that every sheet's CSSOM is unchanged.
//   html`…`  a run of whitespace that holds a line break becomes one space (what the browser
//            renders it as anyway), except inside quoted attribute values; space before the
//            `>` of a tag is dropped. Templates that mention `pre`, `textarea` or `white-space`
//            are left as they are.
//
// Only `css` and `html` imported from 'lit' are touched. Line numbers are kept (the line breaks
// taken out of a template are put back right after it, where terser then removes them), so the
// source map of the bundle stays right.
const LIT = new Set(['lit', 'lit-element', 'lit-html', 'lit-element/lit-element.js']);

/** Minifies the text of a css`…` template (no expressions). */
export function minifyCss(text) {
  const tokens = tokenizeCss(text);
  let out = '';
  let pos = 0;
  /** Kinds of the open blocks: 'rules' (the sheet, @media…) or 'declarations' (a style rule). */
  const blocks = ['rules'];
  while (pos < tokens.length) {
    const inDeclarations = blocks[blocks.length - 1] === 'declarations';
    if (tokens[pos].type === 'space') {
      pos++;
    } else if (tokens[pos].text === '}') {
      if (out.endsWith(';')) out = out.slice(0, -1);
      out += '}';
      blocks.pop();
      pos++;
    } else if (inDeclarations) {
      // One declaration, up to `;` or `}` outside parentheses.
      let end = pos;
      let depth = 0;
      while (end < tokens.length) {
        const text = tokens[end].text;
        if (text === '(') depth++;
        else if (text === ')') depth--;
        else if (depth === 0 && (text === ';' || text === '}')) break;
        else if (text === '{') throw new Error('minifyCss: nested rules are not supported');
        end++;
      }
      out += declaration(tokens.slice(pos, end));
      if (tokens[end]?.text === ';') {
        out += ';';
        end++;
      }
      pos = end;
    } else {
      // A selector or an at-rule prelude, up to `{` (or `;` for a statement at-rule).
      let end = pos;
      while (end < tokens.length && tokens[end].text !== '{' && tokens[end].text !== ';') end++;
      const prelude = compact(tokens.slice(pos, end), false);
      if (tokens[end]?.text === '{') {
        const group =
          /^@(?:media|supports|container|layer|document|scope|starting-style|keyframes)\b/i;
        blocks.push(group.test(prelude) ? 'rules' : 'declarations');
        out += `${prelude}{`;
      } else if (end < tokens.length) {
        out += `${prelude};`;
      } else {
        out += prelude;
      }
      pos = end + 1;
    }
  }
  return out;
}

/**
 * A declaration. The value of a custom property (`--x: …`), and a value with `var()`, are kept
 * as written: the browser keeps them as token streams and serializes them verbatim (the CSSOM
 * and getComputedStyle would show the difference).
 */
function declaration(tokens) {
  noGluingComment(tokens);
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 0) return compact(tokens, true);
  const name = compact(tokens.slice(0, colon), true);
  const value = trimSpace(tokens.slice(colon + 1));
  const verbatim = name.startsWith('--') || value.some((token) => /^var$/i.test(token.text));
  return `${name}:${verbatim ? value.map((token) => token.text).join('') : compact(value, true)}`;
}

/** Tokens joined with whitespace collapsed, and dropped where it cannot matter. */
function compact(tokens, inValue) {
  let out = '';
  let depth = 0;
  tokens = trimSpace(tokens);
  noGluingComment(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'space') {
      if (token.text === '(') depth++;
      else if (token.text === ')') depth--;
      out += token.text;
      continue;
    }
    const before = tokens[i - 1].text;
    // `(min-width: 10px)` in a prelude: a feature's colon.
    if (before === ':' && depth > 0) continue;
    const after = tokens[i + 1].text;
    // Never before `:` (a descendant combinator then a pseudo-class) nor before `(` (`and (`
    // would become a function); `+` and `-` keep theirs (calc, selectors).
    const droppable = new Set([',', '>', '(', ')', ...(inValue ? ['/'] : [])]);
    if (droppable.has(before) && before !== ')') continue;
    if ((droppable.has(after) && after !== '(') || after === '!') continue;
    out += ' ';
  }
  return out;
}

/** A comment right between two tokens separates them; taking it out would glue them together. */
function noGluingComment(tokens) {
  const glued = trimSpace(tokens).find((token) => token.type === 'space' && token.text === '');
  if (glued) throw new Error('minifyCss: a comment between two tokens is not supported');
}

function trimSpace(tokens) {
  let start = 0;
  let end = tokens.length;
  while (start < end && tokens[start].type === 'space') start++;
  while (end > start && tokens[end - 1].type === 'space') end--;
  return tokens.slice(start, end);
}

/**
 * Just enough of CSS's tokenizer: whitespace (comments count as whitespace), strings, escapes,
 * identifiers/numbers (runs of name characters), and single characters.
 */
function tokenizeCss(text) {
  const tokens = [];
  const push = (type, value) => {
    const previous = tokens[tokens.length - 1];
    if (type === 'space' && previous?.type === 'space') previous.text += value;
    else tokens.push({ type, text: value });
  };
  for (let i = 0; i < text.length;) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('minifyCss: unclosed comment');
      i = end + 2;
      push('space', '');
    } else if (/\s/.test(char)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      push('space', text.slice(i, j));
      i = j;
    } else if (char === '"' || char === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== char) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) throw new Error('minifyCss: unclosed string');
      push('string', text.slice(i, j + 1));
      i = j + 1;
    } else if (/[\w\\-]/.test(char) || char.charCodeAt(0) > 127) {
      let j = i;
      while (
        j < text.length &&
        (/[\w-]/.test(text[j]) || text.charCodeAt(j) > 127 || text[j] === '\\')
      ) {
        j += text[j] === '\\' ? 2 : 1;
      }
      push('word', text.slice(i, j));
      i = j;
    } else {
      push('char', char);
      i++;
    }
  }
  return tokens;
}

/**
 * Minifies the static parts of an html`…` template; `parts` are the raw texts between the
 * expressions. Tracks whether each position is text, inside a tag, or in a quoted value across
 * the parts (an expression can sit inside an attribute value).
 */
export function minifyHtml(parts) {
  let state = 'text'; // 'text' | 'tag' | '"' | "'"
  return parts.map((part) => {
    let out = '';
    for (let i = 0; i < part.length;) {
      const char = part[i];
      if (state === '"' || state === "'") {
        if (char === state) state = 'tag';
        out += char;
        i++;
      } else if (/\s/.test(char)) {
        let j = i;
        while (j < part.length && /\s/.test(part[j])) j++;
        const run = part.slice(i, j);
        if (state === 'tag' && part[j] === '>') out += '';
        else out += run.includes('\n') ? ' ' : run;
        i = j;
      } else {
        if (state === 'text' && char === '<') state = 'tag';
        else if (state === 'tag' && char === '>') state = 'text';
        else if (state === 'tag' && (char === '"' || char === "'")) state = char;
        out += char;
        i++;
      }
    }
    return out;
  });
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'newsprint-minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(?:css|html)\s*`/.test(code)) return null;
      const ast = this.parse(code);
      const tags = litTags(ast);
      if (tags.size === 0) return null;
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const kind = tags.get(node.tag.name);
        if (!kind) return;
        const quasis = node.quasi.quasis;
        for (const quasi of quasis) {
          if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) {
            throw new Error(`minify-templates: unexpected template positions in ${id}`);
          }
        }
        const raws = quasis.map((quasi) => quasi.value.raw);
        let minified;
        if (kind === 'css') {
          if (quasis.length !== 1) return;
          minified = [minifyCss(raws[0])];
        } else {
          if (/<(?:pre|textarea)\b|white-space/i.test(raws.join(''))) return;
          minified = minifyHtml(raws);
        }
        let lines = 0;
        quasis.forEach((quasi, index) => {
          lines += countLines(raws[index]) - countLines(minified[index]);
          edits.push({ start: quasi.start, end: quasi.end, text: minified[index] });
        });
        if (lines > 0) edits.push({ start: node.end, end: node.end, text: '\n'.repeat(lines) });
      });
      if (edits.length === 0) return null;
      edits.sort((a, b) => b.start - a.start || b.end - a.end);
      let result = code;
      for (const edit of edits)
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      // Line structure is unchanged outside the templates: the incoming source map still holds.
      return { code: result, map: null };
    },
  };
}

const countLines = (text) => text.split('\n').length - 1;

/** Local names of `css` and `html` imported from Lit in this module. */
function litTags(ast) {
  const tags = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT.has(node.source.value)) continue;
    for (const specifier of node.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier.imported.name ?? specifier.imported.value;
      if (imported === 'css' || imported === 'html') tags.set(specifier.local.name, imported);
    }
  }
  return tags;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string')
      walk(value, visit);
  }
}
