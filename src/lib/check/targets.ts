import { reservedSlugs, instructorPrefix } from '../site-paths.ts';
import { pagePath, resolveLessonUrl } from '../lesson/urls.ts';
import type { CheckContext } from './context.ts';
import type { CheckedPage } from './parse-page.ts';

/** Where a URL written in a page leads, as the build will publish it. */
export type Target =
  | { kind: 'none' }
  | { kind: 'external' }
  | { kind: 'page'; page?: CheckedPage; fragment: string }
  | { kind: 'asset'; exists: boolean }
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
  const resolved = resolveLessonUrl(written, { site: context.site, sourceFile: page.source.file });
  // The resolver hands back relative URLs it cannot place: they climb out of the lesson folder.
  // (A site-root path such as `/fig/x.png` resolves to itself under the base path `/`.)
  if (resolved === written && !written.startsWith('/'))
    return written.startsWith('?') ? { kind: 'none' } : { kind: 'outside' };
  const cut = resolved.search(/[?#]/);
  const path = decode(cut === -1 ? resolved : resolved.slice(0, cut));
  const fragment = decode(/#(.*)$/.exec(resolved)?.[1] ?? '');
  const sitePath = path.slice(context.site.base.length - 1);
  const target = context.pages.get(sitePath);
  if (target) return { kind: 'page', page: target, fragment };
  if (generated.has(sitePath) || sitePath.startsWith(`/${instructorPrefix}/`))
    return { kind: 'page', fragment: '' };
  return { kind: 'asset', exists: context.assets.has(sitePath.slice(1)) };
}

/** `http://` URLs, except a learner's own machine (`http://localhost:8888` in a notebook lesson). */
export const isInsecure = (url: string) =>
  /^http:\/\//i.test(url.trim()) &&
  !/^http:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)([:/]|$)/i.test(url.trim());
