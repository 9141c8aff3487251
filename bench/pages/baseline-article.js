// Baseline for the article bench: DOMPurify plus one innerHTML of the same markup that
// <newsprint-article> and its byline, figure and FAQ render (flattened into one shadow root, with
// the union of their stylesheets, copied from the real elements in `window.__benchStyles`).
// Text is escaped, the body and FAQ answers are sanitized with the same allow-lists.
(() => {
  const ALLOWED_TAGS = ['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote'];
  ALLOWED_TAGS.push('figure', 'figcaption', 'pre', 'hr', 'br', 'a', 'em', 'strong', 'b', 'i', 'u');
  ALLOWED_TAGS.push('s', 'small', 'sub', 'sup', 'mark', 'q', 'cite', 'abbr', 'code', 'span');
  ALLOWED_TAGS.push('time', 'del', 'ins', 'img');
  const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'srcset', 'sizes'];
  ALLOWED_ATTR.push('datetime', 'cite', 'lang', 'dir');
  const config = { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false };
  const purify = window.DOMPurify(window);
  const escape = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const safeUrl = (value) => {
    try {
      const url = new URL(value, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
    } catch {
      return '';
    }
  };
  const rel = (href) =>
    new URL(href).origin === location.origin ? '' : ' rel="noopener noreferrer ugc"';

  const host = document.querySelector('newsprint-article');
  const data = JSON.parse(host.querySelector('script[type="application/json"]').textContent);
  const lang = data.language || document.documentElement.lang || 'en';
  const body = purify.sanitize(data.body, config);
  const words = body
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  const minutes = Math.max(1, Math.ceil(words / 230));
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(data.datePublished),
  );
  const authors = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(
    data.authors.map((author) => author.name),
  );
  const image = data.image;
  const url = safeUrl(data.url);
  const publisherUrl = safeUrl(data.publisher.url);
  const chevron =
    '<svg part="icon" class="icon" aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">' +
    '<path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" stroke-width="1.75"' +
    ' stroke-linecap="round" stroke-linejoin="round"></path></svg>';
  const items = data.faq.items
    .map(
      (item, index) =>
        `<div part="item" class="item"><h4 class="question-heading"><button type="button"` +
        ` part="question" class="question" id="question-${index}" aria-expanded="false"` +
        ` aria-controls="answer-${index}"><span class="question-text">${escape(item.question)}` +
        `</span>${chevron}</button></h4><div part="answer" class="answer" id="answer-${index}"` +
        ` aria-labelledby="question-${index}" hidden="until-found"><div class="answer-body">` +
        `${purify.sanitize(item.answer, config)}</div></div></div>`,
    )
    .join('');

  const markup =
    `<div part="base" class="base" lang="${escape(lang)}" dir="ltr">` +
    `<article class="article" part="article" aria-labelledby="headline">` +
    `<header class="header" part="header"><p class="section" part="section">${escape(data.section)}</p>` +
    `<h2 id="headline" class="headline" part="headline">${escape(data.headline)}</h2>` +
    `<p class="description" part="description">${escape(data.description)}</p>` +
    `<div class="byline" part="byline"><div class="text"><p class="authors" part="authors">By ` +
    `<span class="author" part="author">${escape(authors)}</span></p><p class="meta" part="meta">` +
    `<time class="published" part="published" datetime="${escape(data.datePublished)}">${date}</time>` +
    `<span class="reading-time" part="reading-time">${minutes} min read</span></p></div></div></header>` +
    `<figure class="figure"><div class="frame sized" style="aspect-ratio: ${image.width} / ${image.height}">` +
    `<img part="image" class="image" loading="eager" fetchpriority="high"` +
    ` referrerpolicy="strict-origin-when-cross-origin" width="${image.width}" height="${image.height}"` +
    ` src="${escape(safeUrl(image.src))}" alt="${escape(image.alt)}"></div>` +
    `<figcaption class="caption" part="caption"><span class="caption-text">${escape(image.caption)}</span>` +
    ` <span class="credit" part="credit">${escape(image.credit)}</span></figcaption></figure>` +
    `<div class="body" part="body">${body}</div>` +
    `<div class="faq"><h3 class="title" part="title">${escape(data.faq.title)}</h3>` +
    `<div class="items">${items}</div></div>` +
    `<footer class="footer" part="footer"><p class="copyright">${escape(data.copyright)}</p>` +
    `<p class="publisher">Published by <a href="${escape(publisherUrl)}"${rel(publisherUrl)}>` +
    `${escape(data.publisher.name)}</a></p><p><a class="canonical" part="canonical-link"` +
    ` href="${escape(url)}"${rel(url)}>Read the original story<span aria-hidden="true"` +
    ` class="arrow"> →</span></a></p></footer></article></div>`;

  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = window.__benchStyles.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  root.innerHTML = markup;
  window.__bench?.done();
})();
