/**
 * Styles that follow an element into another document.
 *
 * Lit gives each shadow root constructed style sheets (`adoptedStyleSheets`), and a constructed
 * sheet belongs to the document whose window made it. Moving an element into a same-origin
 * iframe's document drops them (3 sheets -> 0: an unstyled element), and a sheet of the page's
 * document cannot be adopted there. So, on adoption into another document, the element gets
 * sheets made by that document's window from the same CSS (made once per document and element
 * class), and Lit's own sheets again when it comes back.
 */
import { type CSSResultOrNative } from 'lit';

const sheetsByDocument = new WeakMap<Document, WeakMap<object, CSSStyleSheet[]>>();

function sheetsOf(
  root: ShadowRoot,
  styles: readonly CSSResultOrNative[],
): CSSStyleSheet[] | undefined {
  const ownerDocument = root.ownerDocument;
  const toSheet = (style: CSSResultOrNative) =>
    style instanceof CSSStyleSheet ? style : style.styleSheet;
  // The document the element's module runs in: Lit's own sheets are its.
  if (ownerDocument === document) {
    const sheets = styles.map(toSheet);
    return sheets.every((sheet): sheet is CSSStyleSheet => sheet !== undefined)
      ? sheets
      : undefined;
  }
  const view = ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view?.CSSStyleSheet) return undefined; // a document without a window: nothing renders
  let forDocument = sheetsByDocument.get(ownerDocument);
  if (!forDocument) sheetsByDocument.set(ownerDocument, (forDocument = new WeakMap()));
  let sheets = forDocument.get(styles);
  if (!sheets) {
    sheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      const cssText =
        style instanceof CSSStyleSheet
          ? [...style.cssRules].map((rule) => rule.cssText).join('\n')
          : style.cssText;
      sheet.replaceSync(cssText);
      return sheet;
    });
    forDocument.set(styles, sheets);
  }
  return sheets;
}

/** Gives `root` its element's styles as sheets of the document it is now in. */
export function adoptStylesInOwnDocument(
  root: ShadowRoot | null,
  styles: readonly CSSResultOrNative[],
): void {
  if (!root || !('adoptedStyleSheets' in root)) return;
  const sheets = sheetsOf(root, styles);
  if (!sheets) return;
  const current = root.adoptedStyleSheets;
  if (current.length === sheets.length && current.every((sheet, i) => sheet === sheets[i])) return;
  root.adoptedStyleSheets = sheets;
}
