import type { HastPluginEntry } from 'satteri';

interface IalPayload {
  classes: string[];
  id?: string;
  attributes: Record<string, string>;
}

const markerPrefix = 'ial ';

/**
 * Apply kramdown block IALs (`{: .class style="…"}`), left as `<!--ial …-->` markers by the
 * normaliser, to the element just before the marker, then drop the marker.
 */
export const rehypeBlockAttributes: HastPluginEntry = ({ source }) =>
  source.includes('<!--ial ') && {
    name: 'block-attributes',
    comment(node, ctx) {
      if (!node.value.startsWith(markerPrefix)) return;
      const payload = JSON.parse(node.value.slice(markerPrefix.length)) as IalPayload;
      const parent = ctx.parent(node);
      const index = ctx.indexOf(node);
      ctx.removeNode(node);
      if (!parent || index === undefined) return;
      const target = parent.children
        .slice(0, index)
        .reverse()
        .find((child) => child.type === 'element');
      if (!target || target.type !== 'element') return;
      const existing = Array.isArray(target.properties?.className)
        ? (target.properties.className as string[])
        : [];
      if (payload.classes.length)
        ctx.setProperty(target, 'className', [...existing, ...payload.classes]);
      if (payload.id) ctx.setProperty(target, 'id', payload.id);
      for (const [key, value] of Object.entries(payload.attributes))
        ctx.setProperty(target, key, value);
    },
  };
