import type { MdastPluginDefinition } from 'satteri';
import { fromDirectiveAttributes, type Attributes } from '../lib/attributes.ts';
import { calloutKind } from '../lib/callouts.ts';
import { internalDirectives, tableParts } from '../lib/normalise/directives.ts';
import type { RuleWith } from '../lib/rules.ts';
import { isSlotName, slotComment } from '../lib/slots.ts';
import { abbreviationsOf } from './rehype-abbreviations.ts';
import { tocPlaceholderHtml } from './rehype-kramdown-toc.ts';
import { renderDataOf, type RenderData } from './render-data.ts';

export interface DirectiveOptions {
  /**
   * Lift `questions`/`objectives`/`keypoints` containers out of the body into the episode's
   * overview and key points boxes, as the Workbench does; styles lessons show them where they are.
   */
  liftOverview: boolean;
}

interface Positioned {
  position?: { start: { offset?: number; line: number }; end: { offset?: number } };
}

/** The author's text of a node, exactly as written. */
const sourceOf = (node: Positioned, source: string) => {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined
    ? source.slice(start.offset, end.offset)
    : '';
};

const lineOf = (node: Positioned) => node.position?.start.line ?? 0;

/** hast properties of directive attributes: `class` becomes `className`, the rest as written. */
function hastProperties({ id, classes, values }: Attributes): Record<string, unknown> {
  return { ...values, ...(id && { id }), ...(classes.length && { className: classes }) };
}

/** Merge attributes into a node's existing `data.hProperties` (classes add up). */
function withAttributes(data: Record<string, unknown> | undefined, attributes: Attributes) {
  const existing = (data?.hProperties ?? {}) as Record<string, unknown>;
  const added = hastProperties(attributes);
  const classes = [...((existing.className as string[] | undefined) ?? []), ...attributes.classes];
  return {
    ...data,
    hProperties: { ...existing, ...added, ...(classes.length && { className: classes }) },
  };
}

/**
 * Reads the internal directive syntax (`src/lib/normalise/directives.ts` writes it) into the tree:
 * containers become elements that `rehype-callouts` builds boxes from, `attrs` moves attributes
 * onto the block or inline before it, `span` becomes a `<span>`, `slot` a component's place, `end`
 * (a parser workaround) nothing, and lifted overview containers become data. Any other directive is the author's text that happens
 * to look like one (`Note:this`, `::std::vector`), so it is put back exactly as written.
 */
/** The HTML a `raw` directive carries, as a raw HTML node: parsed into elements, never as Markdown. */
const rawHtml = (
  attributes: Readonly<Record<string, string | null | undefined>> | null | undefined,
) => ({ type: 'html', value: fromDirectiveAttributes(attributes).values.html ?? '' }) as const;

export function remarkDirectives(options: DirectiveOptions): MdastPluginDefinition {
  return {
    name: 'directives',
    options: { position: true },
    textDirective(node, ctx) {
      if (node.name === 'span') {
        ctx.setProperty(node, 'data', {
          hName: 'span',
          hProperties: hastProperties(fromDirectiveAttributes(node.attributes)),
        });
        return;
      }
      if (node.name === 'attrs') {
        const parent = ctx.parent(node);
        const index = ctx.indexOf(node);
        const target = parent && index ? parent.children[index - 1] : undefined;
        if (target && target.type !== 'text') {
          ctx.setProperty(
            target,
            'data',
            withAttributes(target.data as never, fromDirectiveAttributes(node.attributes)),
          );
          ctx.removeNode(node);
          return;
        }
        problem(
          renderDataOf(ctx.data),
          node,
          'attributes/nothing-to-attach',
          'an attribute list follows no image or link, so it belongs to nothing and is dropped',
          'Put it right after the image or link it styles, with no space: ![alt](x.png){width="50%"}.',
        );
        ctx.removeNode(node);
        return;
      }
      if (node.name === 'raw') return rawHtml(node.attributes);
      if (!internalDirectives.text.has(node.name))
        return { type: 'text', value: sourceOf(node, ctx.source) };
    },
    leafDirective(node, ctx) {
      if (node.name === 'attrs') {
        const parent = ctx.parent(node);
        const index = ctx.indexOf(node);
        const target = parent && index ? parent.children[index - 1] : undefined;
        if (target)
          ctx.setProperty(
            target,
            'data',
            withAttributes(target.data as never, fromDirectiveAttributes(node.attributes)),
          );
        else
          problem(
            renderDataOf(ctx.data),
            node,
            'attributes/nothing-to-attach',
            'an attribute list follows no block, so it belongs to nothing and is dropped',
            'Put it on the line right after the paragraph, table or quote it styles.',
          );
        ctx.removeNode(node);
        return;
      }
      if (node.name === 'end') {
        ctx.removeNode(node);
        return;
      }
      if (node.name === 'raw') return rawHtml(node.attributes);
      if (node.name === 'toc') {
        const type = fromDirectiveAttributes(node.attributes).values.type === 'ol' ? 'ol' : 'ul';
        return { type: 'html', value: tocPlaceholderHtml(type) };
      }
      if (node.name === 'abbr') {
        const { name, title } = fromDirectiveAttributes(node.attributes).values;
        if (name) abbreviationsOf(ctx.data).set(name, title ?? '');
        ctx.removeNode(node);
        return;
      }
      if (node.name === 'slot') {
        const name = fromDirectiveAttributes(node.attributes).values.name ?? '';
        if (isSlotName(name)) return { type: 'html', value: `<!--${slotComment(name)}-->` };
      }
      if (!internalDirectives.leaf.has(node.name) || node.name === 'slot')
        return {
          type: 'paragraph',
          children: [{ type: 'text', value: sourceOf(node, ctx.source) }],
        };
    },
    containerDirective(node, ctx) {
      const kind = calloutKind(node.name);
      if (kind?.lifted && options.liftOverview) {
        lift(renderDataOf(ctx.data), kind.lifted, node, ctx.source);
        ctx.removeNode(node);
        return;
      }
      const attributes = fromDirectiveAttributes(node.attributes);
      ctx.setProperty(node, 'data', {
        hName: node.name === 'figure' || tableParts.has(node.name) ? node.name : 'div',
        hProperties: { ...hastProperties(attributes), dataDirective: node.name },
      });
    },
  };
}

function problem(
  data: RenderData,
  node: Positioned,
  rule: RuleWith<'warning'>,
  message: string,
  hint: string,
) {
  data.problems.push({ rule, severity: 'warning', message, hint, line: lineOf(node) });
}

interface Block extends Positioned {
  type: string;
  children?: Block[];
}

/**
 * The list items of a lifted container, as the author's inline Markdown (wrapped lines joined
 * with a space). Headings are dropped (the box has its own); any other block is kept as an item
 * of its own, with a warning, so no text silently disappears.
 */
function lift(
  data: RenderData,
  into: keyof RenderData['lifted'],
  node: { children: readonly unknown[] },
  source: string,
) {
  const text = (block: Block) =>
    sourceOf(block, source)
      .replace(/\s*\n\s*/g, ' ')
      .trim();
  for (const child of node.children as Block[]) {
    if (child.type === 'heading') continue;
    if (child.type === 'list') {
      for (const item of child.children ?? []) {
        const blocks = item.children ?? [];
        const first = blocks[0];
        const last = blocks[blocks.length - 1];
        if (!first || !last) continue;
        data.lifted[into].push(
          text({
            type: 'item',
            position: { start: first.position!.start, end: last.position!.end },
          }),
        );
      }
      continue;
    }
    const item = text(child);
    if (!item) continue;
    data.lifted[into].push(item);
    problem(
      data,
      child,
      'divs/lifted-not-a-list',
      `text in the ${into} div is not a list item; it is shown as one`,
      `Start the line with "- " to make it an item of the ${into} list.`,
    );
  }
}
