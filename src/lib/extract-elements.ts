/**
 * The outer HTML of every `<div>` carrying `className`, from HTML this generator rendered (so
 * tags are balanced). Used to gather instructor notes for the instructor notes page; reading our
 * own rendered output is cheaper and simpler than a second render, and it is not the built site.
 */
export function extractDivs(html: string, className: string): string[] {
  const found: string[] = [];
  const opening = new RegExp(`<div class="[^"]*\\b${className}\\b[^"]*"[^>]*>`, 'g');
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const end = matchingClose(html, match.index + match[0].length);
    found.push(html.slice(match.index, end));
    opening.lastIndex = end;
  }
  return found;
}

function matchingClose(html: string, from: number): number {
  const tag = /<(\/?)div\b[^>]*>/g;
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}
