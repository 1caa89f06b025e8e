import { parseMarkdown, walk, type MdNode } from '../check/mdast.ts';

/**
 * A value the build cannot know (`site.github.repository_url` when no repository is known). It
 * travels through Liquid like any text (`append`, `assign`); `dropUnknownUrls` then takes out every
 * link built from it and the marker itself, so a reader gets the link text, not a dead address.
 */
export const unknownValue = '\uE004';

/** Case-folded, whitespace-collapsed, as CommonMark matches reference labels. */
const normaliseLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** An HTML attribute whose value holds the marker, with the space before it. */
const unknownAttribute = new RegExp(
  `\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*${unknownValue}[^"]*"|'[^']*${unknownValue}[^']*'|[^\\s"'=<>\`]*${unknownValue}[^\\s"'=<>\`]*)`,
  'g',
);

const newlines = (text: string) => text.split('\n').length - 1;

/**
 * `markdown` without links whose address holds the unknown marker: `[text](…)` becomes `text`, an
 * image its alt text, a definition disappears (and `[text][label]` uses of it, here or of labels in
 * `dropped`, become their text), an HTML attribute holding it goes. Every edit keeps its line
 * breaks, so lines keep their numbers. Labels of definitions dropped here are added to `dropped`.
 */
export function dropUnknownUrls(markdown: string, dropped: Set<string>): string {
  const hasMarker = markdown.includes(unknownValue);
  const usesDropped = () => {
    const lower = markdown.toLowerCase();
    return [...dropped].some((label) => lower.includes(`[${label}]`));
  };
  if (!hasMarker && !(dropped.size && usesDropped())) return markdown;

  const edits: { start: number; end: number; text: string }[] = [];
  const sourceOf = (nodes: MdNode[] | undefined) =>
    nodes?.length
      ? markdown.slice(nodes[0]!.position!.start.offset, nodes.at(-1)!.position!.end.offset)
      : '';
  const replace = (node: MdNode, text: string) => {
    const { start, end } = node.position!;
    const original = markdown.slice(start.offset, end.offset);
    edits.push({
      start: start.offset,
      end: end.offset,
      text: text + '\n'.repeat(Math.max(0, newlines(original) - newlines(text))),
    });
  };

  // A page uses labels links.md defined: without their definitions (dropped) the parser would
  // read `[text][label]` as plain text, so stand-ins are appended for it to read them as links.
  const standIns = [...dropped].map((label) => `[${label.replace(/[[\]\\]/g, '\\$&')}]: #`);
  const tree = parseMarkdown(
    standIns.length ? `${markdown}\n\n${standIns.join('\n')}\n` : markdown,
  );
  walk(tree, (node) => {
    if (node.type === 'definition' && node.url?.includes(unknownValue))
      dropped.add(normaliseLabel(node.identifier ?? ''));
  });
  walk(tree, (node, ancestors) => {
    if (
      !node.position ||
      ancestors.some((a) => edits.some((e) => e.start === a.position?.start.offset))
    )
      return;
    const unknown = node.url?.includes(unknownValue) ?? false;
    const droppedReference =
      (node.type === 'linkReference' || node.type === 'imageReference') &&
      dropped.has(normaliseLabel(node.identifier ?? ''));
    if (node.type === 'definition' && unknown) replace(node, '');
    else if (
      (node.type === 'link' && unknown) ||
      (node.type === 'linkReference' && droppedReference)
    )
      replace(node, sourceOf(node.children));
    else if (
      (node.type === 'image' && unknown) ||
      (node.type === 'imageReference' && droppedReference)
    )
      replace(node, node.alt ?? '');
    else if (node.type === 'html' && node.value?.includes(unknownValue)) {
      const { start, end } = node.position;
      const html = markdown.slice(start.offset, end.offset);
      replace(
        node,
        html.replace(unknownAttribute, (attribute) => '\n'.repeat(newlines(attribute))),
      );
    }
  });

  let out = markdown;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out.replaceAll(unknownValue, '');
}
