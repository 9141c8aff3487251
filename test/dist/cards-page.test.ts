// A page of cards loads dist/newsprint.js and nothing else when its data is well formed (the
// card's lean reader, src/article/teaser.ts); data the lean reader leaves to the full reader
// loads it as a chunk and renders the same.
import { expect, waitUntil } from '@open-wc/testing';

async function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The chunks of the build the page has requested. */
function chunksOf(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/newsprint-chunks/'));
}

const headlines = (cards: Element[]) =>
  cards.map((card) => card.shadowRoot?.querySelector('[part="headline"]')?.textContent?.trim());

describe('dist/newsprint.js on a page of cards', () => {
  it('renders every card from one file', async () => {
    const frame = await openPage('/test/pages/cards.html');
    const cards = [...frame.contentDocument!.querySelectorAll('newsprint-card')];
    await waitUntil(() => headlines(cards).every(Boolean), 'every card renders', {
      timeout: 5000,
    });
    expect(headlines(cards)).to.deep.equal([
      "Havana masks its medics' return as a victory",
      'A second story',
      "Mission Accomplished? Havana Masks Medical Personnel's Return from Venezuela as a Victory",
    ]);
    expect(chunksOf(frame)).to.deep.equal([]);
    frame.remove();
  });

  it('loads the full reader for data the lean reader does not take, with the same result', async () => {
    const frame = await openPage('/test/pages/cards.html');
    const doc = frame.contentDocument!;
    const [first] = [...doc.querySelectorAll('newsprint-card')];
    await waitUntil(() => headlines([first]).every(Boolean), 'the card renders', {
      timeout: 5000,
    });
    const card = doc.createElement('newsprint-card');
    // schema.org JSON-LD: the full reader (and its schema.org part) reads it.
    (card as unknown as { article: unknown }).article = {
      '@type': 'NewsArticle',
      headline: 'Query',
      url: 'https://news.example/story?id=1&lang=en',
    };
    doc.body.append(card);
    await waitUntil(() => headlines([card]).every(Boolean), 'the card renders', { timeout: 5000 });
    expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://news.example/story?id=1&lang=en',
    );
    expect(chunksOf(frame).some((name) => /\/reading-[\w-]+\.js$/.test(name))).to.equal(true);
    frame.remove();
  });
});
