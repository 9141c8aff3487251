/**
 * HTML character references in text -> the characters, as text. schema.org text fields are plain
 * text, yet pages often write them HTML-escaped (`Don&#8217;t`, `Markets &amp; Finance`), sometimes
 * twice (`&amp;#8217;`). The result is still plain text, bound as text: decoding never makes markup
 * (`&lt;b&gt;` becomes the characters `<b>`). No DOM is used, so the server renderer decodes the same.
 *
 * Named references: the ones news pages use (punctuation, symbols) and every Latin-1 letter with
 * an accent, built from its base letter and combining mark (`&auml;` = a + U+0308, composed to ä)
 * rather than a 100-entry table. An unknown name stays as it is.
 */
/**
 * Name and character, packed: every name is ASCII letters and every character is none, so the
 * table splits without separators and costs a third of an object literal.
 */
const NAMED = new Map(
  [
    ...'amp&lt<gt>quot"apos\'nbsp\u00a0shy\u00adndash–mdash—hellip…lsquo‘rsquo’sbquo‚ldquo“rdquo”bdquo„laquo«raquo»lsaquo‹rsaquo›bull•middot·prime′iexcl¡iquest¿copy©reg®trade™deg°sect§para¶euro€pound£yen¥cent¢times×divide÷percnt%num#dollar$excl!quest?colon:comma,period.sol/lpar(rpar)ast*plus+equals=commat@lowbar_szligßaeligæAEligÆoslashøOslashØoeligœOEligŒethðthornþ'.matchAll(
      /([a-z]+)([^a-z])/gi,
    ),
  ].map(([, name, char]) => [name, char]),
);

/** The combining mark of each accent name of the Latin-1 letters (`eacute`, `Uuml`, `ccedil`…). */
const ACCENTS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
};

const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi;

function character(code: number, reference: string): string {
  // Not a character (a surrogate half, beyond Unicode) or NUL: keep the text as written.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : reference;
}

function named(reference: string, name: string): string {
  const char = NAMED.get(name);
  if (char) return char;
  const accent = name.slice(1);
  return Object.hasOwn(ACCENTS, accent) ? (name[0] + ACCENTS[accent]).normalize('NFC') : reference;
}

/** Text with its character references decoded, double-escaped ones (`&amp;#8217;`) included. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&amp;(?=#?[\da-z]+;)/gi, '&')
    .replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) =>
      name !== undefined
        ? named(reference, name)
        : character(parseInt(decimal ?? hex ?? '', decimal ? 10 : 16), reference),
    );
}
