/**
 * Bad data: what the reader of a warning needs to fix it. `path` names the bad field in the
 * input, e.g. `authors[0].name`, or is absent when the whole document is wrong.
 *
 * Messages quote the data (a field name, a type, a URL), so the data could make them as long as
 * it likes: 80,000 distinct `@type` values once made a 2,149,000-character message and an error
 * box 237,760 px tall. Every message is bounded here, where they are all made: a quoted part
 * longer than `QUOTE_CHARS` is shortened, and the whole is cut at `MESSAGE_CHARS`.
 */
export class NewsprintDataError extends Error {
  readonly path?: string;

  constructor(message: string, options: { path?: string; cause?: unknown } = {}) {
    super(
      boundedMessage(message),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'NewsprintDataError';
    if (options.path !== undefined) this.path = shorten(options.path, PATH_CHARS);
  }
}

/** The longest error message, in characters: a few lines of a warning. */
export const MESSAGE_CHARS = 600;
/** The longest quoted part of a message (a field name, a URL, a type) and the longest path. */
const QUOTE_CHARS = 120;
const PATH_CHARS = 200;

const shorten = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** `message` with long quoted parts shortened and cut to `MESSAGE_CHARS`. */
export function boundedMessage(message: string): string {
  if (message.length <= QUOTE_CHARS) return message;
  const quotesShortened = message.replace(
    new RegExp(`"([^"]{${QUOTE_CHARS},})"`, 'g'),
    (_, quoted: string) => `"${shorten(quoted, QUOTE_CHARS)}"`,
  );
  if (quotesShortened.length <= MESSAGE_CHARS) return quotesShortened;
  const cut = quotesShortened.length - (MESSAGE_CHARS - 40);
  return `${quotesShortened.slice(0, MESSAGE_CHARS - 40)}… (${cut.toLocaleString('en-US')} more characters)`;
}
