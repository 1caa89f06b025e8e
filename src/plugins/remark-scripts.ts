import type { MdastPluginDefinition } from 'satteri';

interface Spanned {
  position?: { start: { offset?: number }; end: { offset?: number } };
  children: unknown[];
}

/**
 * Tildes and carets as each toolchain reads them. The parser's GFM reading strikes out text
 * between single tildes (`~/a and ~/b`), which neither toolchain does: kramdown and pandoc strike
 * out only `~~text~~`. Pandoc reads `H~2~O` and `x^2^` as sub- and superscripts, but only when
 * nothing between the marks is a space (`~/a to ~/b` stays text); the parser's rule allows spaces.
 * So a span the toolchain would not make is put back as the author's marks around its content.
 * The parser reads sub- and superscripts only in Workbench lessons (`markdownFeaturesOf`).
 */
export const remarkScripts: MdastPluginDefinition = {
  name: 'scripts',
  options: { position: true },
  delete(node, ctx) {
    const marks = delimiters(node, ctx.source, '~');
    if (marks && marks.open.length === 1) unwrap(node, marks, ctx);
  },
  subscript(node, ctx) {
    const marks = delimiters(node, ctx.source, '~');
    if (marks && !pandocScript(marks.inner)) unwrap(node, marks, ctx);
  },
  superscript(node, ctx) {
    const marks = delimiters(node, ctx.source, '^');
    if (marks && !pandocScript(marks.inner)) unwrap(node, marks, ctx);
  },
};

/** Pandoc's sub- and superscripts hold no unescaped space or line break. */
const pandocScript = (inner: string) => inner !== '' && !/(?<!\\)\s/.test(inner);

interface Marks {
  open: string;
  close: string;
  inner: string;
}

/** The node's opening and closing runs of `mark`, and the text between them, as written. */
function delimiters(node: Spanned, source: string, mark: string): Marks | undefined {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  const text = source.slice(start.offset, end.offset);
  const run = new RegExp(`^\\${mark}+`).exec(text)?.[0] ?? '';
  const closing = new RegExp(`\\${mark}+$`).exec(text)?.[0] ?? '';
  if (!run || !closing || run.length + closing.length > text.length) return undefined;
  return { open: run, close: closing, inner: text.slice(run.length, text.length - closing.length) };
}

/** Replace a span by its marks, as text, around its content. */
function unwrap(
  node: Spanned,
  { open, close }: Marks,
  ctx: Parameters<NonNullable<MdastPluginDefinition['delete']>>[1],
) {
  ctx.replaceNode(node as never, [
    { type: 'text', value: open },
    ...(node.children as never[]),
    { type: 'text', value: close },
  ]);
}
