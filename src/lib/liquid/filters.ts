import type { Liquid } from 'liquidjs';
import { markdownMarker } from '../normalise/directives.ts';
import { stringify } from './line-tracker.ts';
import type { LiquidLesson } from './types.ts';

const absolute = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** `site.baseurl` for a base path: `/` → ``, `/repo/` → `/repo`, as Jekyll writes it. */
export const baseurlOf = (base = '/') => base.replace(/\/+$/, '');

/** Jekyll's `relative_url`: the base path, then the path with a leading slash; URLs pass. */
export function relativeUrl(input: unknown, base?: string): string {
  const url = stringify(input);
  if (absolute.test(url)) return url;
  return `${baseurlOf(base)}${url && !url.startsWith('/') ? '/' : ''}${url}`;
}

/** Jekyll's `absolute_url`: `relative_url` behind the site's origin, when the build knows it. */
function absoluteUrl(input: unknown, base?: string, siteUrl?: string): string {
  const url = stringify(input);
  if (absolute.test(url)) return url;
  return `${(siteUrl ?? '').replace(/\/+$/, '')}${relativeUrl(url, base)}`;
}

/**
 * `markdownify`: Jekyll turned the value into HTML with kramdown. Here the Markdown itself goes into
 * the page, where the generator's own renderer reads it. A value of several lines is set apart by
 * blank lines and marked (`markdownMarker`): written inside an HTML block
 * (`<div>{{ x | markdownify }}</div>`, as lessons do to get Markdown inside HTML), it is still
 * read as Markdown.
 */
function markdownify(input: unknown): string {
  const text = stringify(input).replace(/^\n+|\n+$/g, '');
  return text.includes('\n') ? `\n\n${markdownMarker}\n${text}\n${markdownMarker}\n\n` : text;
}

/** The filters of Jekyll that liquidjs does not have, or has with another meaning. */
export function registerJekyllFilters(liquid: Liquid, lesson: LiquidLesson): void {
  liquid.registerFilter('relative_url', (url: unknown) => relativeUrl(url, lesson.base));
  liquid.registerFilter('absolute_url', (url: unknown) =>
    absoluteUrl(url, lesson.base, lesson.siteUrl),
  );
  liquid.registerFilter('markdownify', markdownify);
  // kramdown's typographic quotes are a matter of the renderer; the text is kept as written.
  liquid.registerFilter('smartify', (text: unknown) => stringify(text));
}
