import type { Element, Root } from 'hast';
import { calloutKind } from '../callouts.ts';
import { parsePage } from '../verify/html-tree.ts';
import {
  classesOf,
  collectStructure,
  elementChildren,
  findElement,
  hasClass,
  languageClass,
  stringProperty,
  type BodyStructure,
  type Dialect,
} from './structure.ts';

/** Boxes an author may write in HTML for the theme, which styles them by class. */
const htmlBoxes = new Set(['div', 'aside', 'section', 'article']);

/**
 * kramdown's callouts are blockquotes carrying the kind as a class (`> …` then `{: .challenge}`).
 * A blockquote without a known kind is a plain quotation, not a box. Authors also write the
 * boxes in HTML (`<div class="challenge">`); a Bootstrap tab set written in an episode (its panes
 * in a `.tab-content`) is what this project's tabs are.
 */
const jekyllDialect: Dialect = {
  calloutKind: (node) => {
    if (hasClass(node, 'tab-content')) return 'tab';
    if (node.tagName !== 'blockquote' && !htmlBoxes.has(node.tagName)) return undefined;
    // rouge's wrapper of a code block carries the block's classes (`{: .warning}` output).
    if (hasClass(node, 'highlighter-rouge')) return undefined;
    const kinds = classesOf(node)
      .map(calloutKind)
      .filter((kind) => kind && (node.tagName === 'blockquote' || (!kind.tabs && !kind.lifted)));
    return kinds[0]?.name;
  },
  // rouge wraps the block: <div class="language-x highlighter-rouge"><div class="highlight"><pre>;
  // without a highlighter kramdown writes <pre><code class="language-x">.
  codeLanguage: (pre, ancestors) => {
    const wrapper = ancestors
      .toReversed()
      .slice(0, 3)
      .find((a) => hasClass(a, 'highlighter-rouge'));
    const code = elementChildren(pre).find((c) => c.tagName === 'code');
    return (
      languageClass(wrapper ? classesOf(wrapper) : []) ??
      languageClass(code ? classesOf(code) : []) ??
      languageClass(classesOf(pre))
    );
  },
  headingId: (heading) => stringProperty(heading, 'id'),
};

/** The theme's own boxes carry a heading without an id; every heading kramdown renders has one. */
const themeBox = (node: Element | undefined, kind: string): boolean =>
  !!node &&
  node.tagName === 'blockquote' &&
  hasClass(node, kind) &&
  elementChildren(node).some((c) => c.tagName === 'h2' && !stringProperty(c, 'id'));

/**
 * The episode body of a page built by the styles theme (and the HSF theme, which shares its
 * layouts): `<article>` holds the title row, the overview box (or a break's timing box), the
 * rendered Markdown, and the key points box. Only the rendered Markdown is the author's.
 */
export function jekyllEpisodeBody(tree: Root): Root | undefined {
  const article = findElement(tree, (node) => node.tagName === 'article');
  if (!article) return undefined;
  const children = elementChildren(article);
  let start = 0;
  let end = children.length;
  if (
    children[0]?.tagName === 'div' &&
    findElement(children[0], (n) => n.tagName === 'h1' && hasClass(n, 'maintitle'))
  )
    start = 1;
  if (themeBox(children[start], 'objectives')) start += 1;
  if (end > start && themeBox(children[end - 1], 'keypoints')) end -= 1;
  return { type: 'root', children: children.slice(start, end) };
}

/**
 * Structure of a Jekyll episode page served at `pageUrl` (`/05-history/`), for a site published
 * under `base` (the config's `baseurl`, which `{{ site.baseurl }}` links carry).
 */
export function jekyllStructure(
  html: string,
  pageUrl: string,
  base = '/',
): BodyStructure | undefined {
  const body = jekyllEpisodeBody(parsePage(html));
  return body && collectStructure(body, jekyllDialect, pageUrl, base);
}
