/**
 * Bad data: what the reader of a warning needs to fix it. `path` names the bad field in the
 * input, e.g. `authors[0].name`, or is absent when the whole document is wrong.
 */
export class NewsprintDataError extends Error {
  readonly path?: string;

  constructor(message: string, options: { path?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NewsprintDataError';
    if (options.path !== undefined) this.path = options.path;
  }
}
