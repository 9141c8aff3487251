// Runs in the browser before each story file (after Storybook's own setup). A story fails when
// anything calls `console.error` or an error reaches `window.onerror` / `unhandledrejection`
// while it runs. `console.warn` is allowed: Newsprint warns once per data error by design
// (docs/ARCHITECTURE.md, "Errors"), and the error-state stories are meant to trigger it; stories
// that break by accident are caught by the `newsprint-error` check in .storybook/preview.ts
// instead.
import { failOnPageErrors } from './test/page-errors.js';

failOnPageErrors('story');
