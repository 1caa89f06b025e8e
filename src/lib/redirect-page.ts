import { escapeHtml } from './attributes.ts';
import { t, type UiLanguage } from './i18n/index.ts';

export interface RedirectPageOptions {
  /** Where the page is now, relative to the redirect page (works under any base path). */
  to: string;
  /** The page's address for search engines: absolute when the site's origin is known. */
  canonical: string;
  /** The page's title, for people who see the redirect page. */
  title: string;
  /** The lesson's language: the page's `lang` and `dir`, and its two sentences. */
  ui: Pick<UiLanguage, 'lang' | 'dir' | 'strings'>;
}

/**
 * A static redirect page for an address where the lesson's toolchain published a page: the
 * browser follows the meta refresh at once, search engines take the canonical address and do not
 * index this one, and without either a link remains. No script, nothing from a third party.
 */
export function redirectPage({ to, canonical, title, ui }: RedirectPageOptions): string {
  const href = escapeHtml(to);
  const name = escapeHtml(title);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(ui.lang)}" dir="${ui.dir}">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(t(ui.strings, 'redirect.title', { page: title }))}</title>
    <meta name="generator" content="lesson-site">
    <meta name="robots" content="noindex">
    <link rel="canonical" href="${escapeHtml(canonical)}">
    <meta http-equiv="refresh" content="0; url=${href}">
  </head>
  <body>
    <p>${escapeHtml(t(ui.strings, 'redirect.moved'))} <a href="${href}">${name}</a></p>
  </body>
</html>
`;
}
