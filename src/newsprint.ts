// Entry of the script-tag build (`dist/newsprint.js`): defines every element when loaded.
// First: makes page globals that Lit writes at load usable (see lit-globals.ts).
import './base/lit-globals.js';
import { restorePageHook } from './base/hydrate-hook.js';
// Before Lit: lets elements rendered by `newsprint/ssr` take over their server-rendered shadow
// roots (hydration) instead of rendering again from scratch.
import './hydrate.js';
import './define.js';

// Our Lit has loaded and taken the hook: another copy of Lit on the page must not.
restorePageHook();
