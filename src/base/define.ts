/**
 * Registers a custom element unless the tag is taken. A page may load the script-tag bundle twice,
 * or beside another copy of Newsprint: the first definition stays, and a second copy warns
 * instead of throwing `NotSupportedError` into the page.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    console.warn(
      `<${tag}> is already defined by another copy of Newsprint on this page; this copy is not used.`,
    );
    return;
  }
  customElements.define(tag, element);
}
