let warnedAboutOtherCopy = false;

/**
 * Registers a custom element unless the tag is taken. A page may load the script-tag bundle twice,
 * or beside another copy of Newsprint: the first definition stays, and the second copy says so
 * once in the console instead of throwing `NotSupportedError` into the page.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    if (!warnedAboutOtherCopy) {
      warnedAboutOtherCopy = true;
      console.warn(
        `Newsprint: <${tag}> is already defined, probably by another copy of Newsprint on this page. The first copy stays in use.`,
      );
    }
    return;
  }
  customElements.define(tag, element);
}
