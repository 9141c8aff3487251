// The script-tag build takes whitespace and comments out of Lit's css`…` and html`…` templates
// (scripts/minify-templates.mjs). These tests hold it to "changes nothing the browser sees":
// every stylesheet of every element parses to the same CSSOM, minified or not.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss, minifyHtml } from '../../scripts/minify-templates.mjs';
import { articleStyles } from '../../src/components/article/article.styles.js';
import { bylineStyles } from '../../src/components/byline/byline.styles.js';
import { cardStyles } from '../../src/components/card/card.styles.js';
import { faqStyles } from '../../src/components/faq/faq.styles.js';
import { figureStyles } from '../../src/components/figure/figure.styles.js';
import { hostStyles } from '../../src/styles/host.js';
import { tokens } from '../../src/styles/tokens.js';

const sheets: Record<string, CSSResult> = {
  tokens,
  hostStyles,
  articleStyles,
  bylineStyles,
  cardStyles,
  faqStyles,
  figureStyles,
};

/** The rules of a stylesheet as the browser serializes them. */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

describe('minify-templates: css', () => {
  for (const [name, sheet] of Object.entries(sheets)) {
    it(`leaves the CSSOM of ${name} as it is, at a fraction of the text`, () => {
      const minified = minifyCss(sheet.cssText);
      // The tokens' colour declarations are generated from the palettes (src/styles/tokens.ts):
      // mostly `var(--newsprint-…, #…)` text, with little whitespace to take out.
      const fraction = name === 'tokens' ? 0.9 : 0.85;
      expect(minified.length).to.be.lessThan(sheet.cssText.length * fraction);
      expect(rules(minified)).to.deep.equal(rules(sheet.cssText));
    });
  }

  it('keeps strings, descendant combinators before pseudo-classes, and `and (`', () => {
    const css = `
      /* a comment */
      .a :first-child ,  .b > .c {
        content: '  two  spaces ' ;
        --x:  var(--y,  1px) ;
        width: calc( 1px + 2px ) ;
      }
      @media screen and (min-width: 10px) { .d { color: red !important ; } }
    `;
    const minified = minifyCss(css);
    expect(minified).to.equal(
      ".a :first-child,.b>.c{content:'  two  spaces ';--x:var(--y,  1px);width:calc(1px + 2px)}" +
        '@media screen and (min-width:10px){.d{color:red!important}}',
    );
    expect(rules(minified)).to.deep.equal(rules(css));
  });
});

describe('minify-templates: html', () => {
  it('turns line breaks between tags and in text into one space', () => {
    expect(minifyHtml(['<p class="byline">\n      ', '\n      ', '\n    </p>'])).to.deep.equal([
      '<p class="byline"> ',
      ' ',
      ' </p>',
    ]);
  });

  it('drops the space before the end of a tag and keeps quoted values whole', () => {
    expect(minifyHtml(['<a\n  href="a\n  b"\n  title=', '\n>text\n  more</a>'])).to.deep.equal([
      '<a href="a\n  b" title=',
      '>text more</a>',
    ]);
  });

  it('follows a quoted value across an expression', () => {
    expect(minifyHtml(['<div class="item ', '\n  x">\n  <span>', '</span></div>'])).to.deep.equal([
      '<div class="item ',
      '\n  x"> <span>',
      '</span></div>',
    ]);
  });

  it('keeps spaces without a line break as they are', () => {
    expect(minifyHtml(['<span>', '  ', '</span>'])).to.deep.equal(['<span>', '  ', '</span>']);
  });
});
