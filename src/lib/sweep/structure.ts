import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { normaliseText } from '../verify/source-atoms.ts';

/**
 * The structure of one episode body that a reader would notice if it changed: which boxes there
 * are, the code blocks and their languages, the figures, the tables and the section ids that links
 * point at. Extracted the same way from a reference toolchain's page and from ours, then compared.
 */
export interface BodyStructure {
  /** Callout kind of every box, in document order (`challenge`, `solution`, …). */
  callouts: string[];
  /** Every code block, in order. */
  code: CodeBlock[];
  /** Every content image, its `src` resolved to a path inside the site (`fig/x.png`) or an absolute URL. */
  images: string[];
  tables: number;
  /** h2 and h3 headings, in order. */
  headings: Heading[];
}

export interface CodeBlock {
  /** Language, normalised; undefined when the block states none. */
  language?: string;
  /** The start of its text, whitespace collapsed: lines up the same block on both sides. */
  text: string;
}

export interface Heading {
  level: 2 | 3;
  /** The id a link lands on; undefined when the heading has none. */
  id?: string;
  /** Visible text, normalised, to pair a heading whose id differs with its counterpart. */
  text: string;
}

/** How one toolchain marks up the constructs compared. */
export interface Dialect {
  /** Furniture to leave out with everything inside it. */
  skip?(node: Element): boolean;
  /** The callout kind a box element stands for, if it is one. */
  calloutKind(node: Element): string | undefined;
  /** Language of the code block whose `<pre>` this is; `ancestors` are outermost first. */
  codeLanguage(pre: Element, ancestors: readonly Element[]): string | undefined;
  /** The id a link to this heading uses (pandoc puts it on the enclosing `<section>`). */
  headingId(heading: Element, parent: Element | Root): string | undefined;
  /** Text of a heading without the generator's additions (anchor links). */
  headingText?(heading: Element): string;
}

export const classesOf = (node: Element): string[] => {
  const value: unknown = node.properties?.className;
  return Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(/\s+/).filter(Boolean)
      : [];
};

export const hasClass = (node: Element, name: string) => classesOf(node).includes(name);

export const stringProperty = (node: Element, name: string): string | undefined => {
  const value = node.properties?.[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
};

/**
 * Code languages that are the same language to a reader under different names in the two
 * toolchains' class names (rouge keeps what the author wrote; shiki and pandoc have their own names),
 * and names that state no language at all.
 */
const languageAliases: Record<string, string> = {
  sh: 'bash',
  shell: 'bash',
  shellscript: 'bash',
  zsh: 'bash',
  py: 'python',
  python3: 'python',
  py3: 'python',
  yml: 'yaml',
  js: 'javascript',
  ts: 'typescript',
  md: 'markdown',
  'c++': 'cpp',
  htm: 'html',
};
const noLanguage = new Set([
  '',
  'plaintext',
  'plain',
  'text',
  'txt',
  'nohighlight',
  'none',
  'output',
  'error',
  'warning',
  'source',
]);

export function normaliseLanguage(language: string | undefined): string | undefined {
  const name = language?.trim().toLowerCase() ?? '';
  if (noLanguage.has(name)) return undefined;
  return languageAliases[name] ?? name;
}

/** `language-x` among class names → `x`. */
export const languageClass = (classes: readonly string[]): string | undefined =>
  classes.find((c) => c.startsWith('language-'))?.slice('language-'.length);

/** Resolve an image `src` as a browser would on `pageUrl`, then make it relative to the site's `base`. */
export function resolveImage(src: string, pageUrl: string, base = '/'): string {
  const trimmed = src.trim();
  if (/^[a-z][a-z\d+.-]*:/i.test(trimmed)) return trimmed.startsWith('data:') ? 'data:' : trimmed;
  if (trimmed.startsWith('//')) return `https:${trimmed}`;
  let path: string;
  try {
    path = new URL(trimmed, new URL(pageUrl, 'http://site.invalid')).pathname;
  } catch {
    return trimmed;
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it encoded
  }
  // `fig//x.png` names the file `fig/x.png` names: a toolchain may keep the empty segment or not.
  path = path.replace(/\/{2,}/g, '/');
  const b = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(b) ? path.slice(b.length) : path.replace(/^\//, '');
}

/** Enough of a block's text to tell it from its neighbours, not so much that a changed quote or a Liquid output elsewhere in it matters. */
export const codeFingerprint = (text: string): string => normaliseText(text).slice(0, 40);

const headingLevel = (node: Element): 2 | 3 | undefined =>
  node.tagName === 'h2' ? 2 : node.tagName === 'h3' ? 3 : undefined;

/**
 * Walk one body (an element, or a root standing for a fragment) and collect its structure.
 * `pageUrl` is where the page is served, so relative image paths resolve as a browser would.
 */
export function collectStructure(
  body: Element | Root,
  dialect: Dialect,
  pageUrl: string,
  base = '/',
): BodyStructure {
  const structure: BodyStructure = { callouts: [], code: [], images: [], tables: 0, headings: [] };
  const walk = (node: Element | Root, ancestors: Element[]) => {
    for (const child of node.children as RootContent[]) {
      if (child.type !== 'element') continue;
      if (dialect.skip?.(child)) continue;
      const kind = dialect.calloutKind(child);
      if (kind) structure.callouts.push(kind);
      if (child.tagName === 'pre') {
        structure.code.push({
          language: normaliseLanguage(dialect.codeLanguage(child, ancestors)),
          text: codeFingerprint(toText(child, { whitespace: 'pre' })),
        });
        continue;
      }
      if (child.tagName === 'img') {
        const src = stringProperty(child, 'src');
        if (src) structure.images.push(resolveImage(src, pageUrl, base));
        continue;
      }
      if (child.tagName === 'table') structure.tables += 1;
      const level = headingLevel(child);
      if (level) {
        const text = normaliseText(
          dialect.headingText ? dialect.headingText(child) : toText(child),
        ).toLowerCase();
        structure.headings.push({ level, id: dialect.headingId(child, node) || undefined, text });
        continue;
      }
      walk(child, [...ancestors, child]);
    }
  };
  walk(body, body.type === 'element' ? [body] : []);
  return structure;
}

/** The first element, depth first, that `test` accepts. */
export function findElement(
  node: Element | Root,
  test: (node: Element) => boolean,
): Element | undefined {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Element children only: whitespace text and comments between blocks do not count as content. */
export const elementChildren = (node: Element | Root): Element[] =>
  (node.children as RootContent[]).filter((c): c is Element => c.type === 'element');
