import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { NewsprintDataError } from '../article/errors.js';
import type { ParseOptions } from '../article/types.js';
import type { NewsprintErrorEvent, NewsprintLoadEvent } from '../events/events.js';
import { NewsprintElement } from './newsprint-element.js';
import { defineOnce } from './define.js';
import { untyped } from '../../test/untyped.js';

/** The smallest element on the base: shows the headline, resolves `url` against the base. */
class TestElement extends NewsprintElement<{ headline: string; url?: string; language?: string }> {
  protected parse(json: unknown, options: ParseOptions) {
    const data = json as { headline?: unknown; url?: unknown; language?: unknown };
    if (typeof json !== 'object' || json === null) throw new NewsprintDataError('Not an object.');
    if (typeof data.headline !== 'string') {
      throw new NewsprintDataError('The article has no headline.', { path: 'headline' });
    }
    const read = {
      headline: data.headline,
      url: typeof data.url === 'string' ? new URL(data.url, options.baseUrl).href : undefined,
      language: typeof data.language === 'string' ? data.language : undefined,
    };
    return { data: read, language: read.language, load: { article: read, omitted: [] } };
  }
  protected renderData(data: { headline: string }) {
    return litHtml`<h2>${data.headline}</h2>`;
  }
  get current() {
    return { state: this.loadState, data: this.data, error: this.error };
  }
}
defineOnce('test-newsprint-element', TestElement);

const apiUrl = (route: string) => new URL(`/api/${route}`, location.href).href;

/** Counts console.warn calls and fetches while a test runs. */
function watch() {
  const warnings: unknown[][] = [];
  const fetches: string[] = [];
  const credentials: (RequestCredentials | undefined)[] = [];
  const originalWarn = console.warn;
  const originalFetch = window.fetch;
  console.warn = (...args: unknown[]) => warnings.push(args);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    fetches.push(String(input instanceof Request ? input.url : input));
    credentials.push(init?.credentials);
    return originalFetch(input, init);
  };
  return {
    warnings,
    fetches,
    credentials,
    restore() {
      console.warn = originalWarn;
      window.fetch = originalFetch;
    },
  };
}

async function errorOf(el: TestElement): Promise<NewsprintErrorEvent> {
  return oneEvent(el, 'newsprint-error') as Promise<NewsprintErrorEvent>;
}

describe('NewsprintElement data sources', () => {
  let watcher: ReturnType<typeof watch>;
  const pageErrors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => pageErrors.push(event);

  beforeEach(() => {
    watcher = watch();
    pageErrors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    watcher.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(pageErrors, 'nothing reaches window.onerror').to.have.length(0);
  });

  it('renders the article property and fires newsprint-load with the data', async () => {
    const el = document.createElement('test-newsprint-element') as TestElement;
    el.article = { headline: 'From a property' };
    const loaded = oneEvent(el, 'newsprint-load') as Promise<NewsprintLoadEvent>;
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.article).to.deep.include({ headline: 'From a property' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('From a property');
    el.remove();
  });

  it('fetches src without credentials and resolves relative URLs against it', async () => {
    const el = document.createElement('test-newsprint-element') as TestElement;
    el.src = apiUrl('stories/relative.json');
    const loaded = oneEvent(el, 'newsprint-load');
    document.body.append(el);
    await loaded;
    expect(el.current.data!.url).to.equal(apiUrl('stories/story.html'));
    expect(watcher.fetches).to.deep.equal([apiUrl('stories/relative.json')]);
    expect(watcher.credentials).to.deep.equal(['omit']);
    el.remove();
  });

  it('reads inline application/json', async () => {
    const el = await fixture<TestElement>(
      html`<test-newsprint-element>
        <script type="application/json">
          { "headline": "Inline" }
        </script>
      </test-newsprint-element>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Inline');
  });

  it('reads inline JSON that is parsed after the element upgrades', async () => {
    const el = document.createElement('test-newsprint-element') as TestElement;
    document.body.append(el);
    await el.updateComplete;
    expect(el.current.state).to.equal('empty');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = '{"headline":"Late"}';
    const loaded = oneEvent(el, 'newsprint-load');
    el.append(script);
    await loaded;
    expect(el.current.data!.headline).to.equal('Late');
    el.remove();
  });

  it('reports malformed inline JSON once, visibly, with an event', async () => {
    const el = document.createElement('test-newsprint-element') as TestElement;
    el.innerHTML = '<script type="application/json">{ "headline": </script>';
    const failed = errorOf(el);
    document.body.append(el);
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.message).to.match(/does not hold valid JSON/);
    expect(event.detail.cause).to.be.instanceOf(SyntaxError);
    expect(watcher.warnings).to.have.length(1);
    expect(String(watcher.warnings[0]![0])).to.contain(event.detail.message);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain(event.detail.message);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('names the bad field in the error path', async () => {
    const el = document.createElement('test-newsprint-element') as TestElement;
    el.article = untyped({ title: 'no headline here' });
    const failed = errorOf(el);
    document.body.append(el);
    const event = await failed;
    expect(event.detail.path).to.equal('headline');
    el.remove();
  });

  const networkFailures: [string, string, RegExp][] = [
    ['a 404', 'missing.json', /server answered 404/],
    ['HTML with 200', 'html.json', /text\/html instead of article JSON/],
    ['malformed JSON', 'malformed.json', /not valid JSON/],
    ['an unknown host path', 'no-such-route', /server answered 404/],
  ];
  for (const [name, route, message] of networkFailures) {
    it(`shows an error for ${name}`, async () => {
      const el = document.createElement('test-newsprint-element') as TestElement;
      el.src = apiUrl(route);
      const failed = errorOf(el);
      document.body.append(el);
      const event = await failed;
      expect(event.detail.message).to.match(message);
      expect(watcher.warnings).to.have.length(1);
      expect(el.current.state).to.equal('error');
      el.remove();
    });
  }

  it('gives up on a response that never comes, within the timeout', async () => {
    const el = document.createElement('test-newsprint-element') as TestElement;
    el.timeout = 300;
    el.src = apiUrl('never?ms=5000');
    const started = performance.now();
    const failed = errorOf(el);
    document.body.append(el);
    await el.updateComplete;
    expect(el.current.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal(
      'true',
    );
    const event = await failed;
    expect(performance.now() - started).to.be.below(3000);
    expect(event.detail.message).to.match(/did not arrive within 0.3 seconds/);
    el.remove();
  });

  it('stops an oversized response at the size cap', async () => {
    const el = document.createElement('test-newsprint-element') as TestElement;
    el.maxBytes = 256 * 1024;
    el.src = apiUrl('huge.json?mb=30');
    const failed = errorOf(el);
    document.body.append(el);
    const event = await failed;
    expect(event.detail.message).to.match(/larger than 256 KB/);
    el.remove();
  });

  it('lets the latest src win', async () => {
    const el = document.createElement('test-newsprint-element') as TestElement;
    el.src = apiUrl(`echo.json?delay=400&json=${encodeURIComponent('{"headline":"Old"}')}`);
    document.body.append(el);
    await el.updateComplete;
    el.src = apiUrl(`echo.json?json=${encodeURIComponent('{"headline":"New"}')}`);
    await oneEvent(el, 'newsprint-load');
    await aTimeout(600);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('New');
    el.remove();
  });

  it('aborts the request when removed while loading, and stays silent', async () => {
    const el = document.createElement('test-newsprint-element') as TestElement;
    el.src = apiUrl(`echo.json?delay=300&json=${encodeURIComponent('{"headline":"Late"}')}`);
    let events = 0;
    el.addEventListener('newsprint-load', () => events++);
    el.addEventListener('newsprint-error', () => events++);
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await aTimeout(600);
    expect(events).to.equal(0);
    expect(watcher.warnings).to.have.length(0);
  });

  it('does not fetch again when moved in the DOM', async () => {
    const el = document.createElement('test-newsprint-element') as TestElement;
    el.src = apiUrl(`echo.json?delay=100&json=${encodeURIComponent('{"headline":"Moved"}')}`);
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    first.append(el);
    const loaded = oneEvent(el, 'newsprint-load');
    await el.updateComplete;
    second.append(el); // moved while loading
    await loaded;
    second.append(el); // moved again once loaded
    first.append(el);
    await aTimeout(50);
    expect(watcher.fetches).to.have.length(1);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Moved');
    first.remove();
    second.remove();
  });

  it('takes the language from lang, then the data, then the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><test-newsprint-element></test-newsprint-element></div>`,
    );
    const el = wrapper.querySelector('test-newsprint-element') as TestElement;
    el.article = { headline: 'x' };
    await el.updateComplete;
    const base = () => el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base().getAttribute('lang')).to.equal('es');
    el.article = { headline: 'x', language: 'ar' };
    await el.updateComplete;
    expect(base().getAttribute('lang')).to.equal('ar');
    expect(base().getAttribute('dir')).to.equal('rtl');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(base().getAttribute('lang')).to.equal('en');
    expect(base().getAttribute('dir')).to.equal('ltr');
  });
});

describe('defineOnce', () => {
  it('warns instead of throwing when another class holds the tag', () => {
    const warnings: unknown[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Other extends HTMLElement {}
      defineOnce('test-newsprint-element', TestElement);
      expect(warnings).to.have.length(0);
      defineOnce('test-newsprint-element', Other);
      expect(warnings).to.have.length(1);
      expect(customElements.get('test-newsprint-element')).to.equal(TestElement);
    } finally {
      console.warn = originalWarn;
    }
  });
});
