/**
 * Attack inputs on the server (issue #16): each must throw a NewsprintDataError quickly, before
 * jsdom parses anything, and never block Node's event loop for long or drop content silently.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { ssr } from './helpers.js';

const PAGE = 'https://example.com/news/';
/** Generous: the target is about 200 ms; a loaded CI machine is slower. */
const BLOCK_BOUND_MS = 1000;

/** Runs `work` (synchronous), returning what it threw and the longest event-loop block seen. */
async function blocking(work: () => unknown) {
  const monitor = monitorEventLoopDelay({ resolution: 10 });
  monitor.enable();
  // Let the monitor take a first sample, then block, then let it see the end of the block.
  await new Promise((resolve) => setTimeout(resolve, 30));
  const started = performance.now();
  let thrown: unknown;
  try {
    work();
  } catch (error) {
    thrown = error;
  }
  const took = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 30));
  monitor.disable();
  return { thrown, took, loopDelay: monitor.max / 1e6 };
}

const render = (
  article: unknown,
  tag: Parameters<typeof ssr.renderElementToString>[0] = 'newsprint-article',
) => ssr.renderElementToString(tag, { article, pageUrl: PAGE });

describe('server limits (finding 3)', () => {
  // jsdom's first window is made on the first render; not part of any attack's time.
  it('warms up', () => {
    expect(render({ headline: 'Warm' })).toContain('Warm');
  });

  const cases: Array<[string, unknown, string, RegExp]> = [
    [
      '8,000 nested <b> (24 KB)',
      { headline: 'H', body: '<b>'.repeat(8_000) },
      'body',
      /nested more than 100 deep/,
    ],
    [
      'a 1.9 MB body of 100,000 <p>',
      { headline: 'H', body: '<p>'.repeat(100_000) + 'x'.repeat(1_600_000) },
      'body',
      /characters long/,
    ],
    [
      '100,000 flat <br> (500 KB)',
      { headline: 'H', body: '<br>'.repeat(100_000) },
      'body',
      /characters long|elements/,
    ],
    [
      'a deep FAQ answer',
      { items: [{ question: 'Q?', answer: '<i>'.repeat(50_000) }] },
      'items[0].answer',
      /nested/,
    ],
  ];
  for (const [name, article, path, message] of cases) {
    it(`${name}: NewsprintDataError naming "${path}", without blocking`, async () => {
      const tag = path.startsWith('items') ? 'newsprint-faq' : 'newsprint-article';
      const { thrown, took, loopDelay } = await blocking(() => render(article, tag));
      expect(thrown).toBeInstanceOf(Error);
      expect((thrown as Error).name).toBe('NewsprintDataError');
      expect((thrown as { path?: string }).path).toBe(path);
      expect((thrown as Error).message).toMatch(message);
      expect(took).toBeLessThan(BLOCK_BOUND_MS);
      expect(loopDelay).toBeLessThan(BLOCK_BOUND_MS);
    });
  }

  // Not timed: how long a legitimate story takes is the bench's business (it took 1.5-3.7 s here
  // depending on the machine's load); this checks that the limits leave such a story whole.
  it('a long legitimate story (3,600 elements) renders, whole, under the limits', async () => {
    const paragraph = '<p>Words with <a href="/x">a link</a> and <em>emphasis</em>.</p>';
    const article = { headline: 'Long', body: paragraph.repeat(1200) };
    let html = '';
    const { thrown } = await blocking(() => (html = render(article)));
    expect(thrown).toBeUndefined();
    expect(html.match(/<em>emphasis<\/em>/g)).toHaveLength(1200);
  });
});
