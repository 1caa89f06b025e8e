import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { anchorsOf, attribute, parsePage } from './html-tree.ts';
import { readSiteFiles, resolveUrlPath, urlPathOf, type SiteFiles } from './site-files.ts';

/** Which attribute of which element points at another file of the site. */
const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  script: ['src'],
  source: ['src', 'srcset'],
  iframe: ['src'],
};

const hasScheme = /^[a-z][a-z\d+.-]*:/i;

export interface CheckLinksOptions {
  /**
   * Targets known to be missing on purpose, as paths inside the site (`fig/motivatingexample.png`).
   * An entry also matches at the end of a longer path, so the lesson folder layout need not be known.
   */
  allow?: readonly string[];
}

interface FoundUrl {
  url: string;
  line: number;
  column: number;
}

function urlsIn(node: Element): string[] {
  const names = urlAttributes[node.tagName] ?? [];
  return names.flatMap((name) => {
    const value = attribute(node, name)?.trim();
    if (!value) return [];
    // srcset: comma-separated candidates, each a URL and an optional width/density.
    return name === 'srcset'
      ? value
          .split(',')
          .map((c) => c.trim().split(/\s+/)[0] ?? '')
          .filter(Boolean)
      : [value];
  });
}

const isAllowed = (target: string, allow: readonly string[]) =>
  allow.some((entry) => {
    const clean = entry.replace(/^\/+/, '');
    return target === clean || target.endsWith(`/${clean}`);
  });

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Every internal link, image, script, stylesheet and frame in every built page must resolve to a
 * file of the site, and every `#fragment` to an id in the page it lands on. Nothing is fetched:
 * external URLs (a scheme, or `//host`) are skipped.
 */
export function checkLinks(
  outDir: string,
  base = '/',
  options: CheckLinksOptions = {},
): Diagnostic[] {
  return checkSiteLinks(readSiteFiles(outDir, base), options);
}

export function checkSiteLinks(
  site: SiteFiles,
  { allow = [] }: CheckLinksOptions = {},
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let ids = anchorCache.get(file);
    if (!ids)
      anchorCache.set(
        file,
        (ids = anchorsOf(parsePage(readFileSync(join(site.outDir, file), 'utf8')))),
      );
    return ids;
  };

  for (const page of site.pages) {
    const tree = parsePage(readFileSync(join(site.outDir, page), 'utf8'));
    if (!anchorCache.has(page)) anchorCache.set(page, anchorsOf(tree));
    const found: FoundUrl[] = [];
    visit(tree, 'element', (node: Element) => {
      for (const url of urlsIn(node))
        found.push({
          url,
          line: node.position?.start.line ?? 0,
          column: node.position?.start.column ?? 0,
        });
    });
    const pageUrl = new URL(urlPathOf(page, site.base), 'http://site.invalid');
    for (const { url, line, column } of found) {
      if (url.startsWith('//') || hasScheme.test(url)) continue;
      const report = (rule: string, message: string, hint: string) =>
        problems.push(
          diagnostic({ file: page, line, column, severity: 'error', rule, message, hint }),
        );
      let target: URL;
      try {
        target = new URL(url, pageUrl);
      } catch {
        report(
          'links/invalid-url',
          `"${url}" is not a valid URL`,
          'Fix the link in the source page.',
        );
        continue;
      }
      const resolved = resolveUrlPath(site, decode(target.pathname));
      if (resolved.kind !== 'file') {
        const where = resolved.kind === 'missing' ? resolved.expected : target.pathname;
        if (resolved.kind === 'missing' && isAllowed(where, allow)) continue;
        if (resolved.kind === 'outside-base')
          report(
            'links/outside-base',
            `link "${url}" leaves the site's base path ${site.base}`,
            `Links must start with ${site.base} or be relative.`,
          );
        else
          report(
            'links/missing-target',
            `link "${url}" points at ${where}, which is not in the output`,
            'Fix the link, or copy the file into the site.',
          );
        continue;
      }
      const fragment = decode(target.hash.slice(1));
      // An empty fragment and `#top` scroll to the top of any page (HTML spec), no id needed.
      if (!fragment || fragment.toLowerCase() === 'top' || !resolved.file.endsWith('.html'))
        continue;
      if (!anchors(resolved.file).has(fragment)) {
        report(
          'links/missing-anchor',
          `link "${url}" points at #${fragment}, but ${resolved.file} has no element with that id`,
          'Fix the anchor, or give the target heading that id.',
        );
      }
    }
  }
  return problems;
}
