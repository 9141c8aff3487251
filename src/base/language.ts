import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The language an element's strings and dates follow: its own `lang` attribute, else the one its
 * data names, else the closest `[lang]` above it, else English. A page that switches its
 * language (a translated single-page app changes `<html lang>`) re-renders every connected host.
 *
 * The host's own `lang` is its attribute, which a controller cannot observe: the host lists
 * `lang` in its `observedAttributes` and requests an update when it changes.
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    watchPageLanguage(this.host);
  }

  hostDisconnected(): void {
    pageLanguageListeners.delete(this.host);
  }

  /** The host's language if its data's were `dataLanguage`: attribute, data, page, English. */
  languageWith(dataLanguage: string | undefined): string {
    // The attribute, not `lang`: the server's DOM shim has no `lang` property.
    return this.host.getAttribute('lang') || dataLanguage || inheritedLanguage(this.host) || 'en';
  }
}

/** The closest `[lang]` above `node`, across the shadow roots it is rendered in. */
function inheritedLanguage(host: Node): string | undefined {
  let node = host.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang'))
      return node.getAttribute('lang') || undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/* One observer of `<html lang>` for every element on the page, not one each. */
let pageLanguageObserver: MutationObserver | undefined;
let observedRoot: Element | undefined;
const pageLanguageListeners = new Set<ReactiveControllerHost>();

function watchPageLanguage(host: ReactiveControllerHost): void {
  pageLanguageListeners.add(host);
  pageLanguageObserver ??= new MutationObserver(() => {
    for (const listener of pageLanguageListeners) listener.requestUpdate();
  });
  // Once per root element, not once per element: observing again would change nothing.
  if (observedRoot === document.documentElement) return;
  observedRoot = document.documentElement;
  pageLanguageObserver.observe(observedRoot, { attributes: true, attributeFilter: ['lang'] });
}
