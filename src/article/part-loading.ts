/**
 * What the main file needs of parts.ts (the parts of the data model loaded when data needs them):
 * `PartNotLoaded`, which elements wait on, and the schema.org part, which reading inline JSON-LD
 * (load.ts) may need before any reader runs. The HTML parts' registry, which only the readers
 * use, stays in parts.ts, with them in a chunk of the script-tag build.
 */
/** Thrown while reading data that needs a part not loaded yet: load it, then read again. */
export class PartNotLoaded extends Error {
  constructor(
    readonly part: 'sanitizer' | 'HTML measure' | 'schema.org mapping' | 'data reader' | 'strings',
    readonly load: () => Promise<unknown>,
  ) {
    super(`Newsprint's ${part} is not loaded yet.`);
  }
}

export interface SchemaOrgPart {
  fromSchemaOrg(input: unknown, unreadable?: string): Record<string, unknown>;
  parseLenientJson(text: string): unknown;
}

let schemaOrgPart: SchemaOrgPart | undefined;

export function provideSchemaOrgPart(part: SchemaOrgPart): void {
  schemaOrgPart = part;
}

export const loadSchemaOrg = () =>
  import('./schema-org.js').then((module) => provideSchemaOrgPart(module));

/** Whether the schema.org mapping is here (parts.ts `ensureWholeArticleParts`). */
export const hasSchemaOrgPart = (): boolean => schemaOrgPart !== undefined;

function schemaOrg(): SchemaOrgPart {
  if (!schemaOrgPart) throw new PartNotLoaded('schema.org mapping', loadSchemaOrg);
  return schemaOrgPart;
}

export function fromSchemaOrg(input: unknown, unreadable?: string): Record<string, unknown> {
  return schemaOrg().fromSchemaOrg(input, unreadable);
}

/**
 * The text of an inline JSON-LD block -> its value. Valid JSON needs no part; only text that
 * `JSON.parse` refuses needs the lenient reader (`lenient-json.ts`), which is JSON-LD-only code and
 * so lives with the mapping, which that JSON-LD will need next anyway.
 */
export function parseJsonLd(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return schemaOrg().parseLenientJson(text);
  }
}
