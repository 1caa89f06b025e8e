import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';

const isHeading = (node: ElementContent): node is Element =>
  node.type === 'element' && /^h[2-6]$/.test(node.tagName);

/**
 * Workbench tabs (`::: tab`, `::: group-tab`): each heading inside starts a panel titled by it.
 * Without JavaScript the panels read in order under their headings; `scripts/tabs.ts` turns
 * them into a tab list. The panel's `data-tab` is its title, which `group-tab` choices key on.
 */
export const rehypeTabs: HastPluginEntry = ({ source }) =>
  source.includes('tab') && {
    name: 'tabs',
    element: {
      filter: ['div'],
      visit(node, ctx) {
        if (!node.properties?.dataTabs) return;
        const children = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
        const level = children.find(isHeading)?.tagName;
        if (!level) return;
        const panels: Element[] = [];
        const lead: ElementContent[] = [];
        for (const child of children) {
          if (child.type === 'element' && child.tagName === level) {
            const title = ctx.textContent(child).trim();
            panels.push({
              type: 'element',
              tagName: 'section',
              properties: { className: ['tab-panel'], dataTab: title },
              children: [child],
            });
          } else if (panels.length) panels[panels.length - 1]!.children.push(child);
          else lead.push(child);
        }
        return {
          ...node,
          properties: { ...node.properties, className: ['tabs'] },
          children: [...lead, ...panels],
        };
      },
    },
  };
