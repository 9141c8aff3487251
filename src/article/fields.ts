/**
 * The field reader of the full data reader (`parse.ts`): one JSON object at a path, read one field
 * per call. Each read checks the type, trims text, treats blank optional text as absent, and
 * throws a `NewsprintDataError` whose message names the field's path in words a blogger knows.
 */
import { NewsprintDataError } from './errors.js';
import { isDate, LANGUAGE } from './formats.js';
import { isObject } from './json-object.js';
import { checkListLimit, checkTextLimit } from './limits.js';
// The sanitizer and the HTML measure are loaded only when the data needs them (parts.ts).
import { checkHtmlLimits, sanitizeHtml } from './parts.js';
import type { Omission, ParseOptions, SafeUrl, SanitizedHtml } from './types.js';
import { safeSrcset, safeUrl } from './urls.js';

type Json = Record<string, unknown>;
type HtmlBudget = { chars: number; elements: number };

/** The smallest valid document of each kind, for messages about a top level that is no object. */
const EXAMPLES = {
  article: '{ "headline": "…" }',
  image: '{ "src": "…", "alt": "…" }',
  FAQ: '{ "items": [ … ] }',
  byline: '{ "authors": [ … ] }',
};
/** What a document read from the top is: an article, or a standalone part. */
export type DocumentKind = keyof typeof EXAMPLES;

/** What a value is, in words a blogger knows. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'missing';
    default:
      return typeof value;
  }
}

/** A value quoted for a message, cut short so a whole body never lands in the console. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** The field readers of one JSON object at a path (see the top of this file). */
export class Fields {
  /**
   * `omitted` makes the reader lenient, for mapped schema.org JSON-LD (docs/decisions/0001): an
   * optional field (or list item) that cannot be used is left out and noted there instead of
   * being an error.
   */
  private constructor(
    private readonly data: Json,
    private readonly path: string,
    readonly options: ParseOptions,
    private readonly omitted?: Omission[],
    /** The HTML measured so far in this document: the HTML limits are for all of it together. */
    private readonly htmlUsed: HtmlBudget = { chars: 0, elements: 0 },
  ) {}

  /** The top of a document: an article, or a standalone part (which `what` names). */
  static root(
    value: unknown,
    options: ParseOptions,
    what: DocumentKind,
    omitted?: Omission[],
  ): Fields {
    if (!isObject(value)) {
      throw new NewsprintDataError(
        `The ${what} data must be a JSON object like ${EXAMPLES[what]}, but it is ${kindOf(value)}.`,
      );
    }
    return new Fields(value, '', options, omitted);
  }

  private at(value: unknown, path: string): Fields {
    if (!isObject(value)) throw wrongType(path, 'an object', value);
    return new Fields(value, path, this.options, this.omitted, this.htmlUsed);
  }

  /** `read()`, or (lenient) undefined with a note when it finds the field unusable. */
  private optional<T>(path: string, read: () => T): T | undefined {
    if (!this.omitted) return read();
    try {
      return read();
    } catch (error) {
      if (!(error instanceof NewsprintDataError)) throw error;
      this.omitted.push({ path, reason: error.message });
      return undefined;
    }
  }

  pathOf(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  /**
   * The field's value: own properties only, never one inherited from a polluted prototype. `null`
   * is absent, as feeds serialize a missing field; a required field that is `null` is "missing".
   */
  private get(key: string): unknown {
    return Object.hasOwn(this.data, key) ? (this.data[key] ?? undefined) : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Text as given (trimmed), `""` included; longer than the text limit is an error. */
  string(key: string): string | undefined {
    const value = this.rawString(key);
    if (value !== undefined) checkTextLimit(value, this.pathOf(key));
    return value;
  }

  private rawString(key: string): string | undefined {
    const value = this.get(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw wrongType(this.pathOf(key), 'text', value);
    return value.trim();
  }

  /**
   * HTML as given (trimmed, blank is absent), measured against the HTML limits before anything
   * parses it. Not sanitized: for counting words, or for `html()`.
   */
  rawHtml(key: string): string | undefined {
    const value = this.rawString(key) || undefined;
    if (value !== undefined) checkHtmlLimits(value, this.pathOf(key), this.htmlUsed);
    return value;
  }

  /** Optional text; blank is absent. */
  text(key: string): string | undefined {
    return this.optional(this.pathOf(key), () => this.string(key)) || undefined;
  }

  /** Text that must be there, possibly `""` (an image's `alt`). */
  requiredString(key: string, hint: string): string {
    const value = this.string(key);
    if (value === undefined) throw missing(this.pathOf(key), hint);
    return value;
  }

  /** Text that must be there and not blank. */
  requiredText(key: string, hint: string): string {
    const value = this.requiredString(key, hint);
    if (!value) throw empty(this.pathOf(key), hint);
    return value;
  }

  /** A URL through the URL policy: an unsafe one is dropped, not an error (docs/decisions/0002). */
  url(key: string): SafeUrl | undefined {
    const value = this.text(key);
    return value === undefined ? undefined : safeUrl(value, this.options.baseUrl);
  }

  /** A URL that must be given, though the URL policy may still drop it. */
  requiredUrl(key: string, hint: string): SafeUrl | undefined {
    return safeUrl(this.requiredText(key, hint), this.options.baseUrl);
  }

  srcset(key: string): string | undefined {
    const value = this.text(key);
    return value === undefined ? undefined : safeSrcset(value, this.options.baseUrl);
  }

  html(key: string): SanitizedHtml | undefined {
    const value = this.rawHtml(key);
    return value === undefined ? undefined : sanitizeHtml(value, this.options);
  }

  requiredHtml(key: string, hint: string): SanitizedHtml {
    if (this.rawString(key) === undefined) throw missing(this.pathOf(key), hint);
    const value = this.rawHtml(key);
    if (value === undefined) throw empty(this.pathOf(key), hint);
    return sanitizeHtml(value, this.options);
  }

  date(key: string): string | undefined {
    return this.matching(key, isDate, 'a date like "2026-01-26" or "2026-01-26T09:30:00Z"');
  }

  language(key: string): string | undefined {
    const value = this.text(key);
    const hint = value?.includes('_') ? ` Use a hyphen: ${quote(value.replace(/_/g, '-'))}.` : '';
    return this.matching(
      key,
      (tag) => LANGUAGE.test(tag),
      'a language tag like "en" or "pt-BR"',
      hint,
    );
  }

  /** Optional text without spaces (an id that a URL fragment can name). */
  word(key: string): string | undefined {
    return this.matching(key, (text) => !/\s/.test(text), 'one word without spaces, like "cost"');
  }

  positiveInteger(key: string): number | undefined {
    return this.number(key, Number.isInteger, 'a whole number greater than 0');
  }

  positiveNumber(key: string): number | undefined {
    return this.number(key, Number.isFinite, 'a number greater than 0');
  }

  object<T>(key: string, read: (fields: Fields) => T): T | undefined {
    const value = this.get(key);
    const path = this.pathOf(key);
    return value === undefined ? undefined : this.optional(path, () => read(this.at(value, path)));
  }

  /**
   * A list of at most `max` items (`what` names them in the message); longer is an error, even
   * when lenient. Lenient, an item that cannot be used is left out and the others kept.
   */
  list<T>(key: string, read: (fields: Fields) => T, max: number, what: string): T[] | undefined {
    const value = this.get(key);
    if (value === undefined) return undefined;
    const path = this.pathOf(key);
    if (!Array.isArray(value)) {
      return this.optional<T[]>(path, () => {
        throw wrongType(path, 'a list', value);
      });
    }
    // Before iterating: a list built in a script can claim any length (2³²−1).
    checkListLimit(value.length, max, path, what);
    const items: T[] = [];
    value.forEach((item, index) => {
      const itemPath = `${path}[${index}]`;
      const ok = this.optional(itemPath, () => ({ item: read(this.at(item, itemPath)) }));
      if (ok) items.push(ok.item);
    });
    return items;
  }

  /** A list that must be there and hold at least one item. */
  requiredList<T>(
    key: string,
    read: (fields: Fields) => T,
    hint: string,
    max: number,
    what: string,
  ): T[] {
    const items = this.list(key, read, max, what);
    if (items === undefined) throw missing(this.pathOf(key), hint);
    if (!items.length) throw empty(this.pathOf(key), hint);
    return items;
  }

  private matching(
    key: string,
    test: (text: string) => boolean,
    expected: string,
    hint = '',
  ): string | undefined {
    const value = this.text(key);
    return this.optional(this.pathOf(key), () => {
      if (value !== undefined && !test(value)) {
        throw badValue(this.pathOf(key), expected, `${quote(value)}.${hint}`);
      }
      return value;
    });
  }

  private number(key: string, test: (n: number) => boolean, expected: string): number | undefined {
    const value = this.get(key);
    if (value === undefined) return undefined;
    return this.optional(this.pathOf(key), () => {
      if (typeof value !== 'number') throw wrongType(this.pathOf(key), expected, value);
      if (!test(value) || value <= 0) throw badValue(this.pathOf(key), expected, `${value}.`);
      return value;
    });
  }
}

function wrongType(path: string, expected: string, value: unknown): NewsprintDataError {
  return new NewsprintDataError(`"${path}" must be ${expected}, but it is ${kindOf(value)}.`, {
    path,
  });
}

function badValue(path: string, expected: string, actual: string): NewsprintDataError {
  return new NewsprintDataError(`"${path}" must be ${expected}, but it is ${actual}`, { path });
}

export function missing(path: string, hint: string): NewsprintDataError {
  return new NewsprintDataError(`"${path}" is missing. ${hint}`, { path });
}

function empty(path: string, hint: string): NewsprintDataError {
  return new NewsprintDataError(`"${path}" is empty. ${hint}`, { path });
}
