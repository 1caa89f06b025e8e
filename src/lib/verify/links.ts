import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { RuleWith } from '../rules.ts';
import { anchorsOf, attribute, hasScript, parsePage } from './html-tree.ts';
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
  /**
   * The author's own HTML files in the site (`authorFilesOf`). A `#fragment` into one that runs a
   * script is not judged: the script may make the id (a remark.js deck reads `#p1` itself), so
   * whether it exists cannot be known from the file.
   */
  authorFiles?: ReadonlySet<string>;
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

/** One link, image, script, stylesheet or frame of a built page that does not resolve, as data. */
export interface BrokenLink {
  /** Built page, relative to the output folder. */
  page: string;
  line: number;
  column: number;
  /** Element the URL is on (`a`, `img`, `link`…). */
  element: string;
  /** The URL as written in the page. */
  url: string;
  problem: 'invalid-url' | 'outside-base' | 'missing-target' | 'missing-anchor';
  /** The file that would have to exist (missing-target) or the page without the id (missing-anchor), relative to the output folder. */
  target?: string;
  /** The id sought (missing-anchor). */
  fragment?: string;
}

/**
 * Every internal link, image, script, stylesheet and frame in every built page must resolve to a
 * file of the site, and every `#fragment` to an id in the page it lands on. Nothing is fetched:
 * external URLs (a scheme, or `//host`) are skipped.
 */
export function brokenSiteLinks(
  site: SiteFiles,
  { allow = [], authorFiles = new Set() }: CheckLinksOptions = {},
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  /** A page's ids; undefined when they cannot be known (an author's file that runs a script). */
  const anchorCache = new Map<string, Set<string> | undefined>();
  const known = (file: string, tree: Root) =>
    authorFiles.has(file) && hasScript(tree) ? undefined : anchorsOf(tree);
  const anchors = (file: string) => {
    if (!anchorCache.has(file))
      anchorCache.set(file, known(file, parsePage(readFileSync(join(site.outDir, file), 'utf8'))));
    return anchorCache.get(file);
  };

  for (const page of site.pages) {
    const tree = parsePage(readFileSync(join(site.outDir, page), 'utf8'));
    if (!anchorCache.has(page)) anchorCache.set(page, known(page, tree));
    const found: (FoundUrl & { element: string })[] = [];
    visit(tree, 'element', (node: Element) => {
      for (const url of urlsIn(node))
        found.push({
          url,
          element: node.tagName,
          line: node.position?.start.line ?? 0,
          column: node.position?.start.column ?? 0,
        });
    });
    const pageUrl = new URL(urlPathOf(page, site.base), 'http://site.invalid');
    for (const { url, element, line, column } of found) {
      if (url.startsWith('//') || hasScheme.test(url)) continue;
      const at = { page, line, column, element, url };
      let target: URL;
      try {
        target = new URL(url, pageUrl);
      } catch {
        broken.push({ ...at, problem: 'invalid-url' });
        continue;
      }
      const resolved = resolveUrlPath(site, decode(target.pathname));
      if (resolved.kind === 'outside-base') {
        broken.push({ ...at, problem: 'outside-base' });
        continue;
      }
      if (resolved.kind === 'missing') {
        if (!isAllowed(resolved.expected, allow))
          broken.push({ ...at, problem: 'missing-target', target: resolved.expected });
        continue;
      }
      const fragment = decode(target.hash.slice(1));
      // An empty fragment and `#top` scroll to the top of any page (HTML spec), no id needed.
      if (!fragment || fragment.toLowerCase() === 'top' || !resolved.file.endsWith('.html'))
        continue;
      const ids = anchors(resolved.file);
      if (ids && !ids.has(fragment))
        broken.push({ ...at, problem: 'missing-anchor', target: resolved.file, fragment });
    }
  }
  return broken;
}

/** `brokenSiteLinks` as diagnostics on the built pages. */
export function checkSiteLinks(site: SiteFiles, options: CheckLinksOptions = {}): Diagnostic[] {
  return brokenSiteLinks(site, options).map((b) => {
    const report = (rule: RuleWith<'error'>, message: string, hint: string) =>
      diagnostic({
        file: b.page,
        line: b.line,
        column: b.column,
        severity: 'error',
        rule,
        message,
        hint,
      });
    switch (b.problem) {
      case 'invalid-url':
        return report(
          'links/invalid-url',
          `"${b.url}" is not a valid URL`,
          'Fix the link in the source page.',
        );
      case 'outside-base':
        return report(
          'links/outside-base',
          `link "${b.url}" leaves the site's base path ${site.base}`,
          `Links must start with ${site.base} or be relative.`,
        );
      case 'missing-target':
        return report(
          'links/missing-target',
          `link "${b.url}" points at ${b.target}, which is not in the output`,
          'Fix the link, or copy the file into the site.',
        );
      case 'missing-anchor':
        return report(
          'links/missing-anchor',
          `link "${b.url}" points at #${b.fragment}, but ${b.target} has no element with that id`,
          'Fix the anchor, or give the target heading that id.',
        );
    }
  });
}
