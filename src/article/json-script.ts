// Imports nothing, so the embed builder's own script can use it without the library.
/**
 * JSON as the text of a `<script>`: `<` escaped so no `</script>` (or `<!--`) in the data can end
 * or change the element, and U+2028/U+2029 escaped for old JavaScript parsers. Still plain JSON.
 * `indent` pretty-prints it (the embed builder's snippet, meant to be read).
 */
export function jsonForScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
