// Runs before each framework test file. A test fails when anything calls `console.error`, when
// Vue warns (an unresolved component means `isCustomElement` did not apply), or when an error
// reaches `window.onerror` / `unhandledrejection`.
import { afterEach, beforeEach } from 'vitest';

const realError = console.error;
const realWarn = console.warn;
let problems: string[] = [];

const describe = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value);
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
    if (String(args[0]).startsWith('[Vue warn]')) problems.push(args.map(describe).join(' '));
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
  if (problems.length) throw new Error(`The test logged errors:\n  ${problems.join('\n  ')}`);
});
