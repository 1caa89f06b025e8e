import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { attribute, parsePage } from './html-tree.ts';
import { knitrVisibleSource } from './knitr-visible.ts';
import {
  type Atom,
  fragmentsOf,
  normaliseText,
  proseReading,
  readSource,
  sourceAtoms,
  writtenReading,
} from './source-atoms.ts';

export interface NothingLostInput {
  /** Source file, relative to the lesson folder: the `file` of every diagnostic. */
  file: string;
  /** Markdown after the frontmatter. */
  body: string;
  /** 1-based line of `file` on which `body` starts. */
  bodyLine: number;
  /** The lesson's shared reference-link definitions, appended so `[text][ref]` resolves. */
  links?: string;
  /**
   * Built HTML of the page (or several views of it; their text is pooled). Pass the instructor
   * view when there is one: it shows instructor notes that the learner view may leave out.
   */
  html: string | readonly string[];
  /** Built page, relative to the output folder, for the message. */
  page?: string;
  /** Extra Markdown snippets from the frontmatter (questions, objectives, key points) with their lines. */
  extra?: readonly { text: string; line: number }[];
  /**
   * The page is kramdown's (a styles lesson): where CommonMark, which reads the source here,
   * groups its lines into other blocks than kramdown did, the text may be on the page as kramdown
   * read it (see `proseReading`, `writtenReading`).
   */
  kramdown?: boolean;
}

/** Attributes whose text stands in for content: image alts, frame and facade titles, labels. */
const textAttributes = ['alt', 'title', 'ariaLabel'] as const;

/**
 * Everything a reader could find on the page: the text of `<main>` (the whole body when there is
 * none), including elements merely hidden (`hidden`: collapsed notes, other views' content), plus
 * the attributes above.
 */
export function pageText(tree: Root): string {
  let scope: Root | Element = tree;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'main' && scope === tree) scope = node;
  });
  const pieces: string[] = [];
  visit(scope, 'element', (node: Element) => {
    if (node.properties) delete node.properties.hidden;
    for (const name of textAttributes) {
      const value = attribute(node, name);
      if (value) pieces.push(value);
    }
  });
  return normaliseText([toText(scope), ...pieces].join('\n'));
}

const shorten = (text: string, max = 80) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** How much of a source page's text reached its built page, besides the problems themselves. */
export interface NothingLostMeasure {
  problems: Diagnostic[];
  /** Words in the source's text fragments (fragments shorter than four characters are not sought). */
  words: number;
  /** Words of the fragments not found on the page. */
  missingWords: number;
}

const wordCount = (fragment: string) => fragment.split(' ').filter(Boolean).length;

/**
 * Every heading, paragraph, table cell, code line and alt text of a source page must still be on
 * its built page. A miss means the generator silently dropped the author's text.
 */
export function checkNothingLost(input: NothingLostInput): Diagnostic[] {
  return measureNothingLost(input).problems;
}

/**
 * `checkNothingLost`, plus the share of the author's words that made it: a sweep over many lessons
 * ranks them by that share, where a list of misses alone cannot tell one lost word from a lost page.
 */
export function measureNothingLost(input: NothingLostInput): NothingLostMeasure {
  const htmls = typeof input.html === 'string' ? [input.html] : input.html;
  const haystack = htmls.map((html) => pageText(parsePage(html))).join('\n');
  // An .Rmd page is knitted first: what knitr leaves out is not expected on the page.
  const body = /\.rmd$/i.test(input.file) ? knitrVisibleSource(input.body) : input.body;
  const bodyLines = body.split('\n').length;
  const markdown = input.links ? `${body}\n\n${input.links}\n` : body;
  const source = readSource(markdown, bodyLines, { kramdown: input.kramdown });
  const atoms: (Atom & { read?: readonly [number, number] })[] = source.atoms.map((a) => ({
    ...a,
    line: a.line + input.bodyLine - 1,
    // Where it was read in `source.lines` (frontmatter extras below have none).
    read: a.block,
  }));
  const definitions = source.lines.slice(bodyLines).join('\n');
  for (const { text, line } of input.extra ?? [])
    atoms.push(...sourceAtoms(text).map((a) => ({ ...a, line })));

  const problems: Diagnostic[] = [];
  let words = 0;
  let missingWords = 0;
  for (const atom of atoms) {
    // kramdown quotes are lazier than CommonMark's, so remark may read quoted prose as code:
    // such a line counts as found when its text is there with the inline code marks rendered.
    const found = (fragment: string) =>
      haystack.includes(fragment) ||
      (atom.kind === 'code line' && haystack.includes(fragment.replace(/`/g, '')));
    const fragments = fragmentsOf(atom);
    let missing = fragments.filter((fragment) => !found(fragment));
    const read = atom.read;
    if (
      missing.length &&
      input.kramdown &&
      read &&
      (atom.kind === 'paragraph' || atom.kind === 'code line')
    ) {
      // Read the same lines as kramdown may have grouped them: as code (text as written), or as
      // prose inside a list item, definition or table. The words must be there all the same.
      const [from, to] = read;
      const readings = [
        writtenReading(source.lines, from, to),
        proseReading(source.lines, from, to, definitions),
      ];
      if (
        readings.some((text) =>
          fragmentsOf({ ...atom, text }).every((fragment) => haystack.includes(fragment)),
        )
      )
        missing = [];
    }
    words += fragments.reduce((sum, fragment) => sum + wordCount(fragment), 0);
    missingWords += missing.reduce((sum, fragment) => sum + wordCount(fragment), 0);
    if (!missing.length) continue;
    problems.push(
      diagnostic({
        file: input.file,
        line: atom.line,
        severity: 'error',
        rule: 'nothing-lost/missing-text',
        message: `${atom.kind} missing from the built page${input.page ? ` ${input.page}` : ''}: "${shorten(missing[0]!)}"`,
        hint: 'The generator dropped or rewrote this text; check how this construct is rendered.',
      }),
    );
  }
  return { problems, words, missingWords };
}
