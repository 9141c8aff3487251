/**
 * One JSON-LD value as the schema.org mapping (`schema-org.ts`) reads it: JSON-LD allows a list
 * wherever one value is allowed, wraps values in `{ "@value" }` and lists in `{ "@list" }`, and
 * real pages escape text as HTML and write numbers, dates and URLs loosely. These turn such a
 * value into what article JSON would hold, or pass it on unchanged for `parse.ts` to judge.
 */
import { decodeEntities } from './entities.js';
import { isoDate } from './json-ld-date.js';
import { isObject } from './json-object.js';

/** A JSON-LD list object (`{ "@list": […] }`, `{ "@set": […] }`) as the array it stands for. */
const unwrapList = (value: unknown): unknown =>
  isObject(value) && Array.isArray(value['@list'] ?? value['@set'])
    ? (value['@list'] ?? value['@set'])
    : value;

/** The first of several values (JSON-LD allows a list wherever one value is allowed). */
function first(value: unknown): unknown {
  const list = unwrapList(value);
  return Array.isArray(list) ? list[0] : list;
}

/** A field as a list of values; JSON-LD `null` means absent, in a list too. */
export function asList(value: unknown): unknown[] {
  const list = unwrapList(value);
  return (Array.isArray(list) ? list : [list]).filter(
    (item) => item !== undefined && item !== null,
  );
}

/**
 * A plain value: the first one, unwrapped from `{ "@value": … }`; JSON-LD `null` is absence. Text
 * is HTML-escaped on many pages (`Don&#8217;t`): it is decoded, and stays text.
 */
export function literal(value: unknown): unknown {
  const plain = rawLiteral(value);
  return typeof plain === 'string' ? decodeEntities(plain) : plain;
}

/** `literal` for the one field that is HTML (an FAQ answer), where the sanitizer reads entities. */
export function rawLiteral(value: unknown): unknown {
  const one = first(value);
  const plain = isObject(one) && Object.hasOwn(one, '@value') ? one['@value'] : one;
  return plain === null ? undefined : plain;
}

/** A JSON-LD date, in ISO 8601 where it can be read (`json-ld-date.ts`). */
export function date(value: unknown): unknown {
  const plain = literal(value);
  return typeof plain === 'string' ? isoDate(plain) : plain;
}

/** The first value that is present and not blank text. */
export function pick(...values: unknown[]): unknown {
  return values.find(
    (value) =>
      value !== undefined && value !== null && !(typeof value === 'string' && !value.trim()),
  );
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * `articleBody` is plain text: paragraphs are separated by blank lines, or by single newlines
 * when there is no blank line. Each is escaped, so text never becomes markup.
 */
export function paragraphs(text: string): string | undefined {
  const normalized = text.replace(/\r\n?/g, '\n');
  const parts = /\n[^\S\n]*\n/.test(normalized)
    ? normalized.split(/\n[^\S\n]*\n/)
    : normalized.split('\n');
  const html = parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((part) => `<p>${escapeHtml(part)}</p>`);
  return html.length ? html.join('\n') : undefined;
}

/** A numeric string becomes a number; anything else is passed on for `parse.ts` to judge. */
export function dimension(value: unknown): unknown {
  const one = literal(value);
  const plain = isObject(one) ? literal(one.value) : one; // QuantitativeValue
  return typeof plain === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(plain) ? Number(plain) : plain;
}

/** `"By Jane Doe"` -> `"Jane Doe"`: pages often write the byline's word into the name. */
export const withoutBy = (name: unknown): unknown =>
  typeof name === 'string' ? name.replace(/^\s*by\s+/i, '') : name;

/**
 * `mainEntityOfPage` as the story's URL only when it is one: some pages write `"True"` there, which
 * would otherwise resolve as a relative link.
 */
export const pageUrl = (url: unknown): unknown =>
  typeof url === 'string' && /^(?:https?:|\/)/i.test(url.trim()) ? url : undefined;

/** `#faq-cost` or `https://example.com/story#faq-cost` -> `faq-cost`. */
export function fragmentOf(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  const hash = id.indexOf('#');
  return hash >= 0 && hash < id.length - 1 ? id.slice(hash + 1) : undefined;
}
