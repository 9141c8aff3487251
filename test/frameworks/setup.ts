// Runs before each framework test file. A test fails when anything calls `console.error`, when
// Vue warns (an unresolved component means `isCustomElement` did not apply), or when an error
// reaches `window.onerror` / `unhandledrejection`.
import { failOnPageErrors } from '../page-errors.js';

failOnPageErrors('test', (args) => String(args[0]).startsWith('[Vue warn]'));
