import { calloutKind } from '../callouts.ts';
import { parsePage } from '../verify/html-tree.ts';
import {
  classesOf,
  collectStructure,
  elementChildren,
  stringProperty,
  type BodyStructure,
  type Dialect,
} from './structure.ts';

/** Classes pandoc puts on a highlighted `<pre>` besides the language. */
const pandocCodeClasses = new Set(['sourceCode', 'numberLines']);

/**
 * A fenced div keeps its name as a class; pandoc writes a div whose first child is a heading as a
 * `<section>` and moves the heading's id onto it. sandpaper lifts `questions`, `objectives` and
 * `keypoints` divs out of the body into its overview and key points boxes, which are furniture
 * here as on our side.
 */
const pandocDialect: Dialect = {
  skip: (node) =>
    (node.tagName === 'div' || node.tagName === 'section') &&
    classesOf(node).some((c) => calloutKind(c)?.lifted),
  calloutKind: (node) =>
    node.tagName === 'div' || node.tagName === 'section'
      ? classesOf(node)
          .map((c) => calloutKind(c)?.name)
          .find(Boolean)
      : undefined,
  codeLanguage: (pre) => classesOf(pre).find((c) => !pandocCodeClasses.has(c)),
  headingId: (heading, parent) => {
    const own = stringProperty(heading, 'id');
    if (own) return own;
    return parent.type === 'element' &&
      parent.tagName === 'section' &&
      elementChildren(parent)[0] === heading
      ? stringProperty(parent, 'id')
      : undefined;
  },
};

/**
 * Structure of an episode body rendered by `pandoc -t html5` (a fragment, no theme around it).
 * Images resolve against the source file (`episodes/03-create.md`), to paths in the lesson folder:
 * sandpaper and this generator publish them at different places, but it is the same file.
 */
export function pandocStructure(html: string, sourceFile: string): BodyStructure {
  return collectStructure(parsePage(html), pandocDialect, `/${sourceFile}`, '/');
}
