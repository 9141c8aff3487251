// Used by the browser-side vitest setups (stories, frameworks): a test fails when anything calls
// `console.error`, when an error reaches `window.onerror` / `unhandledrejection`, or when a
// warning the caller names as a problem is logged, while it runs.
import { afterEach, beforeEach } from 'vitest';

const describe = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value);

/**
 * Installs the checks for every test of the file. `what` names the test in the failure message;
 * `isProblemWarning` picks the `console.warn` calls that count as problems (none by default:
 * Newsprint warns once per data error by design, docs/ARCHITECTURE.md, "Errors").
 */
export function failOnPageErrors(
  what: string,
  isProblemWarning: (args: unknown[]) => boolean = () => false,
): void {
  const realError = console.error;
  const realWarn = console.warn;
  let problems: string[] = [];
  const onError = (event: ErrorEvent) =>
    problems.push(`uncaught ${describe(event.error ?? event.message)}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    problems.push(`unhandled rejection ${describe(event.reason)}`);

  beforeEach(() => {
    problems = [];
    console.error = (...args: unknown[]) => {
      problems.push(`console.error ${args.map(describe).join(' ')}`);
      realError.apply(console, args);
    };
    console.warn = (...args: unknown[]) => {
      if (isProblemWarning(args)) problems.push(args.map(describe).join(' '));
      realWarn.apply(console, args);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    console.error = realError;
    console.warn = realWarn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    if (problems.length) throw new Error(`The ${what} logged errors:\n  ${problems.join('\n  ')}`);
  });
}
