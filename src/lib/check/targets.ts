import { posix } from 'node:path';
import { reservedSlugs, instructorPrefix } from '../site-paths.ts';
import { pagePath, resolveLessonTarget } from '../lesson/urls.ts';
import type { CheckContext } from './context.ts';
import type { CheckedPage } from './parse-page.ts';

/** Where a URL written in a page leads, as the build will publish it. */
export type Target =
  | { kind: 'none' }
  | { kind: 'external' }
  | { kind: 'page'; page?: CheckedPage; fragment: string }
  | {
      kind: 'asset';
      exists: boolean;
      /** Where the published page looks for it (`/fig/x.png`), as the toolchain resolved it. */
      sitePath: string;
      /** The lesson file it is, when it exists. */
      lessonFile?: string;
      fragment: string;
    }
  | { kind: 'outside' };

const hasScheme = /^[a-z][a-z\d+.-]*:/i;
/** The generator's own pages (key points, all-in-one, figures): they exist, ids unknown here. */
const generated = new Set([...reservedSlugs].map(pagePath));

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolve a link or image URL with the build's own resolver (`resolveLessonUrl`), then look the
 * result up among the checked pages and the published assets.
 */
export function resolveTarget(url: string, page: CheckedPage, context: CheckContext): Target {
  const written = url.trim();
  if (!written) return { kind: 'none' };
  if (written.startsWith('#')) return { kind: 'page', page, fragment: decode(written.slice(1)) };
  if (written.startsWith('//') || hasScheme.test(written)) return { kind: 'external' };
  const resolved = resolveLessonTarget(written, {
    site: context.site,
    sourceFile: page.source.file,
  });
  // The resolver places everything in the lesson; what it cannot place climbs out of the folder.
  if (!resolved) return written.startsWith('?') ? { kind: 'none' } : { kind: 'outside' };
  const sitePath = resolved.sitePath;
  const fragment = decode(/#(.*)$/.exec(resolved.suffix)?.[1] ?? '');
  const target = context.pages.get(sitePath);
  if (target) return { kind: 'page', page: target, fragment };
  if (generated.has(sitePath) || sitePath.startsWith(`/${instructorPrefix}/`))
    return { kind: 'page', fragment: '' };
  // A lesson file the resolver found is published, where the format puts it or because it is linked.
  const exists = resolved.lessonFile !== undefined || context.assets.has(sitePath.slice(1));
  // Read against the source's folder, a missing file's path leaves the lesson: the author meant a
  // file outside it, which no build can publish.
  if (!exists && leavesLesson(written, page.source.file)) return { kind: 'outside' };
  const lessonFile =
    resolved.lessonFile ??
    (exists ? context.site.files?.atSitePath.get(sitePath.slice(1)) : undefined);
  return { kind: 'asset', exists, sitePath, lessonFile, fragment };
}

function leavesLesson(url: string, sourceFile: string): boolean {
  const path = url.split(/[?#]/)[0]!;
  if (path.startsWith('/')) return false;
  return posix.normalize(posix.join(posix.dirname(sourceFile), decode(path))).startsWith('../');
}

/** How a missing target's message says where the site looks for it. */
export const lookedFor = (target: Target) =>
  target.kind === 'asset' ? ` (the published page looks for ${target.sitePath})` : '';

/** `http://` URLs, except a learner's own machine (`http://localhost:8888` in a notebook lesson). */
export const isInsecure = (url: string) =>
  /^http:\/\//i.test(url.trim()) &&
  !/^http:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)([:/]|$)/i.test(url.trim());
