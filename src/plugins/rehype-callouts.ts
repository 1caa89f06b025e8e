import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { calloutIcons, calloutKind, type CalloutKind } from '../lib/callouts.ts';

const isHeading = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && /^h[1-6]$/.test(node.tagName);

const textOf = (node: ElementContent): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element'
      ? node.children.map(textOf).join('')
      : '';

/** "Prerequisites" repeats "Prerequisite"; "Solution 2: git log" does not repeat "Solution". */
const sameWords = (a: string, b: string) => {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .replace(/s$/, '');
  return norm(a) === norm(b);
};

function icon(kind: CalloutKind): Element {
  return {
    type: 'element',
    tagName: 'svg',
    properties: {
      className: ['callout-icon'],
      viewBox: '0 0 24 24',
      width: '20',
      height: '20',
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: '2',
      strokeLinecap: 'round',
      strokeLinejoin: 'round',
      ariaHidden: 'true',
      focusable: 'false',
    },
    children: [
      {
        type: 'element',
        tagName: 'path',
        properties: { d: calloutIcons[kind.icon] },
        children: [],
      },
    ],
  };
}

const label = (text: string, tagName = 'p'): Element => ({
  type: 'element',
  tagName,
  properties: { className: ['callout-label'] },
  children: [{ type: 'text', value: text }],
});

/**
 * Callouts from the one table (`src/lib/callouts.ts`): every container `remark-directives` made
 * becomes what its name says. A callout is a box carrying `data-kind` and `data-tone` (the
 * stylesheet colours by tone), an icon and its label; its first heading is its title. A folding
 * kind is a `<details>` whose summary says what it holds ("Show me the solution"). A title that
 * only repeats the label is kept (its id is a link target) but not shown twice. Tabs are left to
 * `rehype-tabs`; `figure` gets its caption; a plain `div` keeps the author's id and classes.
 */
export const rehypeCallouts: HastPluginEntry = ({ source }) =>
  source.includes(':::') && {
    name: 'callouts',
    element: {
      filter: ['div', 'figure'],
      visit(node) {
        const name = node.properties?.dataDirective;
        if (typeof name !== 'string') return;
        const { dataDirective: _, ...properties } = node.properties;
        if (name === 'figure') return figure({ ...node, properties });
        if (name === 'figure-placeholder') return figurePlaceholder({ ...node, properties });
        const kind = calloutKind(name);
        if (!kind) return { ...node, properties };
        if (kind.tabs)
          return {
            ...node,
            properties: { ...properties, className: ['tabs'], dataTabs: kind.tabs },
          };
        return callout(kind, { ...node, properties });
      },
    },
  };

function callout(kind: CalloutKind, node: Element): Element {
  const children = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const first = children[0];
  const heading = isHeading(first) ? first : undefined;
  const body = heading ? children.slice(1) : children;
  const repeats = heading !== undefined && sameWords(textOf(heading), kind.label);
  const classes = Array.isArray(node.properties.className)
    ? (node.properties.className as string[])
    : [];
  const properties = {
    ...node.properties,
    className: ['callout', ...classes],
    dataKind: kind.name,
    dataTone: kind.tone,
    // The learner view hides it and its search index leaves it out (by this attribute, see the
    // pagefind integration); the instructor view's index keeps it.
    ...(kind.instructorOnly && { dataInstructorOnly: '' }),
  };
  if (kind.fold) {
    const title =
      heading &&
      (repeats
        ? { ...heading, properties: { ...heading.properties, className: ['visually-hidden'] } }
        : heading);
    const summary: Element = {
      type: 'element',
      tagName: 'summary',
      properties: {},
      children: [icon(kind), label(kind.fold, 'span'), ...(title ? [title] : [])],
    };
    return { ...node, tagName: 'details', properties, children: [summary, ...body] };
  }
  if (heading && repeats) {
    const titled: Element = { ...heading, children: [icon(kind), ...heading.children] };
    return { ...node, properties, children: [titled, ...body] };
  }
  const header: Element = {
    ...label(kind.label),
    children: [icon(kind), { type: 'text', value: kind.label }],
  };
  return { ...node, properties, children: [header, ...(heading ? [heading] : []), ...body] };
}

/**
 * Where an R Markdown chunk would have drawn a figure (no R runs here): its caption and alt text,
 * all the author's words, in a box that says why the figure is missing.
 */
function figurePlaceholder(node: Element): Element {
  const note = 'Figure not drawn: its code is not run on this site';
  return {
    ...node,
    properties: { ...node.properties, className: ['figure-placeholder'] },
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: { className: ['figure-placeholder-label'] },
        children: [{ type: 'text', value: note }],
      },
      ...node.children,
    ],
  };
}

/** Pandoc's implicit figure: the image, then its caption. */
function figure(node: Element): Element {
  const [picture, ...caption] = node.children.filter(
    (c) => !(c.type === 'text' && c.value.trim() === ''),
  );
  const image =
    picture?.type === 'element' && picture.tagName === 'p'
      ? picture.children
      : picture
        ? [picture]
        : [];
  const captionChildren =
    caption.length === 1 && caption[0]!.type === 'element' && caption[0]!.tagName === 'p'
      ? caption[0]!.children
      : caption;
  return {
    ...node,
    children: [
      ...image,
      { type: 'element', tagName: 'figcaption', properties: {}, children: captionChildren },
    ],
  };
}
