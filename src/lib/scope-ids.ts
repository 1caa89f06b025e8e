/**
 * Make the ids of one page's HTML unique when several pages are shown together (all-in-one):
 * `id="x"` becomes `id="prefix-x"` and same-page links `href="#x"` follow.
 */
export function scopeIds(html: string, prefix: string): string {
  return html
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${prefix}-${id}"`)
    .replace(/\shref="#([^"]+)"/g, (_m, id: string) => ` href="#${prefix}-${id}"`);
}
