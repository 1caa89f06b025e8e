import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { parseHtmlFragment } from './html-fragment.ts';

/** The text a reader sees in a fragment of rendered HTML (a question, a key point), on one line. */
export function htmlText(html: string): string {
  return toText(parseHtmlFragment(html)).replace(/\s+/g, ' ').trim();
}

/**
 * The first paragraph of a page that is the author's prose, as plain text: what a search
 * engine or a chat app shows for the lesson. Paragraphs inside callouts, figures and other
 * boxes are skipped (a prerequisite box is not a summary), as are empty ones.
 */
export function firstParagraphText(html: string): string | undefined {
  const tree = parseHtmlFragment(html);
  const search = (children: (ElementContent | Root['children'][number])[]): string | undefined => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'p') {
        const text = toText(child).replace(/\s+/g, ' ').trim();
        if (text) return text;
        continue;
      }
      // Sections and plain wrappers hold prose; boxes (callouts, figures, tables) do not.
      if (isWrapper(child)) {
        const found = search(child.children);
        if (found) return found;
      }
    }
    return undefined;
  };
  return search(tree.children);
}

const isWrapper = (element: Element) =>
  ['section', 'article', 'main'].includes(element.tagName) ||
  (element.tagName === 'div' && element.properties.className === undefined);
