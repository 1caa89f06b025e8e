import type { MdastPluginEntry } from 'satteri';

/**
 * sandpaper runs pandoc with `--indented-code-classes=sh`: code indented four spaces (no fence,
 * so no language of its own) is shell, highlighted as such on the Workbench site. A fenced block
 * without a language stays plain there and here. Workbench pages only.
 */
export const remarkIndentedCode: MdastPluginEntry = {
  name: 'indented-code',
  options: { position: true },
  code(node, ctx) {
    if (node.lang) return;
    const start = (node as { position?: { start: { offset?: number } } }).position?.start.offset;
    if (start === undefined) return;
    // The block starts at its fence, after any quote marks or list marker, or at its code.
    const end = ctx.source.indexOf('\n', start);
    const opening = ctx.source.slice(start, end === -1 ? undefined : end);
    if (/^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(?:`{3,}|~{3,})/.test(opening)) return;
    ctx.setProperty(node, 'lang', 'sh');
  },
};
