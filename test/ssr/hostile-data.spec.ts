/**
 * Data the browser accepts must not make the server throw anything but a NewsprintDataError
 * (issue #16, finding 6): cycles, BigInt, a throwing `toJSON`, an unknown field nested 5,000 deep
 * used to reach `JSON.stringify` of the inline data and throw TypeError or RangeError. The server
 * now reads a bounded plain-JSON copy, the one the browser reads, and writes that copy inline.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { parse, ssr } from './helpers.js';

const PAGE = 'https://example.com/news/';
const render = (
  article: unknown,
  tag: Parameters<typeof ssr.renderElementToString>[0] = 'newsprint-article',
) => ssr.renderElementToString(tag, { article, pageUrl: PAGE });

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = { inner: value };
  return value;
}

const thrownBy = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('server: hostile data ends in NewsprintDataError or a render (finding 6)', () => {
  it('warms up', () => {
    expect(render({ headline: 'Warm' })).toContain('Warm');
  });

  const refused: Array<[string, () => unknown]> = [
    ['an unknown field nested 5,000 deep', () => ({ headline: 'H', extra: nested(5_000) })],
    [
      'a cycle',
      () => {
        const story: Record<string, unknown> = { headline: 'H' };
        story.self = story;
        return story;
      },
    ],
    ['a BigInt in an unknown field', () => ({ headline: 'H', views: 10n })],
    [
      'a getter that throws',
      () => ({
        headline: 'H',
        get extra(): string {
          throw new Error('getter');
        },
      }),
    ],
  ];
  for (const tag of [
    'newsprint-article',
    'newsprint-card',
    'newsprint-byline',
    'newsprint-figure',
    'newsprint-faq',
  ] as const) {
    for (const [name, make] of refused) {
      it(`<${tag}> with ${name}: NewsprintDataError, quickly`, () => {
        const monitor = monitorEventLoopDelay({ resolution: 10 });
        monitor.enable();
        const thrown = thrownBy(() => render(make(), tag));
        monitor.disable();
        expect((thrown as Error).name, String(thrown)).toBe('NewsprintDataError');
        expect(monitor.max / 1e6).toBeLessThan(1000);
      });
    }
  }

  it('a throwing toJSON is data, not code: ignored, as in the browser', () => {
    const article = {
      headline: 'Kept',
      toJSON() {
        throw new Error('toJSON');
      },
    };
    const html = render(article);
    const inline = parse(html).querySelector('newsprint-article > script[type="application/json"]');
    expect(JSON.parse(inline!.textContent!)).toEqual({ headline: 'Kept' });
  });

  it('a getter is read once: the inline data is what was rendered', () => {
    let reads = 0;
    const article = {
      get headline() {
        reads += 1;
        if (reads > 1) throw new Error('read twice');
        return 'Once';
      },
    };
    const html = render(article);
    expect(html).toContain('Once');
    const inline = parse(html).querySelector('newsprint-article > script[type="application/json"]');
    expect(JSON.parse(inline!.textContent!)).toEqual({ headline: 'Once' });
  });
});
