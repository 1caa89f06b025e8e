import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import type { Rule } from '../context.ts';
import { walk, type MdNode } from '../mdast.ts';
import { authorPosition, inBody, type CheckedPage } from '../parse-page.ts';

/** Blocks whose inline content may hold a reference link. */
const containers = new Set(['paragraph', 'heading', 'tableCell', 'descriptionTerm']);
/** Inline nodes whose text cannot be (part of) an unresolved reference: blanked before matching. */
const opaque = new Set([
  'inlineCode',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'html',
  'inlineMath',
]);
// `[text][ref]` or `[ref][]`, not escaped and not an index such as `a[i][j]`.
const reference = /(?<![\\\w\]])\[([^\[\]\n]+)\]\[([^\[\]\n]*)\]/g;

/** Raw source of a container with opaque children blanked out (lengths kept, so offsets hold). */
function maskedSource(page: CheckedPage, node: MdNode): string {
  const start = node.position!.start.offset;
  const chars = page.markdown.slice(start, node.position!.end.offset).split('');
  walk(node, (child) => {
    if (child === node || !opaque.has(child.type) || !child.position) return;
    for (let k = child.position.start.offset; k < child.position.end.offset; k++) {
      if (chars[k - start] !== '\n') chars[k - start] = 'x';
    }
  });
  return chars.join('');
}

/**
 * A reference link with no definition renders as its literal brackets. The parser leaves such text
 * as plain text (CommonMark), so the rule looks for the bracket pattern in what stayed text.
 * Definitions from links.md are in the parsed text, as the renderer has them.
 */
export const undefinedReferences: Rule = (page, context) => {
  const found: Diagnostic[] = [];
  const linksFile =
    context.lesson.links?.file ??
    (context.lesson.settings.format === 'styles' ? '_includes/links.md' : 'links.md');
  walk(page.tree, (node, ancestors) => {
    if (!containers.has(node.type) || !node.position || !inBody(page, node)) return;
    if (ancestors.some((a) => containers.has(a.type))) return;
    if (!page.markdown.slice(node.position.start.offset, node.position.end.offset).includes(']['))
      return;
    const text = maskedSource(page, node);
    for (const m of text.matchAll(reference)) {
      const offset = node.position.start.offset + m.index;
      // Matched on the masked text; reported as the author wrote it (code spans included).
      const written = page.markdown.slice(offset, offset + m[0].length);
      const [, label, name] = /^\[(.*)\]\[(.*)\]$/s.exec(written)!;
      const ref = name!.trim() || label!.trim();
      const before = page.markdown.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      const at = authorPosition(page, {
        type: 'text',
        position: { start: { line, column, offset }, end: { line, column, offset } },
      });
      found.push(
        diagnostic({
          file: page.source.file,
          ...at,
          severity: 'error',
          rule: 'links/undefined-reference',
          message: `reference link ${written} has no definition "[${ref}]: …" in this page or in ${linksFile}`,
          hint: `Add a line "[${ref}]: https://…" to ${linksFile} or to this page, or correct the reference name.`,
        }),
      );
    }
  });
  return found;
};
