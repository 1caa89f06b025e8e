/**
 * `parseHtmlFragment` skips source positions and nothing else: the tree serialises to what
 * `hast-util-from-html` gives for the same fragment, whatever parse5 has to repair or switch
 * modes for.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parseHtmlFragment } from '../../../src/lib/html-fragment.ts';

const fragments = {
  'headings and ids': '<h2 id="a">A <code>x</code></h2><p>Text &amp; more &lt;b&gt;</p>',
  'unclosed and misnested tags': '<p>one<p>two <b>bold <i>both</b> italic</i><li>loose',
  'a table without a body': '<table><tr><td>1<td>2</table>',
  'noscript, as the parser sees it with scripting off': '<noscript><p>shown</p></noscript>',
  'script and style text':
    '<script>if (a < b) x = "</p>";</script><style>p > a { color: red }</style>',
  'inline SVG and MathML':
    '<svg viewBox="0 0 1 1"><foreignObject><p>hi</p></foreignObject></svg><math><mi>x</mi></math>',
  'a template': '<template><td>cell</td></template>',
  'comments and odd attributes': '<!-- note --><a href="?a=1&b=2" data-x=\'"q"\' hidden>link</a>',
  'text only, and nothing': 'plain text',
  empty: '',
};

describe('parseHtmlFragment', () => {
  it.each(Object.entries(fragments))('%s: the same tree as hast-util-from-html', (_, html) => {
    expect(toHtml(parseHtmlFragment(html))).toBe(toHtml(fromHtml(html, { fragment: true })));
  });

  it('leaves positions out', () => {
    const tree = parseHtmlFragment('<p>a</p>');
    expect(tree.children[0]?.position).toBeUndefined();
  });
});
