// The script-tag bundle, used the way a blogger uses it: a plain HTML page, loaded twice.
import { expect, waitUntil } from '@open-wc/testing';

interface PageWindow extends Window {
  __pageErrors: string[];
  __warnings: string[];
}

async function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('dist/newsprint.js in a plain page', () => {
  it('renders the story and the card when loaded twice, with no error', async () => {
    const frame = await openPage('/test/pages/blogger.html');
    const page = frame.contentWindow as unknown as PageWindow;
    const doc = frame.contentDocument!;
    const article = doc.querySelector('newsprint-article')!;
    const card = doc.querySelector('newsprint-card')!;
    await waitUntil(
      () => article.shadowRoot?.querySelector('[part="headline"]') && card.shadowRoot?.querySelector('a'),
      'both elements render',
      { timeout: 5000 },
    );
    expect(article.shadowRoot!.querySelector('[part="headline"]')!.textContent).to.contain(
      'Mission Accomplished?',
    );
    expect(page.__pageErrors).to.deep.equal([]);
    // The second copy says once that the first one stays in use.
    expect(page.__warnings).to.have.length(1);
    expect(page.__warnings[0]).to.match(/already defined/);
    for (const tag of ['article', 'card', 'byline', 'figure', 'faq']) {
      expect(page.customElements.get(`newsprint-${tag}`), tag).to.be.a('function');
    }
    frame.remove();
  });
});
