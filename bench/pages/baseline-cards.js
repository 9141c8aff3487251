// Baseline for the card bench: the same shadow DOM and the same stylesheets as <newsprint-card>,
// built by hand with <template> cloning, no framework. It does the work a careful vanilla widget
// would: reads each card's inline JSON, checks URLs, formats the date, and shares one set of
// constructed stylesheets. `window.__benchStyles` holds the card's CSS, copied from the real
// element in the same browser run. Timing is set up by the page (see bench/run.mjs).
(() => {
  const sheets = window.__benchStyles.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  const template = document.createElement('template');
  template.innerHTML =
    '<div part="base" class="base"><article class="card" part="card"><div class="layout has-image">' +
    '<div class="text"><p class="section" part="section"></p>' +
    '<h3 class="headline" part="headline"><a class="link" part="link"></a></h3>' +
    '<p class="description" part="description"></p>' +
    '<p class="byline" part="byline"><span class="authors" part="authors"></span> <time part="published"></time></p></div>' +
    '<div class="media" part="image"><img loading="lazy" decoding="async"' +
    ' referrerpolicy="strict-origin-when-cross-origin"></div></div></article></div>';
  const lang = document.documentElement.lang || 'en';
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  const safeUrl = (value) => {
    try {
      const url = new URL(value, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  };

  for (const host of document.querySelectorAll('newsprint-card')) {
    const data = JSON.parse(host.querySelector('script[type="application/json"]').textContent);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    const tree = template.content.cloneNode(true);
    const base = tree.firstChild;
    base.lang = lang;
    base.dir = 'ltr';
    base.querySelector('.section').textContent = data.section;
    const link = base.querySelector('.link');
    const href = safeUrl(data.url);
    link.href = href;
    if (new URL(href).origin !== location.origin) link.rel = 'noopener noreferrer ugc';
    link.textContent = data.headline;
    base.querySelector('.description').textContent = data.description;
    // "By " and each name in its own `part="author"` span, joined as the list format says.
    const authors = base.querySelector('.authors');
    authors.append('By ');
    for (const part of lists.formatToParts(data.authors.map((a) => a.name))) {
      if (part.type === 'literal') authors.append(part.value);
      else {
        const name = document.createElement('span');
        name.className = 'author';
        name.setAttribute('part', 'author');
        name.textContent = part.value;
        authors.append(name);
      }
    }
    const time = base.querySelector('time');
    time.dateTime = data.datePublished;
    time.textContent = dates.format(new Date(data.datePublished));
    const img = base.querySelector('img');
    img.src = safeUrl(data.image.src);
    img.alt = data.image.alt;
    img.width = data.image.width;
    img.height = data.image.height;
    root.append(tree);
  }
  window.__bench?.done();
})();
