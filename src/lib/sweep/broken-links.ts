import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import type { RuleId } from '../rules.ts';
import { resolveLessonTarget, type SiteMap } from '../lesson/urls.ts';
import { instructorPrefix } from '../site-paths.ts';
import type { BrokenLink } from '../verify/links.ts';

/** The checker's rules about links and images that do not resolve in the source. */
export const checkerLinkRules = new Set<RuleId>([
  'links/broken',
  'images/missing',
  'links/missing-anchor',
]);

/**
 * The URL a checker finding is about, as the author wrote it. The checker's messages quote it first
 * (`link "…" points …`, `image "…" does not exist …`); a test runs the real checker, so a change of
 * wording fails there rather than silently here.
 */
export function reportedUrl(d: Diagnostic): string | undefined {
  if (!checkerLinkRules.has(d.rule)) return undefined;
  return /^(?:link|image) "(.*)" (?:points|does not exist)/.exec(d.message)?.[1];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * One name for a target, whichever side saw it: a site path without the leading slash, without
 * `index.html`, outside the instructor view (which shows the same pages), plus `#id` for anchors.
 * A URL that resolves to nowhere is its own name.
 */
export function targetKey(sitePath: string, fragment = ''): string {
  let path = decode(sitePath).replace(/^\/+/, '');
  if (path === instructorPrefix || path.startsWith(`${instructorPrefix}/`))
    path = path.slice(instructorPrefix.length + 1);
  path = path.replace(/(^|\/)index\.html$/, '$1');
  return fragment ? `${path}#${fragment}` : path;
}

const unresolved = (url: string) => `url:${url.trim()}`;

/** The key of what a broken link in a built page points at. */
export function brokenKey(b: BrokenLink): string {
  if (b.problem === 'missing-target' && b.target) return targetKey(b.target);
  if (b.problem === 'missing-anchor' && b.target) return targetKey(b.target, b.fragment);
  return unresolved(b.url);
}

export interface CheckerTarget {
  finding: Diagnostic;
  url: string;
  key: string;
  /** Where the URL leads inside the lesson folder, read against the source file (for the "absent" test). */
  lessonPath?: string;
}

/** The keys of the checker's link and image findings, resolved with the build's own resolver. */
export function checkerTargets(findings: readonly Diagnostic[], site: SiteMap): CheckerTarget[] {
  return findings.flatMap((finding) => {
    const url = reportedUrl(finding);
    if (url === undefined) return [];
    const written = url.trim();
    const hash = written.indexOf('#');
    const fragment = hash === -1 ? '' : decode(written.slice(hash + 1));
    const wantsAnchor = finding.rule === 'links/missing-anchor';
    if (written.startsWith('#')) {
      const page = site.pageBySource.get(finding.file);
      return page ? [{ finding, url, key: targetKey(page, fragment) }] : [];
    }
    const resolved = resolveLessonTarget(written, { site, sourceFile: finding.file });
    if (!resolved) return [{ finding, url, key: unresolved(written) }];
    const path = decode(resolved.sitePath);
    const pathPart = written.split(/[?#]/)[0] ?? '';
    let lessonPath: string | undefined;
    try {
      lessonPath = pathPart.startsWith('/')
        ? pathPart.slice(1)
        : posix.normalize(posix.join(posix.dirname(finding.file), decodeURI(pathPart)));
    } catch {
      lessonPath = undefined;
    }
    return [{ finding, url, key: targetKey(path, wantsAnchor ? fragment : ''), lessonPath }];
  });
}

/** Where a site path may come from in a lesson: the same path, or a Workbench folder published at the root. */
export const lessonCandidates = (key: string): string[] => {
  const path = key.replace(/#.*$/, '');
  return [
    path,
    ...['episodes', 'learners', 'instructors', 'profiles'].map((folder) => `${folder}/${path}`),
  ];
};

export interface ClassifiedLink {
  link: BrokenLink;
  key: string;
  /** The checker reports it at a source file, and the target really is not in the lesson folder. */
  reported: boolean;
  /** Why it is the generator's fault, when it is. */
  reason?: string;
  /** The checker's finding it matched. */
  finding?: Diagnostic;
}

/**
 * Split the broken links of a built site into the author's (the checker reports the same target in
 * the source, and nothing by that name exists in the lesson) and the generator's (everything else:
 * links in the theme, links the build rewrote wrongly, files in the lesson it did not publish).
 */
export function classifyBroken(
  broken: readonly BrokenLink[],
  targets: readonly CheckerTarget[],
  isLessonFile: (lessonPath: string) => boolean,
): ClassifiedLink[] {
  const byKey = Map.groupBy(targets, (t) => t.key);
  return broken.map((link) => {
    const key = brokenKey(link);
    const matches = byKey.get(key) ?? [];
    if (!matches.length)
      return { link, key, reported: false, reason: 'not reported by npm run check' };
    if (link.problem === 'missing-target') {
      const existing = [
        ...matches.flatMap((m) => (m.lessonPath ? [m.lessonPath] : [])),
        ...lessonCandidates(key),
      ].find(isLessonFile);
      if (existing)
        return {
          link,
          key,
          reported: false,
          reason: `${existing} is in the lesson but was not published`,
          finding: matches[0]!.finding,
        };
    }
    return { link, key, reported: true, finding: matches[0]!.finding };
  });
}

/**
 * One finding per target and problem (the same broken link shows on the episode, its instructor
 * view and the all-in-one page), with how many pages show it and whether only the instructor view
 * does (a link the view rewrote).
 */
export function distinctBroken(
  classified: readonly ClassifiedLink[],
): (ClassifiedLink & { pages: number; instructorOnly: boolean })[] {
  const groups = Map.groupBy(classified, (c) => `${c.link.problem}\0${c.key}`);
  return [...groups.values()].map((group) => ({
    ...group[0]!,
    pages: new Set(group.map((g) => g.link.page)).size,
    instructorOnly: group.every((g) => g.link.page.startsWith(`${instructorPrefix}/`)),
  }));
}
