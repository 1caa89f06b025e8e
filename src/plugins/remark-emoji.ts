import { nameToEmoji } from 'gemoji';
import type { MdastPluginDefinition } from 'satteri';

/** `:name:` at a given place (sticky); pandoc allows any character around it. */
const shortcode = /:([a-z0-9_+-]+):/y;

/**
 * Emoji shortcodes (`:tada:`), which sandpaper renders: it runs pandoc with the `emoji` extension,
 * and the Workbench's own documentation shows them. Each becomes the emoji in pandoc's markup,
 * `<span class="emoji" data-emoji="tada">🎉</span>`; a name GitHub's list does not have stays
 * text, and code (a separate node) is never read. Workbench pages only: kramdown has no emoji.
 */
export const remarkEmoji: MdastPluginDefinition = {
  name: 'emoji',
  text(node, ctx) {
    if (!node.value.includes(':')) return;
    const parts: ({ type: 'text'; value: string } | { type: 'html'; value: string })[] = [];
    let from = 0;
    // Left to right, as pandoc reads: a colon that opens no emoji is text, and the next may.
    for (let at = node.value.indexOf(':'); at !== -1; at = node.value.indexOf(':', at + 1)) {
      shortcode.lastIndex = at;
      const m = shortcode.exec(node.value);
      const emoji = m && nameToEmoji[m[1]!];
      if (!m || !emoji) continue;
      if (at > from) parts.push({ type: 'text', value: node.value.slice(from, at) });
      parts.push({
        type: 'html',
        value: `<span class="emoji" data-emoji="${m[1]}">${emoji}</span>`,
      });
      from = at + m[0].length;
      at = from - 1;
    }
    if (!parts.length) return;
    if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
    ctx.replaceNode(node, parts);
  },
};
