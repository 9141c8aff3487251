// The data-source controller on a plain LitElement: no Newsprint element, real DOM, real fetches
// against the test server's fixture API (test/server/fixture-api.mjs).
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NewsprintDataError } from '../article/errors.js';
import { PartNotLoaded } from '../article/part-loading.js';
import type { ParseOptions } from '../article/types.js';
import type { NewsprintErrorEvent, NewsprintLoadEvent } from '../events/events.js';
import { stringsFor } from '../i18n/strings.js';
import {
  DataSourceController,
  errorView,
  type DataSourceHost,
  type LoadState,
} from './data-source.js';
import { defineOnce } from './define.js';
import { LanguageController } from './language.js';

interface Story {
  headline: string;
  url?: string;
}

/** The smallest host: reads `{ headline, url }`, shows its state, and keeps what it was given. */
class SourceHost extends LitElement implements DataSourceHost<Story> {
  @property({ attribute: false }) article?: unknown;
  @property() src?: string;
  @property({ attribute: false }) referrerPolicy: ReferrerPolicy = 'no-referrer';
  timeout = 10_000;
  maxBytes = 2 * 1024 * 1024;
  @state() loadState: LoadState = 'empty';
  @state() data?: Story;
  @state() error?: NewsprintDataError;
  errorStoryUrl?: string;
  /** The options of every read, in order. */
  reads: ParseOptions[] = [];
  /** Set to make the next read wait for a part of the data model. */
  missingPart?: Promise<void>;
  readonly source = new DataSourceController<Story>(this, new LanguageController(this));

  parse(json: unknown, options: ParseOptions) {
    if (this.missingPart) {
      const part = this.missingPart;
      this.missingPart = undefined;
      throw new PartNotLoaded('data reader', () => part);
    }
    this.reads.push(options);
    const input = json as { headline?: unknown; url?: unknown; language?: unknown };
    if (typeof input?.headline !== 'string') {
      throw new NewsprintDataError('The article has no headline.', { path: 'headline' });
    }
    const data: Story = { headline: input.headline };
    if (typeof input.url === 'string') data.url = new URL(input.url, options.baseUrl).href;
    const language = typeof input.language === 'string' ? input.language : undefined;
    return { data, language, load: { article: data, omitted: [] } };
  }

  // What NewsprintElement does: a new source is looked at, a new policy reads the data again.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article') || changed.has('src')) this.source.load();
    else if (changed.get('referrerPolicy') !== undefined) this.source.reread();
  }

  override render() {
    return this.loadState === 'error'
      ? errorView(stringsFor('en'), this.errorStoryUrl)
      : litHtml`<p>${this.loadState}: ${this.data?.headline ?? ''}</p>`;
  }

  get shown(): string | null | undefined {
    return this.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
  }
}
defineOnce('test-source-host', SourceHost);

const apiUrl = (route: string) => new URL(`/api/${route}`, location.href).href;
const echo = (json: unknown, delay = 0) =>
  apiUrl(`echo.json?delay=${delay}&json=${encodeURIComponent(JSON.stringify(json))}`);

function create(): SourceHost {
  return document.createElement('test-source-host') as SourceHost;
}

describe('DataSourceController', () => {
  const warnings: unknown[][] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('reads the article property, renders it, then fires newsprint-load', async () => {
    const host = create();
    host.article = { headline: 'From a property' };
    const loaded = oneEvent(host, 'newsprint-load') as Promise<NewsprintLoadEvent>;
    document.body.append(host);
    const event = await loaded;
    // Fired after the render: a listener sees the data in the shadow root.
    expect(host.shown).to.equal('ready: From a property');
    expect(event.detail).to.deep.equal({ article: { headline: 'From a property' }, omitted: [] });
    expect(host.reads[0]!.baseUrl).to.equal(document.baseURI);
    host.remove();
  });

  it('fetches src, loading first, and reads it against its own URL', async () => {
    const host = create();
    host.src = apiUrl('stories/relative.json');
    const loaded = oneEvent(host, 'newsprint-load');
    document.body.append(host);
    await host.updateComplete;
    expect(host.loadState).to.equal('loading');
    await loaded;
    expect(host.data!.url).to.equal(apiUrl('stories/story.html'));
    expect(host.reads[0]!.referrerPolicy).to.equal('no-referrer');
    host.remove();
  });

  it('reads inline JSON, follows its edits, and is empty once it is gone', async () => {
    const host = await fixture<SourceHost>(
      html`<test-source-host
        ><script type="application/json">
          { "headline": "Inline" }
        </script></test-source-host
      >`,
    );
    await host.updateComplete;
    expect(host.shown).to.equal('ready: Inline');
    const script = host.querySelector('script')!;
    const edited = oneEvent(host, 'newsprint-load');
    script.textContent = '{ "headline": "Edited" }';
    await edited;
    expect(host.shown).to.equal('ready: Edited');
    script.remove();
    await waitUntil(() => host.loadState === 'empty', 'empty without a source');
    expect(host.data).to.equal(undefined);
  });

  it('lets article win over src, and src over inline JSON', async () => {
    const host = create();
    host.innerHTML = '<script type="application/json">{"headline":"Inline"}</script>';
    host.src = echo({ headline: 'Fetched' });
    host.article = { headline: 'Property' };
    document.body.append(host);
    await host.updateComplete;
    expect(host.data!.headline).to.equal('Property');
    const fetched = oneEvent(host, 'newsprint-load');
    host.article = null;
    await fetched;
    expect(host.data!.headline).to.equal('Fetched');
    host.src = undefined;
    await host.updateComplete;
    expect(host.data!.headline).to.equal('Inline');
    host.remove();
  });

  it('sets the error state, fires newsprint-error and warns once for invalid data', async () => {
    const host = create();
    host.article = { title: 'no headline', url: 'https://news.example/story' };
    const failed = oneEvent(host, 'newsprint-error') as Promise<NewsprintErrorEvent>;
    document.body.append(host);
    const event = await failed;
    expect(event.detail).to.deep.equal({
      message: 'The article has no headline.',
      path: 'headline',
    });
    expect(host.loadState).to.equal('error');
    expect(host.error).to.be.instanceOf(NewsprintDataError);
    expect(host.errorStoryUrl).to.equal('https://news.example/story');
    expect(warnings).to.have.length(1);
    await host.updateComplete;
    // The error view loaded with the first error: its line, with the story's link.
    expect(host.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://news.example/story',
    );
    host.remove();
  });

  it('reports a failed request', async () => {
    const host = create();
    host.src = apiUrl('missing.json');
    const failed = oneEvent(host, 'newsprint-error') as Promise<NewsprintErrorEvent>;
    document.body.append(host);
    expect((await failed).detail.message).to.match(/server answered 404/);
    expect(host.loadState).to.equal('error');
    host.remove();
  });

  it('gives up within the host’s timeout', async () => {
    const host = create();
    host.timeout = 300;
    host.src = apiUrl('never?ms=5000');
    const failed = oneEvent(host, 'newsprint-error') as Promise<NewsprintErrorEvent>;
    document.body.append(host);
    expect((await failed).detail.message).to.match(/did not arrive within 0.3 seconds/);
    host.remove();
  });

  it('lets the latest src win, and aborts silently when the host is removed', async () => {
    const host = create();
    host.src = echo({ headline: 'Old' }, 400);
    document.body.append(host);
    await host.updateComplete;
    host.src = echo({ headline: 'New' });
    await oneEvent(host, 'newsprint-load');
    await aTimeout(500);
    expect(host.data!.headline).to.equal('New');

    let events = 0;
    host.addEventListener('newsprint-load', () => events++);
    host.addEventListener('newsprint-error', () => events++);
    host.src = echo({ headline: 'Never shown' }, 300);
    await host.updateComplete;
    host.remove();
    await aTimeout(500);
    expect(events).to.equal(0);
    expect(warnings).to.have.length(0);
  });

  it('keeps its request when moved in the DOM, and loads once', async () => {
    const host = create();
    host.src = echo({ headline: 'Moved' }, 100);
    const [first, second] = [document.createElement('div'), document.createElement('div')];
    document.body.append(first, second);
    let loads = 0;
    host.addEventListener('newsprint-load', () => loads++);
    first.append(host);
    await host.updateComplete;
    second.append(host);
    await waitUntil(() => loads === 1, 'loaded');
    first.append(host);
    await aTimeout(50);
    expect(loads).to.equal(1);
    expect(host.reads).to.have.length(1);
    first.remove();
    second.remove();
  });

  it('reads the same data again for a new referrer policy, without a second newsprint-load', async () => {
    const host = create();
    host.article = { headline: 'Policy' };
    let loads = 0;
    host.addEventListener('newsprint-load', () => loads++);
    document.body.append(host);
    await waitUntil(() => loads === 1, 'loaded');
    host.referrerPolicy = 'origin';
    await host.updateComplete;
    expect(host.reads.map((options) => options.referrerPolicy)).to.deep.equal([
      'no-referrer',
      'origin',
    ]);
    await aTimeout(20);
    expect(loads).to.equal(1);
    host.remove();
  });

  it('holds the data while a part it needs loads, then reads it again', async () => {
    const host = create();
    let partLoaded!: () => void;
    host.missingPart = new Promise((resolve) => (partLoaded = resolve));
    host.article = { headline: 'After the part' };
    document.body.append(host);
    await host.updateComplete;
    expect(host.source.partLoading).to.be.instanceOf(Promise);
    expect(host.loadState).to.equal('empty');
    const loaded = oneEvent(host, 'newsprint-load');
    partLoaded();
    await loaded;
    expect(host.source.partLoading).to.equal(undefined);
    expect(host.data!.headline).to.equal('After the part');
    host.remove();
  });

  it('reports a part that cannot be loaded', async () => {
    const host = create();
    host.missingPart = Promise.reject(new Error('offline'));
    host.article = { headline: 'Needs a part' };
    const failed = oneEvent(host, 'newsprint-error') as Promise<NewsprintErrorEvent>;
    document.body.append(host);
    const event = await failed;
    expect(event.detail.message).to.equal(
      "Newsprint's data reader could not be loaded, so this story cannot be shown.",
    );
    host.remove();
  });

  it('loads the strings of the data’s language before the data is ready', async () => {
    const host = create();
    host.article = { headline: 'Titular', language: 'es' };
    document.body.append(host);
    // This page has not loaded any language but English yet (i18n/strings.ts).
    expect(host.source.partLoading).to.be.instanceOf(Promise);
    expect(host.loadState).to.equal('empty');
    await host.source.partLoading;
    await host.updateComplete;
    expect(host.loadState).to.equal('ready');
    host.remove();
  });
});
