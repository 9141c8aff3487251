// Rollup plugin: every character outside ASCII in the script-tag build becomes a \uXXXX escape.
// A page without <meta charset> that serves the bundle without `charset=utf-8` decodes it as
// windows-1252, and "isn’t" would read "isnâ€™t". terser's `ascii_only` escapes string literals
// but not template literals (html`…`, css`…`), so this runs on the finished chunk instead: a
// \uXXXX escape means the same character in a string, a template, a regular expression and an
// identifier alike. Source maps follow (magic-string).
import MagicString from 'magic-string';

/** A backslash-escaped non-ASCII character (`\·`, an identity escape) keeps meaning the character. */
const NON_ASCII = /(\\*)([^\0-\x7f])/g;

/** @returns {import('rollup').Plugin} */
export function asciiOnly() {
  return {
    name: 'newsprint-ascii-only',
    renderChunk(code) {
      if (!/[^\0-\x7f]/.test(code)) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(NON_ASCII)) {
        const [whole, backslashes, char] = match;
        // An odd number of backslashes escapes the character itself: drop that one.
        const kept = backslashes.length % 2 ? backslashes.slice(0, -1) : backslashes;
        const escaped = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
        output.overwrite(match.index, match.index + whole.length, kept + escaped);
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
