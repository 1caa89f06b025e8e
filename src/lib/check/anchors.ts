import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { fromDirectiveAttributes } from '../attributes.ts';
import type { LessonFormat } from '../lesson/types.ts';
import { assignPageIds, type IdTarget, type TextRun } from '../slug.ts';
import { textOf, walk, type MdNode } from './mdast.ts';
import { inBody, type CheckedPage } from './parse-page.ts';

/**
 * The ids of an author's own HTML file (a page of `files/`), or undefined when they cannot be known
 * from it: it runs a script, which may make them (a remark.js deck answers `#p1` itself).
 */
export function staticAnchors(html: string): Set<string> | undefined {
  const tree = fromHtml(html) as Root;
  let scripted = false;
  visit(tree, 'element', (element: Element) => {
    if (element.tagName !== 'script') return;
    const type = String(element.properties?.type ?? '').toLowerCase();
    if (!type || /javascript|ecmascript|module/.test(type)) scripted = true;
  });
  return scripted ? undefined : new Set(htmlAnchorsOf(tree));
}

/** `id` and `name` anchors in raw HTML the author wrote (`<a name="x">`, `<span id="y">`). */
function htmlAnchors(html: string): string[] {
  return htmlAnchorsOf(fromHtml(html, { fragment: true }) as Root);
}

function htmlAnchorsOf(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, 'element', (element: Element) => {
    for (const key of ['id', 'name'] as const) {
      const value = element.properties?.[key];
      if (typeof value === 'string' && value) ids.push(value);
    }
  });
  return ids;
}

/** A heading's text as the renderer reads it: code and TeX literal, the rest prose. */
function textRuns(node: MdNode): TextRun[] {
  if (node.type === 'inlineCode' || node.type === 'inlineMath')
    return [{ text: node.value ?? '', literal: true }];
  if (node.type === 'image' || node.type === 'html') return [];
  if (typeof node.value === 'string') return [{ text: node.value }];
  return (node.children ?? []).flatMap(textRuns);
}

/**
 * Every id a `#fragment` can land on in a rendered page, computed from its Markdown tree the way
 * the renderer assigns them (`rehype-heading-ids` and `assignPageIds`: the ids the lesson's own
 * toolchain gave, in document order), plus ids that directives carry (callouts `{#id}`,
 * `::attrs{#id}`, `:span[…]{#id}`) and ids in author HTML.
 */
export function anchorsOf(page: CheckedPage, format: LessonFormat): Set<string> {
  const ids = new Set<string>();
  const targets: IdTarget[] = [];
  walk(page.tree, (node: MdNode) => {
    if (!inBody(page, node)) return;
    if (node.type === 'heading') {
      const explicit = node.data?.hProperties?.id;
      targets.push({
        kind: 'heading',
        text: textRuns(node),
        explicit: typeof explicit === 'string' ? explicit : undefined,
      });
    } else if (node.type === 'descriptionTerm') {
      targets.push({ kind: 'extra', text: textOf(node, false), term: true });
    } else if (node.type.endsWith('Directive')) {
      const { id } = fromDirectiveAttributes(node.attributes);
      if (id) targets.push({ kind: 'fixed', id });
    } else if (node.type === 'html' && node.value) {
      for (const id of htmlAnchors(node.value)) targets.push({ kind: 'fixed', id });
    }
  });
  assignPageIds(targets, format).forEach((id, i) => {
    const target = targets[i]!;
    if (target.kind === 'fixed') ids.add(target.id);
    else if (id) ids.add(id);
  });
  ids.delete('');
  return ids;
}

/**
 * sandpaper builds the home page from index.md and learners/setup.md together, so on a Workbench
 * site `index.html#installation` reached a heading of the setup instructions. Here setup keeps its
 * own page: each of its ids that the home page does not have → the setup page's site path, for the
 * resolver to send such links there (`SiteMap.homeFragments`).
 */
export function homeFragmentsOf(
  pages: readonly CheckedPage[],
  format: LessonFormat,
  anchors: (page: CheckedPage) => ReadonlySet<string> = (page) => anchorsOf(page, format),
): Map<string, string> {
  const moved = new Map<string, string>();
  if (format !== 'workbench') return moved;
  const isPage = (p: CheckedPage, section: string, slug: string) =>
    'section' in p.source && p.source.section === section && p.source.slug === slug;
  const setup = pages.find((p) => isPage(p, 'learners', 'setup'));
  if (!setup) return moved;
  const home = pages.find((p) => isPage(p, 'home', 'index'));
  const onHome = home ? anchors(home) : new Set<string>();
  for (const id of anchors(setup)) if (!onHome.has(id)) moved.set(id, `/${setup.source.slug}/`);
  return moved;
}
