import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { calloutIcons, calloutKind, type CalloutKind } from '../lib/callouts.ts';
import { t, type UiStrings } from '../lib/i18n/index.ts';
import { renderDataOf } from './render-data.ts';

const isHeading = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && /^h[1-6]$/.test(node.tagName);

const textOf = (node: ElementContent): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element'
      ? node.children.map(textOf).join('')
      : '';

/** A text's words for comparison: case, accents and punctuation set aside, in the page's locale. */
const wordsOf = (text: string, locale: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase(locale)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * One word as the other, inflected: the same up to the label word's last letter, then at most
 * two more letters ("Prerequisite"/"Prerequisites", "Desafío"/"Desafíos", "Lösung"/"Lösungen",
 * "Soluzione"/"Soluzioni"), in whatever language the label is written.
 */
function sameWord(title: string, label: string): boolean {
  if (title === label) return true;
  const stem = label.length > 3 ? label.slice(0, -1) : label;
  const rest = title.slice(stem.length);
  return title.startsWith(stem) && rest.length <= 2 && /^\p{L}*$/u.test(rest);
}

/**
 * Whether a callout's title only repeats its label, in the page's language ("Prerequisites" under
 * "Prerequisite", "Desafíos" under "Desafío"); "Solution 2: git log" says more than "Solution".
 */
function repeatsLabel(title: string, label: string, locale: string): boolean {
  const titleWords = wordsOf(title, locale);
  const labelWords = wordsOf(label, locale);
  return (
    titleWords.length > 0 &&
    titleWords.length === labelWords.length &&
    titleWords.every((word, i) => sameWord(word, labelWords[i]!))
  );
}

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
 * kind is a `<details>` whose summary says what it holds ("Show me the solution"). Labels and fold
 * wording are in the page's language (`strings`). A title that only repeats the label is kept
 * (its id is a link target) but not shown twice. Tabs are left to `rehype-tabs`; `figure` gets
 * its caption; a plain `div` keeps the author's id and classes.
 */
export const rehypeCallouts =
  (strings: UiStrings): HastPluginEntry =>
  ({ source }) =>
    source.includes(':::') && {
      name: 'callouts',
      element: {
        filter: ['div', 'figure'],
        visit(node, ctx) {
          const name = node.properties?.dataDirective;
          if (typeof name !== 'string') return;
          const { dataDirective: _, ...properties } = node.properties;
          if (name === 'figure') return figure({ ...node, properties });
          if (name === 'figure-placeholder')
            return figurePlaceholder({ ...node, properties }, strings);
          const kind = calloutKind(name);
          if (!kind) return { ...node, properties };
          if (kind.tabs) {
            renderDataOf(ctx.data).tabs = true;
            return {
              ...node,
              properties: { ...properties, className: ['tabs'], dataTabs: kind.tabs },
            };
          }
          return callout(kind, { ...node, properties }, strings);
        },
      },
    };

function callout(kind: CalloutKind, node: Element, strings: UiStrings): Element {
  const labelText = t(strings, kind.label);
  const children = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const first = children[0];
  const heading = isHeading(first) ? first : undefined;
  const body = heading ? children.slice(1) : children;
  const repeats = heading !== undefined && repeatsLabel(textOf(heading), labelText, strings.locale);
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
      children: [icon(kind), label(t(strings, kind.fold), 'span'), ...(title ? [title] : [])],
    };
    return { ...node, tagName: 'details', properties, children: [summary, ...body] };
  }
  if (heading && repeats) {
    const titled: Element = { ...heading, children: [icon(kind), ...heading.children] };
    return { ...node, properties, children: [titled, ...body] };
  }
  const header: Element = {
    ...label(labelText),
    children: [icon(kind), { type: 'text', value: labelText }],
  };
  return { ...node, properties, children: [header, ...(heading ? [heading] : []), ...body] };
}

/**
 * Where an R Markdown chunk would have drawn a figure (no R runs here): its caption and alt text,
 * all the author's words, in a box that says why the figure is missing.
 */
function figurePlaceholder(node: Element, strings: UiStrings): Element {
  const note = t(strings, 'figures.notDrawn');
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

/**
 * Pandoc's implicit figure: the image, then its caption. A caption that says what the image's alt
 * text says is hidden from screen readers, which would read it twice (pandoc's own rule).
 */
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
  const alt = image.find((c) => c.type === 'element' && c.tagName === 'img');
  const repeatsAlt =
    alt?.type === 'element' &&
    normaliseSpace(String(alt.properties.alt ?? '')) ===
      normaliseSpace(captionChildren.map(textOf).join(''));
  return {
    ...node,
    children: [
      ...image,
      {
        type: 'element',
        tagName: 'figcaption',
        properties: repeatsAlt ? { ariaHidden: 'true' } : {},
        children: captionChildren,
      },
    ],
  };
}

const normaliseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
