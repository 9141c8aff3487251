// Entry of the script-tag build (`dist/newsprint.js`): defines every element when loaded.
// First: makes page globals that Lit writes at load usable (see lit-globals.ts).
import './base/lit-globals.js';
import './define.js';
