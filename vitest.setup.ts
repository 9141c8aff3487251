// Runs in the browser before each story file (after Storybook's own setup). A story fails when
// anything calls `console.error` or an error reaches `window.onerror` / `unhandledrejection`
// while it runs. `console.warn` is allowed: Newsprint warns once per data error by design (SPEC §4),
// and the error-state stories are meant to trigger it; stories that break by accident are caught
// by the `newsprint-error` check in .storybook/preview.ts instead.
import { afterEach, beforeEach } from 'vitest';

const realConsoleError = console.error;
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
    realConsoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  console.error = realConsoleError;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  if (problems.length) {
    throw new Error(`The story logged errors:\n  ${problems.join('\n  ')}`);
  }
});
