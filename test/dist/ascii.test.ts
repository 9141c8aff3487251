// The script-tag build is pure ASCII: a blog without <meta charset> whose server sends the bundle
// without `charset=utf-8` decodes it as windows-1252, and every non-ASCII character in it (the
// "’" of "isn’t", the "·" between byline items) would reach readers as "isnâ€™t", "Â·".
import { expect, waitUntil } from '@open-wc/testing';

async function bytesOf(path: string): Promise<Uint8Array> {
  // Not kept in the cache: the legacy-encoding page must load the scripts with its own headers.
  const response = await fetch(path, { cache: 'no-store' });
  expect(response.ok, path).to.equal(true);
  return new Uint8Array(await response.arrayBuffer());
}

describe('dist/newsprint.js and its chunks', () => {
  it('are ASCII only, so any page encoding reads them the same', async () => {
    const main = await bytesOf('/dist/newsprint.js');
    // Every chunk the loader can fetch is named in the main file's manifest.
    const chunks = [
      ...new Set(new TextDecoder().decode(main).match(/newsprint-chunks\/[\w.-]+\.js/g) ?? []),
    ];
    expect(chunks.length).to.be.greaterThan(0);
    const files: Array<[string, Uint8Array]> = [['newsprint.js', main]];
    for (const chunk of chunks) files.push([chunk, await bytesOf(`/dist/${chunk}`)]);
    for (const [name, bytes] of files) {
      const offset = bytes.findIndex((byte) => byte > 0x7f);
      const around = offset < 0 ? '' : new TextDecoder().decode(bytes.slice(offset - 40, offset + 10));
      expect(offset, `${name}: non-ASCII at byte ${offset}: …${around}`).to.equal(-1);
      // What a windows-1252 page reads is what a UTF-8 page reads.
      expect(new TextDecoder('windows-1252').decode(bytes)).to.equal(new TextDecoder().decode(bytes));
    }
  });

  it('reads right on a page without a charset, served without one', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 800px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/pages/legacy-encoding/blog.html';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    // The test is only worth something if the page really fell back to a legacy encoding.
    expect(doc.characterSet).to.equal('windows-1252');
    const byline = doc.querySelector('newsprint-byline')!;
    const card = doc.querySelector('newsprint-card')!;
    await waitUntil(
      () => byline.shadowRoot?.querySelector('.meta') && card.shadowRoot?.querySelector('.error'),
      'byline and card render',
      { timeout: 5000 },
    );
    expect(card.shadowRoot!.querySelector('.error')!.textContent).to.contain('isn\u2019t');
    const dot = getComputedStyle(byline.shadowRoot!.querySelector('.meta > * + *')!, '::before');
    expect(dot.content).to.equal('"\u00b7" / ""');
    frame.remove();
  });
});
