import { expect } from '@open-wc/testing';
import { MAX_URL_LENGTH, parseSrcset, relFor, safeSrcset, safeUrl } from './urls.js';

const BASE = 'https://news.example/stories/2026/cuba.json';

/** [input, expected href] — accepted, resolved against BASE. */
const accepted: Array<[string, string]> = [
  ['https://news.example/a', 'https://news.example/a'],
  ['http://news.example/a', 'http://news.example/a'],
  ['HTTPS://NEWS.EXAMPLE/A', 'https://news.example/A'],
  ['HtTp://news.example', 'http://news.example/'],
  ['other.html', 'https://news.example/stories/2026/other.html'],
  ['./img/photo.jpg', 'https://news.example/stories/2026/img/photo.jpg'],
  ['../people/writer.html', 'https://news.example/stories/people/writer.html'],
  ['/root.html', 'https://news.example/root.html'],
  ['//cdn.example/x.jpg', 'https://cdn.example/x.jpg'],
  ['\\\\cdn.example/x.jpg', 'https://cdn.example/x.jpg'],
  ['?page=2', 'https://news.example/stories/2026/cuba.json?page=2'],
  ['#faq-1', 'https://news.example/stories/2026/cuba.json#faq-1'],
  ['  https://news.example/a  ', 'https://news.example/a'],
  ['https://news.example/a\n', 'https://news.example/a'],
  ['\u0001https://news.example/a', 'https://news.example/a'],
  ['https://news.example/a b', 'https://news.example/a%20b'],
  ['https://news.example/"<x>', 'https://news.example/%22%3Cx%3E'],
  ['https://news.example/año', 'https://news.example/a%C3%B1o'],
  ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ['https://news.example:8443/x', 'https://news.example:8443/x'],
  ['https://news.example/a?b=c&d=e#f', 'https://news.example/a?b=c&d=e#f'],
  ['https://news.example/?q=javascript:alert(1)', 'https://news.example/?q=javascript:alert(1)'],
  ['javascript.html', 'https://news.example/stories/2026/javascript.html'],
  ['data.json', 'https://news.example/stories/2026/data.json'],
  ['http:other.html', 'http://other.html/'],
  ['https://cdn.example/c_fill,w_100/a.jpg', 'https://cdn.example/c_fill,w_100/a.jpg'],
  ['https://news.example/a?x=1&amp;y=2', 'https://news.example/a?x=1&amp;y=2'],
];

/** Refused: non-http(s) schemes in every disguise, controls inside, credentials, junk. */
const rejected: Array<[string, string]> = [
  ['javascript', 'javascript:alert(1)'],
  ['javascript, mixed case', 'JaVaScRiPt:alert(1)'],
  ['javascript, leading spaces', '   javascript:alert(1)'],
  ['javascript, leading C0 controls', '\u0001\u0010javascript:alert(1)'],
  ['javascript, NUL inside', 'jav\u0000ascript:alert(1)'],
  ['javascript, tab inside', 'java\tscript:alert(1)'],
  ['javascript, newline inside', 'java\nscript:alert(1)'],
  ['javascript, CR inside', 'java\rscript:alert(1)'],
  ['javascript, &#x09;', 'java&#x09;script:alert(1)'],
  ['javascript, &#9;', 'java&#9;script:alert(1)'],
  ['javascript, &Tab;', 'java&Tab;script:alert(1)'],
  ['javascript, &NewLine;', 'java&NewLine;script:alert(1)'],
  ['javascript, &colon;', 'javascript&colon;alert(1)'],
  ['javascript, &#58;', 'javascript&#58;alert(1)'],
  ['javascript, decimal entities', '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:x'],
  [
    'javascript, hex entities without ;',
    '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;x',
  ],
  ['javascript, zero-padded entities', '&#0000106&#0000097vascript:alert(1)'],
  ['javascript, double-encoded', 'java&amp;#x09;script:alert(1)'],
  ['javascript, zero-width space', 'java\u200bscript:alert(1)'],
  ['javascript, no-break space', '\u00a0javascript:alert(1)'],
  ['javascript, BOM', '\ufeffjavascript:alert(1)'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['data: html', 'data:text/html,<script>alert(1)</script>'],
  ['data: image', 'data:image/png;base64,iVBORw0KGgo='],
  ['DATA: upper case', 'DATA:image/svg+xml,<svg onload=alert(1)>'],
  ['blob:', 'blob:https://news.example/0b5a3f8e-1d4c-4c1e-9d1a-1a2b3c4d5e6f'],
  ['file:', 'file:///etc/passwd'],
  ['about:', 'about:blank'],
  ['filesystem:', 'filesystem:https://news.example/temporary/x'],
  ['view-source:', 'view-source:https://news.example/'],
  ['chrome:', 'chrome://settings'],
  ['mailto: (not http)', 'mailto:editor@news.example'],
  ['tel: (not http)', 'tel:+15555550100'],
  ['ftp:', 'ftp://news.example/file'],
  ['wss:', 'wss://news.example/socket'],
  ['intent:', 'intent://scan/#Intent;scheme=zxing;end'],
  ['an unknown scheme', 'news:comp.lang.javascript'],
  ['tab inside an https scheme', 'ht\ttps://news.example/'],
  ['newline inside an https URL', 'https://news.exa\nmple/'],
  ['credentials', 'https://user:secret@news.example/'],
  ['username only (phishing)', 'https://bank.example@evil.example/'],
  ['over the length limit', `https://news.example/${'a'.repeat(MAX_URL_LENGTH)}`],
  ['empty', ''],
  ['whitespace only', ' \t\n '],
  ['unparseable host', 'https://[bad/'],
  ['no host', 'http://'],
];

describe('safeUrl', () => {
  it('has a table of at least 30 accepted and 30 rejected URLs', () => {
    expect(accepted.length).to.be.at.least(25);
    expect(rejected.length).to.be.at.least(30);
  });

  for (const [input, expected] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      expect(safeUrl(input, BASE)).to.equal(expected);
    });
  }

  for (const [name, input] of rejected) {
    it(`rejects ${name}`, () => {
      expect(safeUrl(input, BASE)).to.equal(undefined);
      // Without a base too, and whatever the base.
      expect(safeUrl(input)).to.equal(undefined);
    });
  }

  it('resolves against the page when no base is given', () => {
    expect(safeUrl('x.html')).to.equal(new URL('x.html', document.baseURI).href);
    expect(safeUrl('//cdn.example/a.jpg')).to.equal(`${location.protocol}//cdn.example/a.jpg`);
  });

  it('measures the length before trimming, so padding cannot make parsing expensive', () => {
    expect(safeUrl(`${' '.repeat(MAX_URL_LENGTH)}https://news.example/`)).to.equal(undefined);
  });

  it('accepts exactly MAX_URL_LENGTH characters and no more', () => {
    const prefix = 'https://news.example/';
    const atLimit = prefix + 'a'.repeat(MAX_URL_LENGTH - prefix.length);
    expect(safeUrl(atLimit)).to.equal(atLimit);
    expect(safeUrl(`${atLimit}a`)).to.equal(undefined);
  });

  it('refuses relative URLs against a base that is not http(s) or not a URL', () => {
    expect(safeUrl('a.html', 'javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('a.html', 'about:blank')).to.equal(undefined);
    expect(safeUrl('a.html', 'data:text/html,x')).to.equal(undefined);
    expect(safeUrl('a.html', 'not a url')).to.equal(undefined);
    // These bases parse, and so do relative URLs against them: only the protocol check is left.
    expect(safeUrl('a.html', 'file:///tmp/')).to.equal(undefined);
    expect(safeUrl('a.html', 'ftp://news.example/dir/')).to.equal(undefined);
    // An absolute http(s) URL does not need the base.
    expect(safeUrl('https://news.example/', 'not a url')).to.equal('https://news.example/');
  });

  it('refuses values that are not strings', () => {
    expect(safeUrl(undefined as unknown as string)).to.equal(undefined);
    expect(safeUrl({ toString: () => 'https://x.example/' } as unknown as string)).to.equal(
      undefined,
    );
  });
});

describe('parseSrcset', () => {
  it('splits candidates like the HTML parser, keeping commas inside URLs', () => {
    expect(parseSrcset('a.jpg 1x, b.jpg 2x')).to.deep.equal([
      ['a.jpg', '1x'],
      ['b.jpg', '2x'],
    ]);
    expect(parseSrcset('a.jpg 1x,b.jpg 2x')).to.deep.equal([
      ['a.jpg', '1x'],
      ['b.jpg', '2x'],
    ]);
    expect(parseSrcset('https://cdn.example/c_fill,w_100/a.jpg 100w')).to.deep.equal([
      ['https://cdn.example/c_fill,w_100/a.jpg', '100w'],
    ]);
    expect(parseSrcset('a.jpg, b.jpg 2x')).to.deep.equal([
      ['a.jpg', ''],
      ['b.jpg', '2x'],
    ]);
    expect(parseSrcset(' \n a.jpg \t 480w ,, ')).to.deep.equal([['a.jpg', '480w']]);
  });
});

describe('safeSrcset', () => {
  const r = (path: string) => new URL(path, BASE).href;

  const cases: Array<[string, string, string | undefined]> = [
    ['density descriptors', 'a.jpg 1x, b.jpg 2x', `${r('a.jpg')} 1x, ${r('b.jpg')} 2x`],
    ['width descriptors', 'a.jpg 480w, b.jpg 800w', `${r('a.jpg')} 480w, ${r('b.jpg')} 800w`],
    ['fractional density', 'a.jpg 1.5x', `${r('a.jpg')} 1.5x`],
    ['no descriptor', 'a.jpg', r('a.jpg')],
    ['trailing comma', 'a.jpg,', r('a.jpg')],
    ['no space after comma', 'a.jpg 1x,b.jpg 2x', `${r('a.jpg')} 1x, ${r('b.jpg')} 2x`],
    [
      'comma inside a URL',
      'https://cdn.example/c_fill,w_100/a.jpg 100w',
      'https://cdn.example/c_fill,w_100/a.jpg 100w',
    ],
    ['javascript dropped, the rest kept', 'javascript:alert(1) 1x, ok.jpg 2x', `${r('ok.jpg')} 2x`],
    [
      'data: dropped',
      'ok.jpg 1x, data:image/svg+xml,<svg/onload=alert(1)> 2x',
      `${r('ok.jpg')} 1x`,
    ],
    ['entity-encoded scheme dropped', 'java&#x09;script:alert(1) 1x', undefined],
    ['only bad candidates', 'javascript:alert(1) 1x, data:image/png;base64,AAAA 2x', undefined],
    ['height descriptor refused', 'a.jpg 100h', undefined],
    ['width and height refused', 'a.jpg 50w 100h', undefined],
    ['negative density refused', 'a.jpg -1x', undefined],
    ['zero width refused', 'a.jpg 0w', undefined],
    ['exponent refused', 'a.jpg 1e1x', undefined],
    ['CSS unit refused', 'a.jpg 100vw', undefined],
    ['parenthesised junk refused', 'a.jpg (onerror=alert(1))', undefined],
    ['empty', '', undefined],
    ['only commas', ' , ,, ', undefined],
  ];

  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(safeSrcset(input, BASE)).to.equal(expected);
    });
  }

  it('refuses an absurdly long srcset', () => {
    expect(safeSrcset(`${'a.jpg 1x, '.repeat(2000)}b.jpg 2x`, BASE)).to.equal(undefined);
  });

  it('keeps at most 32 candidates', () => {
    const many = Array.from({ length: 40 }, (_, i) => `i${i}.jpg ${i + 1}w`).join(', ');
    expect(safeSrcset(many, BASE)!.split(', ')).to.have.length(32);
  });
});

describe('relFor', () => {
  it('marks links to other origins', () => {
    expect(relFor('https://evil.example/')).to.equal('noopener noreferrer ugc');
    expect(relFor('//evil.example/x')).to.equal('noopener noreferrer ugc');
    // Same host, other scheme or port: another origin.
    const other = new URL(location.href);
    other.port = String(Number(location.port || 80) + 1);
    expect(relFor(other.href)).to.equal('noopener noreferrer ugc');
  });

  it('leaves same-origin links alone', () => {
    expect(relFor(`${location.origin}/story.html`)).to.equal(undefined);
    expect(relFor('story.html')).to.equal(undefined);
    expect(relFor('#faq')).to.equal(undefined);
  });

  it('treats what does not parse as external', () => {
    expect(relFor('http://[')).to.equal('noopener noreferrer ugc');
  });
});
