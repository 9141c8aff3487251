// Pure helpers of the embed builder: reading what the blogger pasted, explaining malformed JSON
// in plain words, and writing the snippet. No DOM, so they run in Node tests as well.
import { jsonForScript } from '../src/article/json-script.js';
import { NEWSPRINT_ELEMENTS, type NewsprintTag } from '../src/frameworks/elements.js';

/** The builder's name of each element of the registry: `card` for `<newsprint-card>`. */
export type ElementName = (typeof NEWSPRINT_ELEMENTS)[number]['name'];
export type Layout = 'vertical' | 'horizontal' | 'compact';
/** `''`: no `theme` attribute, so the element follows the blog page's own colours (the default). */
export type Theme = '' | 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  element: ElementName;
  /** Only used by the card. */
  layout: Layout;
  theme: Theme;
  /** `''` leaves the language to the story (its `language` field, else the blog page's). */
  lang: string;
}

/** What the blogger pasted, once read. */
export type Source =
  | { kind: 'empty' }
  | { kind: 'url'; url: string }
  | { kind: 'json'; json: unknown }
  | { kind: 'invalid'; message: string; offset?: number };

/** The script the snippet loads: pinned version, its integrity hash, where it is served from. */
export interface BundleInfo {
  version: string;
  scriptUrl: string;
  integrity: string;
}

/**
 * Reads the field: JSON text when it starts like JSON, else a web address. A relative address
 * would resolve against the blog's page, not against this builder, so only full `https:`/`http:`
 * addresses are accepted.
 */
export function readSource(text: string): Source {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  if (/^[{[]/.test(trimmed)) {
    try {
      return { kind: 'json', json: JSON.parse(trimmed) as unknown };
    } catch {
      const { message, offset } = explainJsonError(text);
      return { kind: 'invalid', message, offset };
    }
  }
  if (/^<(script|newsprint-)/i.test(trimmed)) {
    return {
      kind: 'invalid',
      message:
        'This looks like HTML. Paste only the JSON (the text between { and }) or the web address of the JSON file.',
    };
  }
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || /\s/.test(trimmed)) {
    return {
      kind: 'invalid',
      message:
        'This is neither a web address nor JSON. A web address starts with https://, and article JSON starts with {.',
    };
  }
  return { kind: 'url', url: url.href };
}

/** Where JSON text goes wrong, in words a blogger can act on. Line and column count from 1. */
export function explainJsonError(text: string): {
  message: string;
  line: number;
  column: number;
  offset: number;
} {
  const { offset, problem } = findJsonError(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return {
    message: `The JSON has a mistake at line ${line}, column ${column}: ${problem}`,
    line,
    column,
    offset,
  };
}

/** The first mistake in a JSON text: where it is, and what it is in a blogger's words. */
class Mistake {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

/**
 * A small JSON scanner that only finds the first mistake (JSON.parse says where only in some
 * engines and versions, and not in words a non-programmer reads).
 */
function findJsonError(text: string): { offset: number; problem: string } {
  const scanner = new JsonScanner(text);
  try {
    scanner.document();
  } catch (error) {
    if (error instanceof Mistake) return error;
    throw error;
  }
  // JSON.parse refused what this scanner accepts: point at the start rather than guess.
  return { offset: 0, problem: 'the JSON could not be read.' };
}

/** Reads JSON from the start and throws a `Mistake` at the first thing that is not JSON. */
class JsonScanner {
  private i = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.space();
    if (this.i < this.text.length)
      this.fail('there is more text after the end of the JSON. Paste one JSON object only.');
  }

  private fail(problem: string, at = this.i): never {
    throw new Mistake(at, problem);
  }

  private space(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i]!)) this.i++;
  }

  private describe(at: number): string {
    const char = this.text[at];
    if (char === undefined) return 'the text ends';
    if (char === "'") return "there is a single quote (')";
    if (char === '"') return 'there is a double quote (")';
    return `there is "${char}"`;
  }

  private end(closer: string): void {
    if (this.i >= this.text.length)
      this.fail(
        `the text ends too early. A closing ${closer} is missing, or the JSON was cut off.`,
      );
  }

  private string(): void {
    const { text } = this;
    const start = this.i;
    this.i++; // the opening quote
    for (;;) {
      if (this.i >= text.length)
        this.fail('a text in double quotes is never closed with a ".', start);
      const char = text[this.i]!;
      if (char === '"') return void this.i++;
      if (char === '\n')
        this.fail('a text in double quotes runs past the end of the line. Is a " missing?');
      if (char === '\\') {
        const next = text[this.i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6)))
          this.i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) this.i += 2;
        else
          this.fail(
            'a backslash (\\) must be followed by ", \\, /, b, f, n, r, t or u and four hex digits. Write \\\\ for a backslash.',
          );
      } else if (char < ' ')
        this.fail(
          'a text in double quotes holds a tab or control character. Write \\t instead of a tab.',
        );
      else this.i++;
    }
  }

  private value(): void {
    const { text } = this;
    this.space();
    this.end('} or ]');
    const char = text[this.i]!;
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === "'")
      this.fail('texts and field names must be in double quotes ("), not single quotes (\').');
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(this.i));
    if (number && number[0] !== '-') return void (this.i += number[0].length);
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, this.i)) return void (this.i += word.length);
    }
    this.fail(
      `a value (a text in double quotes, a number, true, false, null, { or [) was expected, but ${this.describe(this.i)}.`,
    );
  }

  private object(): void {
    const { text } = this;
    this.i++;
    this.space();
    if (text[this.i] === '}') return void this.i++;
    for (;;) {
      this.space();
      this.end('}');
      if (text[this.i] === '}')
        this.fail('there is a comma before the closing }. Remove that comma.', this.i);
      if (text[this.i] === "'")
        this.fail('field names must be in double quotes ("), not single quotes (\').');
      if (text[this.i] !== '"')
        this.fail(`a field name in double quotes was expected, but ${this.describe(this.i)}.`);
      this.string();
      this.space();
      this.end('}');
      if (text[this.i] !== ':')
        this.fail(`a colon (:) must follow a field name, but ${this.describe(this.i)}.`);
      this.i++;
      this.value();
      this.space();
      this.end('}');
      if (text[this.i] === '}') return void this.i++;
      if (text[this.i] !== ',')
        this.fail(`a comma (,) or the closing } is missing before this point.`);
      this.i++;
    }
  }

  private array(): void {
    const { text } = this;
    this.i++;
    this.space();
    if (text[this.i] === ']') return void this.i++;
    for (;;) {
      this.space();
      this.end(']');
      if (text[this.i] === ']')
        this.fail('there is a comma before the closing ]. Remove that comma.', this.i);
      this.value();
      this.space();
      this.end(']');
      if (text[this.i] === ']') return void this.i++;
      if (text[this.i] !== ',')
        this.fail(`a comma (,) or the closing ] is missing before this point.`);
      this.i++;
    }
  }
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The story's JSON as the snippet and the preview carry it: indented to be read, and escaped. */
export const indentedJsonForScript = (json: unknown): string => jsonForScript(json, 2);

/** The registry's entry of the element the blogger chose. */
function elementNamed(name: ElementName): (typeof NEWSPRINT_ELEMENTS)[number] {
  return NEWSPRINT_ELEMENTS.find((element) => element.name === name)!;
}

/** The tag of the element the blogger chose. */
export function tagOf(name: ElementName): NewsprintTag {
  return elementNamed(name).tag;
}

/**
 * Whether the element shows the whole story (the article and the card), whose content is a way
 * to it; the byline, picture and FAQ show a part that carries no story address.
 */
export function showsWholeStory(name: ElementName): boolean {
  return elementNamed(name).part === 'article';
}

/** The attributes of the element, in the order the snippet writes them. */
export function elementAttributes(options: EmbedOptions, src?: string): [string, string][] {
  const attributes: [string, string][] = [];
  if (src !== undefined) attributes.push(['src', src]);
  if (options.element === 'card') attributes.push(['layout', options.layout]);
  // No theme by default: the element reads on the blog's own background, light or dark. A
  // theme paints a panel of its own, which only an explicit choice should do.
  if (options.theme) attributes.push(['theme', options.theme]);
  if (options.lang) attributes.push(['lang', options.lang]);
  return attributes;
}

/** A link to the story, shown where the script never runs and until it has loaded. */
export interface FallbackLink {
  url: string;
  headline: string;
}

/**
 * The fallback link of loaded data, when it has a full `http(s):` address and a headline (the
 * article and the card; the byline, picture and FAQ parts carry no story address).
 */
export function fallbackLinkOf(data: unknown): FallbackLink | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { url, headline } = data as { url?: unknown; headline?: unknown };
  if (typeof url !== 'string' || typeof headline !== 'string' || !headline.trim()) return undefined;
  if (!/^https?:\/\//i.test(url)) return undefined;
  return { url, headline: headline.trim() };
}

/** Escapes text for HTML element content. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The whole snippet: the pinned script with its integrity hash, then the element, with a link to
 * the story inside it when one is known. The elements render no light-DOM children, so the link
 * is what readers see only until the script runs, or where it never does.
 */
export function makeSnippet(
  bundle: BundleInfo,
  options: EmbedOptions,
  source: Source,
  fallback?: FallbackLink,
): string {
  const script = `<script src="${escapeAttribute(bundle.scriptUrl)}" integrity="${bundle.integrity}" crossorigin="anonymous" async></script>`;
  const tag = tagOf(options.element);
  const src = source.kind === 'url' ? source.url : undefined;
  const attributes = elementAttributes(options, src)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const children: string[] = [];
  if (fallback) {
    children.push(
      `<a href="${escapeAttribute(fallback.url)}">${escapeText(fallback.headline)}</a>`,
    );
  }
  if (source.kind === 'json') {
    const json = indentedJsonForScript(source.json).replace(/\n/g, '\n    ');
    children.push(`<script type="application/json">\n    ${json}\n  </script>`);
  }
  if (!children.length) return `${script}\n<${tag}${attributes}></${tag}>\n`;
  return `${script}\n<${tag}${attributes}>\n${children.map((child) => `  ${child}\n`).join('')}</${tag}>\n`;
}

/**
 * Addresses in pasted JSON that are not full (`assets/photo.jpg`). Inline JSON resolves them
 * against the page it sits in, so on the blog they would point at the blog's own site. Returns
 * `[path, address]` pairs, e.g. `['image.src', 'assets/photo.jpg']`.
 */
export function relativeAddresses(json: unknown): [string, string][] {
  const found: [string, string][] = [];
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const check = (path: string, value: unknown) => {
    if (typeof value !== 'string' || !value.trim()) return;
    if (!/^[a-z][a-z\d+.-]*:/i.test(value.trim()) && !value.trim().startsWith('//'))
      found.push([path, value]);
  };
  if (!isObject(json)) return found;
  check('url', json.url);
  if (isObject(json.image)) check('image.src', json.image.src);
  if (isObject(json.publisher)) {
    check('publisher.url', json.publisher.url);
    check('publisher.logo', json.publisher.logo);
  }
  if (Array.isArray(json.authors)) {
    json.authors.forEach((author, index) => {
      if (!isObject(author)) return;
      check(`authors[${index}].url`, author.url);
      check(`authors[${index}].image`, author.image);
    });
  }
  return found;
}
