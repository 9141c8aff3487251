/**
 * The server renderer in Node: the seed story as HTML with declarative shadow roots (headline,
 * byline, figure with credit, body, FAQ), the data carried inline for hydration, the JSON-LD, the
 * validation, and every XSS payload of test/xss-payloads.ts through the server path with the
 * audit the browser tests use.
 */
import { render as litRender } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as litHtml } from 'lit';
// eslint-disable-next-line no-restricted-imports -- the reference: what Lit writes for unsafeHTML()
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { describe, expect, it } from 'vitest';
import { auditDom, hostileArticles } from '../xss-payloads.js';
import { parse, seed, shadow, ssr, text } from './helpers.js';

const PAGE = 'https://blog.example/stories/cuba';

describe('renderElementToString (Node)', () => {
  const html = ssr.renderElementToString('newsprint-article', { article: seed, pageUrl: PAGE });
  const doc = parse(html);
  const host = doc.querySelector('newsprint-article')!;
  const root = shadow(host);

  it('renders the whole seed story inside declarative shadow roots', () => {
    expect(html).toContain('<newsprint-article');
    expect(html).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(text(root.querySelector('[part="section"]'))).toBe('Cuba');
    const headline = root.querySelector('[part="headline"]')!;
    expect(headline.localName).toBe('h2');
    expect(text(headline)).toBe(seed.headline);
    expect(text(root.querySelector('[part="description"]'))).toMatch(/^Havana presents the return/);

    const byline = shadow(root.querySelector('newsprint-byline'));
    expect(text(byline.querySelector('[part="authors"]'))).toBe('By Ernesto Alvarez');
    expect(byline.querySelector('time')!.getAttribute('datetime')).toBe('2026-01-26');
    expect(text(byline.querySelector('time'))).toBe('January 26, 2026');

    const figure = shadow(root.querySelector('newsprint-figure'));
    const img = figure.querySelector('img')!;
    // Relative to the page, as the browser would resolve it.
    expect(img.getAttribute('src')).toBe(
      'https://blog.example/stories/assets/cuba-medics-flight.jpg',
    );
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '675']);
    expect(img.getAttribute('alt')).toMatch(/^Cuban medical collaborators/);
    expect(text(figure.querySelector('[part="caption"]'))).toContain('Flight with Cuban');
    expect(text(figure.querySelector('[part="credit"]'))).toBe('© X / @FlconEYES');

    const paragraphs = root.querySelectorAll('[part="body"] p');
    expect(paragraphs.length).toBe(9);
    expect(text(paragraphs[8])).toMatch(/for two decades\.$/);

    const faq = shadow(root.querySelector('newsprint-faq'));
    expect(text(faq.querySelector('[part="title"]'))).toMatch(/^Key Questions/);
    const questions = [...faq.querySelectorAll('button[part="question"]')];
    expect(questions.map((q) => q.getAttribute('aria-expanded'))).toEqual([
      'false',
      'false',
      'false',
    ]);
    expect(text(questions[1])).toBe("What impact does this have on Cuba's economy?");
    const answers = faq.querySelectorAll('[part="answer"]');
    expect(answers[1].getAttribute('hidden')).toBe('until-found');
    expect(text(answers[1])).toMatch(/^Cuban medical missions are a significant source/);

    const footer = root.querySelector('[part="footer"]')!;
    expect(text(footer)).toContain('© CubaHeadlines 2026');
    expect(footer.querySelector('[part="canonical-link"]')!.getAttribute('rel')).toBe(
      'noopener noreferrer ugc',
    );
  });

  it('styles every shadow root, and marks nested elements for deferred hydration', () => {
    for (const element of [
      host,
      ...root.querySelectorAll('newsprint-byline, newsprint-figure, newsprint-faq'),
    ]) {
      const styles = shadow(element).querySelector('style');
      expect(styles?.textContent, element.localName).toContain('--newsprint');
    }
    expect(root.querySelector('newsprint-faq')!.hasAttribute('defer-hydration')).toBe(true);
    expect(host.hasAttribute('defer-hydration')).toBe(false);
    expect(host.getAttribute('lang')).toBe('en');
  });

  it('carries the data inline so the browser does not fetch it again', () => {
    const scripts = host.querySelectorAll(':scope > script');
    expect(scripts.length).toBe(1);
    expect(scripts[0].getAttribute('type')).toBe('application/json');
    expect(JSON.parse(scripts[0].textContent!)).toEqual(seed);
    expect(host.hasAttribute('src')).toBe(false);
  });

  it('escapes the inline JSON: data cannot close the script or open a comment', () => {
    const article = { headline: 'a</script><script>alert(1)</script><!-- \u2028\u2029' };
    const out = ssr.renderElementToString('newsprint-card', { article, pageUrl: PAGE });
    const card = parse(out).querySelector('newsprint-card')!;
    const scripts = card.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(JSON.parse(scripts[0].textContent!)).toEqual(article);
    expect(scripts[0].textContent).not.toMatch(/[<\u2028\u2029]/);
  });

  it('follows attributes: theme, heading level (body headings too), language', () => {
    const out = ssr.renderElementToString('newsprint-article', {
      article: { ...seed, language: undefined, body: '<h2>Background</h2><p>x</p><h3>Detail</h3>' },
      pageUrl: PAGE,
      attributes: { theme: 'dark', 'heading-level': 3 },
      lang: 'es',
    });
    const el = parse(out).querySelector('newsprint-article')!;
    expect([el.getAttribute('theme'), el.getAttribute('lang')]).toEqual(['dark', 'es']);
    const r = shadow(el);
    expect(r.querySelector('[part="headline"]')!.localName).toBe('h3');
    expect(
      [...r.querySelectorAll('[part="body"] :is(h2,h3,h4,h5,h6)')].map((h) => h.localName),
    ).toEqual(['h4', 'h5']);
    expect(
      text(shadow(r.querySelector('newsprint-byline')).querySelector('[part="authors"]')),
    ).toBe('Por Ernesto Alvarez');
  });

  it('renders every element, each with its own part of the data', () => {
    const figure = parse(
      ssr.renderElementToString('newsprint-figure', {
        article: seed.image,
        pageUrl: PAGE,
        attributes: { eager: true },
      }),
    ).querySelector('newsprint-figure')!;
    expect(figure.hasAttribute('eager')).toBe(true);
    expect(text(shadow(figure).querySelector('[part="credit"]'))).toBe('© X / @FlconEYES');
    const faq = parse(
      ssr.renderElementToString('newsprint-faq', { article: seed.faq, pageUrl: PAGE }),
    ).querySelector('newsprint-faq')!;
    expect(shadow(faq).querySelectorAll('button[part="question"]').length).toBe(3);
    const byline = parse(
      ssr.renderElementToString('newsprint-byline', {
        article: { authors: [{ name: 'Ana' }] },
        pageUrl: PAGE,
      }),
    ).querySelector('newsprint-byline')!;
    expect(text(shadow(byline).querySelector('[part="authors"]'))).toBe('By Ana');
    const card = parse(
      ssr.renderElementToString('newsprint-card', {
        article: seed,
        pageUrl: PAGE,
        attributes: { layout: 'horizontal' },
      }),
    ).querySelector('newsprint-card')!;
    expect(text(shadow(card).querySelector('a'))).toBe(seed.headline);
  });

  it('throws a NewsprintDataError naming the field for invalid data, and refuses bad options', () => {
    const bad = { ...seed, authors: [{ url: 'https://x.example/' }] };
    expect(() =>
      ssr.renderElementToString('newsprint-article', { article: bad, pageUrl: PAGE }),
    ).toThrow(expect.objectContaining({ name: 'NewsprintDataError', path: 'authors[0].name' }));
    expect(() =>
      ssr.renderElementToString('newsprint-article', {
        article: seed,
        pageUrl: PAGE,
        attributes: { src: '/x.json' },
      }),
    ).toThrow(/own option/);
    expect(() =>
      ssr.renderElementToString('newsprint-article', {
        article: seed,
        pageUrl: PAGE,
        attributes: { onclick: 'x' },
      }),
    ).toThrow(TypeError);
    expect(() =>
      ssr.renderElementToString('script' as 'newsprint-card', { article: seed, pageUrl: PAGE }),
    ).toThrow(/Unknown/);
  });

  it('writes sanitized HTML exactly as Lit writes unsafeHTML() (the server splices it in)', () => {
    // HTML the sanitizer leaves as it is, in the body and in two FAQ answers.
    const body = '<p>Body <strong>text</strong>.</p>';
    const answers = ['<p>One <em>answer</em>.</p>', '<p>Another.</p>'];
    const out = ssr.renderElementToString('newsprint-article', {
      article: {
        headline: 'H',
        body,
        faq: { items: answers.map((answer, i) => ({ question: `Q${i}`, answer })) },
      },
      pageUrl: PAGE,
    });
    for (const markup of [body, ...answers]) {
      // What Lit's own server renderer writes for the value unsafeHTML(markup).
      const lit = collectResultSync(litRender(litHtml`${unsafeHTML(markup)}`));
      const part = /<!--lit-part [^>]*-->(<!--lit-part [^>]*-->.*?<!--\/lit-part-->)/.exec(lit)![1];
      expect(out).toContain(part);
    }
    expect(out).not.toContain('newsprint-html');
  });
});

describe('structured data (opt-in)', () => {
  const article = {
    ...seed,
    isBasedOn: 'https://www.cubaheadlines.com/articles/original',
    image: {
      ...(seed.image as object),
      copyrightNotice: '© X 2026',
      license: 'https://example.org/licence',
      acquireLicensePage: '/licensing',
    },
  };
  const out = ssr.renderElementToString('newsprint-article', {
    article,
    pageUrl: PAGE,
    structuredData: true,
  });
  const host = parse(out).querySelector('newsprint-article')!;

  it('puts a NewsArticle with the image credit and licence into the light DOM', () => {
    expect(host.hasAttribute('structured-data')).toBe(true);
    const scripts = host.querySelectorAll(':scope > script');
    // The data first: the element reads the first inline script, never its own JSON-LD.
    expect([...scripts].map((s) => s.getAttribute('type'))).toEqual([
      'application/json',
      'application/ld+json',
    ]);
    const ld = JSON.parse(scripts[1].textContent!);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: seed.headline,
      inLanguage: 'en',
      datePublished: '2026-01-26',
      url: seed.url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': seed.url },
      isBasedOn: 'https://www.cubaheadlines.com/articles/original',
      author: [{ '@type': 'Person', name: 'Ernesto Alvarez' }],
      publisher: { '@type': 'Organization', name: 'CubaHeadlines' },
      copyrightNotice: '© CubaHeadlines 2026',
      image: {
        '@type': 'ImageObject',
        contentUrl: 'https://blog.example/stories/assets/cuba-medics-flight.jpg',
        creditText: '© X / @FlconEYES',
        copyrightNotice: '© X 2026',
        license: 'https://example.org/licence',
        acquireLicensePage: 'https://blog.example/licensing',
        width: 1200,
        height: 675,
      },
    });
    expect(ld.wordCount).toBeGreaterThan(300);
    // FAQ rich results are gone (2026): no FAQPage is emitted.
    expect(out).not.toContain('FAQPage');
  });

  it('is off by default and only for the article', () => {
    const plain = ssr.renderElementToString('newsprint-article', { article: seed, pageUrl: PAGE });
    expect(plain).not.toContain('application/ld+json');
    expect(() =>
      ssr.renderElementToString('newsprint-card', {
        article: seed,
        pageUrl: PAGE,
        structuredData: true,
      }),
    ).toThrow(TypeError);
  });
});

describe('XSS payloads through the server path', () => {
  // auditDom() compares link origins with the page's: the page the server renders for.
  const page = new URL(PAGE);
  (globalThis as { location?: unknown }).location ??= { origin: page.origin };

  // The cases whose markup goes through the server's DOMPurify (on jsdom): every HTML payload, and
  // every URL payload as a link, in the body and an FAQ answer. URL fields go through safeUrl(), the
  // same pure function in both places; browser.spec.ts runs every case through Chromium.
  it('leaves nothing outside the allow-list and no unsafe URL, for every payload in HTML fields', () => {
    const failures: string[] = [];
    const cases = hostileArticles().filter(
      ({ field }) => field === 'body' || field.startsWith('faq'),
    );
    let refused = 0;
    for (const { name, article } of cases) {
      let out: string;
      try {
        out = ssr.renderElementToString('newsprint-article', { article, pageUrl: PAGE });
      } catch (error) {
        // Data the browser shows as an error state (an image without a usable `src`): the server
        // throws instead, and renders nothing.
        if ((error as Error).name !== 'NewsprintDataError') throw error;
        refused++;
        continue;
      }
      // Our own static style sheets are most of the text; data cannot reach them (checked above).
      const host = parse(out.replace(/<style>[^<]*<\/style>/g, '')).querySelector(
        'newsprint-article',
      )!;
      const roots = [shadow(host)];
      for (const nested of roots[0].querySelectorAll(
        'newsprint-byline, newsprint-figure, newsprint-faq',
      )) {
        roots.push(shadow(nested));
      }
      for (const r of roots) {
        // The element's own UI: handlers and URLs only. Its icons are SVG by design; data never
        // lands outside the body and answers, which get the full audit below.
        const problems = auditDom(r, { allowAll: true }).filter(
          (problem) => !problem.endsWith('in http://www.w3.org/2000/svg'),
        );
        for (const field of r.querySelectorAll('[part="body"], .answer-body')) {
          problems.push(...auditDom(field));
        }
        // No executable script anywhere in the rendered story; the light DOM holds only data.
        problems.push(
          ...[...r.querySelectorAll('script, iframe, object, embed')].map(
            (e) => `<${e.localName}>`,
          ),
        );
        if (problems.length) failures.push(`${name}: ${problems.join(', ')}`);
      }
      const light = [...host.querySelectorAll(':scope > :not(template[shadowrootmode])')].map(
        (child) => `${child.localName}[${child.getAttribute('type')}]`,
      );
      if (light.join() !== 'script[application/json]')
        failures.push(`${name}: light DOM ${light.join()}`);
    }
    expect(cases.length).toBeGreaterThan(200);
    expect(refused).toBeLessThan(cases.length / 10);
    expect(failures).toEqual([]);
  });
});
