import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { escapeHtml } from '../lib/attributes.ts';
import { hasClass } from './has-class.ts';
import type { LessonFormat } from '../lib/lesson/types.ts';
import { labelOfReference, referenceLabel } from '../lib/normalise/pandoc-header-references.ts';
import { assignPageIds, headingId, type IdTarget, type TextRun } from '../lib/slug.ts';
import { renderDataOf } from './render-data.ts';
import { renderTex } from './rehype-math.ts';
import { markdownHeadingMark } from './remark-markdown-headings.ts';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Give every heading the id the lesson's own toolchain gave it (kramdown for styles lessons,
 * pandoc for Workbench ones; see `lib/slug.ts`), and definition terms and raw HTML headings an
 * id too, one the toolchain's ids do not need; record the headings for the table of contents.
 * Headings written in Markdown are marked by `remark-markdown-headings`. Runs before math is
 * rendered: both toolchains read a heading's TeX as its source.
 */
export const rehypeHeadingIds =
  (format: LessonFormat): HastPluginEntry =>
  () => {
    // The whole page at once: an id depends on every heading before it (numbered repeats) and on
    // the ids the rest of the page holds (a renumbered repeat must not take a later one's id). So
    // the visitor only collects, in document order, and `after` assigns. (Not a recursive walk
    // of the root in `before`: satteri 0.10 keeps native memory for every node such a walk
    // reaches, ≈ 0.3 MB per episode for the rest of the process; its visitors do not.)
    const targets: IdTarget[] = [];
    // The element of each target that gets an id from here, and whether it titles a callout.
    const elements: ({ node: Element; insideCallout: boolean } | undefined)[] = [];
    // pandoc's implicit references: each Markdown heading's label by target, and the links
    // that name a heading by its label.
    const labels = new Map<number, string>();
    const references: { node: Element; label: string }[] = [];
    return {
      name: 'heading-ids',
      element: {
        filter: [],
        visit(node, ctx) {
          if (node.tagName === 'a') {
            const href = node.properties?.href;
            const label = typeof href === 'string' ? labelOfReference(href) : undefined;
            if (label !== undefined) references.push({ node, label });
            return;
          }
          const own = typeof node.properties?.id === 'string' ? node.properties.id : undefined;
          const mark = node.properties?.[markdownHeadingMark];
          const markdown = mark !== undefined;
          if (markdown) ctx.setProperty(node, markdownHeadingMark, undefined);
          if (typeof mark === 'string' && mark) labels.set(targets.length, referenceLabel(mark));
          if (headingTags.has(node.tagName) && (markdown || !own)) {
            elements.push({ node, insideCallout: titlesCallout(ctx.parent(node)) });
            targets.push(
              markdown
                ? { kind: 'heading', text: textRuns(node, format), explicit: own }
                : { kind: 'extra', text: textRuns(node, format) },
            );
          } else if (node.tagName === 'dt' && !own && !hasDescendantId(node)) {
            // A glossary term that carries its own anchor (`[term]{#id}`) needs no second id.
            elements.push({ node, insideCallout: false });
            targets.push({ kind: 'extra', text: textRuns(node, format), term: true });
          } else if (own) {
            // Raw HTML headings with an id are table-of-contents entries like any other; the
            // footnotes' label, which only screen readers get, is none.
            elements.push(
              headingTags.has(node.tagName) && !hasClass(node, 'sr-only')
                ? { node, insideCallout: titlesCallout(ctx.parent(node)) }
                : undefined,
            );
            targets.push({ kind: 'fixed', id: own });
          }
        },
      },
      after(_root, ctx) {
        const ids = assignPageIds(targets, format);
        if (references.length) {
          // The later of two headings with one text is the one pandoc links to.
          const byLabel = new Map([...labels].map(([i, label]) => [label, ids[i]]));
          for (const { node, label } of references) {
            // A heading the parser did not read as one (in raw HTML): where pandoc's id would be.
            const id = byLabel.get(label) ?? headingId(label, format);
            ctx.setProperty(node, 'href', `#${id}`);
          }
        }
        const data = renderDataOf(ctx.data);
        for (const [i, element] of elements.entries()) {
          if (!element) continue;
          const { node, insideCallout } = element;
          const id = ids[i] ?? (node.properties?.id as string);
          if (node.properties?.id !== id) ctx.setProperty(node, 'id', id);
          if (node.tagName === 'dt') continue;
          data.headings.push({
            depth: Number(node.tagName[1]),
            slug: id,
            ...contentsLabel(node),
            insideCallout,
          });
        }
      },
    };
  };

/** A callout's title (rehype-callouts ran first): an anchor, not a contents entry. */
function titlesCallout(parent: Readonly<{ type: string }> | undefined): boolean {
  if (parent?.type !== 'element') return false;
  const { tagName, properties } = parent as Readonly<Element>;
  return (
    tagName === 'summary' ||
    (Array.isArray(properties?.className) && properties.className.includes('callout'))
  );
}

/**
 * The heading's text as its toolchain reads it: code and TeX as written; an image's alt text
 * for pandoc (kramdown reads none); a `<br>` is a space for pandoc (kramdown reads nothing);
 * footnote markers, comments and raw HTML not at all.
 */
function textRuns(node: Element, format: LessonFormat): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (child: ElementContent) => {
    if (child.type === 'text') runs.push({ text: child.value });
    if (child.type !== 'element') return;
    if (child.tagName === 'code') runs.push({ text: plainText(child), literal: true });
    else if (child.tagName === 'img') {
      if (format === 'workbench' && typeof child.properties?.alt === 'string')
        runs.push({ text: child.properties.alt });
    } else if (child.tagName === 'br') {
      if (format === 'workbench') runs.push({ text: ' ' });
    } else if (!isFootnoteReference(child)) child.children.forEach(visit);
  };
  node.children.forEach(visit);
  return runs;
}

/**
 * How the table of contents names a heading: its text, footnote markers left out and spaces
 * collapsed; and, when it holds TeX, inline HTML with each formula rendered (as sandpaper's
 * MathJax and kramdown's showed it there too), the text around it escaped.
 */
function contentsLabel(node: Element): { text: string; html?: string } {
  let math = false;
  const text: string[] = [];
  const html: string[] = [];
  const visit = (child: ElementContent) => {
    if (child.type === 'text') {
      text.push(child.value);
      html.push(escapeHtml(child.value));
    }
    if (child.type !== 'element' || isFootnoteReference(child)) return;
    if (child.tagName === 'code' && hasClass(child, 'math-inline')) {
      math = true;
      const tex = plainText(child);
      text.push(tex);
      html.push(renderTex(tex, false));
    } else child.children.forEach(visit);
  };
  node.children.forEach(visit);
  const tidy = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();
  return math ? { text: tidy(text), html: tidy(html) } : { text: tidy(text) };
}

function plainText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(plainText).join('') : '';
}

const isFootnoteReference = (node: Element) =>
  node.tagName === 'sup' &&
  node.children.some(
    (child) => child.type === 'element' && child.properties?.dataFootnoteRef !== undefined,
  );

function hasDescendantId(node: Element): boolean {
  return node.children.some(
    (child) =>
      child.type === 'element' && (child.properties?.id !== undefined || hasDescendantId(child)),
  );
}
