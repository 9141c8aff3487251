/**
 * Collects what escapes to the page (an `error` event, `window.onerror`, an unhandled rejection)
 * while an attack input is handled, and keeps it from failing the test run before the test can
 * count it: mocha's own `window.onerror` would end the test (or a fast-check run) first.
 */
export interface Escapes {
  /** What reached the page: thrown values, error messages, rejection reasons. */
  readonly escaped: unknown[];
  /** Stops collecting and puts back the page's `window.onerror`. */
  restore(): void;
}

export function catchEscapes(): Escapes {
  const escaped: unknown[] = [];
  const onError = (event: ErrorEvent) => {
    escaped.push(event.error ?? event.message);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    escaped.push(event.reason);
    event.preventDefault();
  };
  const previousOnError = window.onerror;
  window.onerror = () => true;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    escaped,
    restore() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      window.onerror = previousOnError;
    },
  };
}
