// The shape of a rendered shadow tree, for comparing Newsprint's output with a baseline's:
// elements with their sorted attributes, and the text between them with whitespace collapsed
// (adjacent text nodes joined); comments and blank text left out. Nested shadow roots are
// followed (as `shadow`).
window.__shapeOf = function shapeOf(node) {
  const out = [];
  let text = '';
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) out.push(clean);
    text = '';
  };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      text += child.data;
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      flush();
      const attributes = [...child.attributes]
        .map((attribute) => `${attribute.name}=${attribute.value}`)
        .sort();
      const entry = { tag: child.localName, attributes, children: shapeOf(child) };
      if (child.shadowRoot) entry.shadow = shapeOf(child.shadowRoot);
      out.push(entry);
    }
  }
  flush();
  return out;
};
