/**
 * The text of a page's `<script type="application/ld+json">` -> its value, forgiving what pages
 * publish and search engines accept: a CDATA or HTML-comment wrapper (`//<![CDATA[ … //]]>`),
 * `//` and `/* … *\/` comments, trailing commas (`[1, 2,]`), and raw control characters (a line
 * break, a tab) inside strings. Nothing else is guessed: unquoted keys or single quotes still fail.
 *
 * Only for JSON-LD: article JSON, our own format, is read with a strict `JSON.parse`.
 */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    try {
      return JSON.parse(repaired(text));
    } catch {
      throw error; // the message about the text as written
    }
  }
}

const WRAPPER_START = /^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/;
const WRAPPER_END = /(?:\/\/\s*)?(?:\]\]>|-->)\s*$/;

/** One pass over the text that keeps strings as they are, apart from escaping control characters. */
function repaired(text: string): string {
  const source = text.replace(WRAPPER_START, '').replace(WRAPPER_END, '');
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '"') {
      let end = i + 1;
      for (; end < source.length && source[end] !== '"'; end++) if (source[end] === '\\') end++;
      out += source.slice(i, end + 1).replace(
        // Exactly the control characters JSON forbids raw in a string.
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u001f]/g,
        (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
      i = end;
    } else if (char === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i) >>> 0; // to the end of the line (or of the text: -1 >>> 0 is huge)
    } else if (char === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 1;
    } else if (
      char === ',' &&
      /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*[\]}]/.test(source.slice(i + 1, i + 200))
    ) {
      // A trailing comma: drop it.
    } else {
      out += char;
    }
  }
  return out;
}
