import { IdRegistry, kramdownId } from '../slug.ts';
import { inBody, type CheckedPage } from './parse-page.ts';
import { textOf, walk } from './mdast.ts';

// `id="…"` in raw HTML: callout wrappers with an id, pandoc `[text]{#id}` spans, `<a id>`, `<a name>`.
const htmlIds = /\s(?:id|name)\s*=\s*["']([^"']+)["']/g;
// kramdown `{: #id}` reaches the page as an `<!--ial {...}-->` marker (see `ialMarker`).
const ialId = /^<!--ial (\{.*\})-->$/;

/**
 * Every id a `#fragment` can land on in a rendered page, computed from its Markdown the way the
 * renderer assigns them (`rehype-heading-ids`): explicit heading ids (`{#id}`) as written, other
 * headings and definition terms numbered by kramdown's rules in document order.
 */
export function anchorsOf(page: CheckedPage): Set<string> {
  const ids = new Set<string>();
  const registry = new IdRegistry();
  walk(page.tree, (node) => {
    if (!inBody(page, node)) return;
    if (node.type === 'heading' || node.type === 'descriptionTerm') {
      const explicit = node.data?.hProperties?.id;
      if (typeof explicit === 'string') {
        registry.reserve(explicit);
        ids.add(explicit);
      } else ids.add(registry.unique(kramdownId(textOf(node, false).trim())));
    } else if (node.type === 'html' && node.value) {
      for (const m of node.value.matchAll(htmlIds)) ids.add(m[1]!);
      const marker = ialId.exec(node.value.trim());
      if (marker) ids.add(readMarkerId(marker[1]!) ?? '');
    }
  });
  ids.delete('');
  return ids;
}

function readMarkerId(json: string): string | undefined {
  try {
    const id = (JSON.parse(json) as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
