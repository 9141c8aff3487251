import { isObject } from './json-object.js';

/** Whether input is schema.org JSON-LD (read with `schema-org.ts`) rather than article JSON. */
const isLinkedData = (value: unknown): boolean =>
  isObject(value) &&
  (Object.hasOwn(value, '@context') ||
    Object.hasOwn(value, '@type') ||
    Object.hasOwn(value, '@graph'));

/**
 * True for JSON-LD: an object with `@context`, `@type` or `@graph`, or a list of them (a page's
 * blocks: each one an object or itself such a list).
 */
export function isSchemaOrg(input: unknown): boolean {
  if (Array.isArray(input)) return input.length > 0 && input.every(isSchemaOrg);
  return isLinkedData(input);
}
