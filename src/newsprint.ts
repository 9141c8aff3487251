// Entry of the script-tag build (`dist/newsprint.js`): defines every element when loaded.
import './define.js';
