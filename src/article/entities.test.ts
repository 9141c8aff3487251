import { expect } from '@open-wc/testing';
import { decodeEntities } from './entities.js';

describe('decodeEntities', () => {
  it('decodes decimal, hex and named references', () => {
    expect(decodeEntities('Don&#8217;t')).to.equal('Don’t');
    expect(decodeEntities('M&#x00E4;rz &#xe4;')).to.equal('März ä');
    expect(decodeEntities('Markets &amp; Finance &raquo; News&hellip;')).to.equal(
      'Markets & Finance » News…',
    );
    expect(decodeEntities('a 400&percnt; rise &ndash; &ldquo;big&rdquo;')).to.equal(
      'a 400% rise – “big”',
    );
  });

  it('builds accented Latin-1 letters from their names', () => {
    expect(
      decodeEntities('&Uuml;ber &eacute;t&eacute; &ntilde; &ccedil; &Aring; &szlig;'),
    ).to.equal('Über été ñ ç Å ß');
  });

  it('decodes double-escaped references once more, and no further', () => {
    expect(decodeEntities('Don&amp;#8217;t &amp;amp; &amp;eacute;')).to.equal('Don’t & é');
    expect(decodeEntities('&amp;amp;amp;')).to.equal('&amp;');
  });

  it('decodes to text, never to markup', () => {
    const text = decodeEntities('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).to.equal('<img src=x onerror=alert(1)>');
    // The caller binds it as text: it stays the characters.
    const p = document.createElement('p');
    p.textContent = text;
    expect(p.children).to.have.length(0);
  });

  it('keeps what is no reference as written', () => {
    for (const text of ['AT&T', 'a & b', '&unknown;', '&#0;', '&#xD800;', '&#99999999;', 'x&y;z']) {
      expect(decodeEntities(text), text).to.equal(text);
    }
  });

  it('does not block on a long run of ampersands (heartbeat, generous bound)', () => {
    const start = performance.now();
    decodeEntities('&amp;'.repeat(50_000) + '&#'.repeat(50_000));
    expect(performance.now() - start).to.be.below(1000);
  });
});
