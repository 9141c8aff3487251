import { expect } from '@open-wc/testing';
import { NewsprintDataError } from './errors.js';
import { checkHtmlLimits, countWordsInHtml, measureHtml } from './html-measure.js';
import { LIMITS } from './limits.js';
import { parseArticle, parseBylineInput } from './parse.js';
// The sanitizer part, loaded (elements load it when data needs it: parts.ts).
import './sanitize.js';

/** Depth and element count of the tree the browser's parser really builds. */
export function realShape(html: string): { depth: number; elements: number } {
  const template = document.createElement('template');
  // An inert template: nothing loads or runs. Depth counted below the template's content.
  template.innerHTML = html;
  let depth = 0;
  let elements = 0;
  const walk = (node: Node, level: number) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      elements++;
      depth = Math.max(depth, level + 1);
      walk(child, level + 1);
      const content = (child as HTMLTemplateElement).content;
      if (content) walk(content, level + 1);
    }
  };
  walk(template.content, 0);
  return { depth, elements };
}

// Shapes where the parser closes, adds or re-creates elements on its own.
const SAMPLES = [
  '<p>One<p>Two<p>Three',
  '<ul><li>a<li>b<li><ul><li>c</ul></ul>',
  '<dl><dt>a<dd>b<dt>c<dd>d</dl>',
  '<p><b>bold<p>still bold<p>and again</b> not',
  '<p><b a=1><i a=2><u a=3></p><p>x</p><p>y</p>',
  '<span><div></span><span><div></span><span><div></span>',
  '<b><p>x</b>y</p>',
  '<table><tr><td>a<td>b<tr><td>c</table>',
  '<table><td><table><td><table><td>deep</table></table></table>',
  '<h2>a<h3>b<h4>c',
  '<a href=x><a href=y><a href=z>links',
  '<div><table></div><div></div></table></div>',
  '<svg><g><g><g></g></g></g></svg><math><mi>x</mi></math>',
  '<template><b><i><u>x</u></i></b></template>',
  '<select><option>a<option>b</select>',
  '<p title=">"><b>quoted ></b></p>',
  '<!-- <b><b><b> --><i>x</i>',
  '<font><font><font><font><p>x</p></font></font></font></font>',
];

describe('measureHtml (the pre-parse scan)', () => {
  for (const sample of SAMPLES) {
    it(`never counts less than the parser builds: ${sample}`, () => {
      const real = realShape(sample);
      const measured = measureHtml(sample, { depth: Infinity, elements: Infinity });
      expect(measured.depth, 'depth').to.be.at.least(real.depth);
      expect(measured.elements, 'elements').to.be.at.least(real.elements);
    });
  }

  it('is close for ordinary, well-formed HTML (no false alarms on long stories)', () => {
    const paragraph = '<p>Words with <a href="/x">a link</a> and <em>emphasis</em>.</p>';
    const html = `<h2>Title</h2>${paragraph.repeat(100)}<ul><li>a</li><li>b</li></ul>`;
    expect(measureHtml(html, { depth: Infinity, elements: Infinity })).to.deep.equal(
      realShape(html),
    );
  });

  it('stops early past a limit', () => {
    const started = performance.now();
    const shape = measureHtml('<b>'.repeat(1_000_000));
    expect(shape.depth).to.equal(LIMITS.htmlDepth + 1);
    expect(performance.now() - started).to.be.below(200);
  });
});

describe('checkHtmlLimits', () => {
  const refuse = (html: string, pattern: RegExp) => {
    let error: unknown;
    try {
      checkHtmlLimits(html, 'body');
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(NewsprintDataError);
    expect((error as NewsprintDataError).path).to.equal('body');
    expect((error as NewsprintDataError).message).to.match(pattern);
  };

  it('accepts what is at the limits', () => {
    checkHtmlLimits('<div>'.repeat(LIMITS.htmlDepth), 'body');
    checkHtmlLimits('<br>'.repeat(LIMITS.htmlElements), 'body');
    checkHtmlLimits('x'.repeat(LIMITS.htmlChars), 'body');
  });

  it('refuses one past each limit, saying which', () => {
    refuse('<div>'.repeat(LIMITS.htmlDepth + 1), /nested more than 100 deep/);
    refuse('<br>'.repeat(LIMITS.htmlElements + 1), /more than 5,000 elements/);
    refuse('x'.repeat(LIMITS.htmlChars + 1), /262,145 characters long.*262,144/);
  });

  it('counts the HTML of a whole document together (body and FAQ answers)', () => {
    const half = '<br>'.repeat(LIMITS.htmlElements / 2 + 1);
    let error: unknown;
    try {
      parseArticle({
        headline: 'H',
        body: half,
        faq: { items: [{ question: 'Q?', answer: half }] },
      });
    } catch (caught) {
      error = caught;
    }
    expect((error as NewsprintDataError).path).to.equal('faq.items[0].answer');
  });
});

describe('countWordsInHtml (reading time without a parser)', () => {
  it('counts the words a reader sees', () => {
    expect(countWordsInHtml('<p>One two</p><p>three</p>')).to.equal(3);
    expect(
      countWordsInHtml('<p>a&nbsp;b</p><script>hidden words here</script><!-- not -->'),
    ).to.equal(2);
    expect(countWordsInHtml('wo<b>rd</b> <em>two</em>')).to.equal(2);
  });

  it('gives a standalone byline the same reading time the article shows', () => {
    const body = `<p>${'word '.repeat(700)}</p><p>${'more '.repeat(100)}</p>`;
    expect(parseBylineInput({ body }).readingTimeMinutes).to.equal(
      parseArticle({ headline: 'H', body }).readingTimeMinutes,
    );
    expect(parseBylineInput({ body }).readingTimeMinutes).to.equal(4);
  });
});
