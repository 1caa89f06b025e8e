import type { APIRoute, GetStaticPaths } from 'astro';
import { getLesson } from '../data/lesson.ts';
import type { LegacyRedirect } from '../lib/lesson/entries.ts';
import { relativeSitePath, withBase } from '../lib/lesson/urls.ts';
import { resolveLanguage } from '../lib/i18n/index.ts';
import { redirectPage } from '../lib/redirect-page.ts';

/**
 * Every address where the lesson's own toolchain published a page (sandpaper's `/setup.html` and
 * `/instructor/setup.html`, Jekyll's `/setup.html` or `permalink:`), served as a redirect to the
 * page here, so that inbound links from workshop websites and slides keep working.
 */
export const getStaticPaths = (async () => {
  const { settings } = await getLesson();
  return (settings.redirects ?? []).map((redirect) => ({
    // An address ending in `/` is a folder's index page.
    params: {
      legacy: `${redirect.from.slice(1)}${redirect.from.endsWith('/') ? 'index.html' : ''}`,
    },
    props: { ...redirect, lang: settings.lang },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<LegacyRedirect & { lang: string }> = ({ props, site }) => {
  const target = withBase(import.meta.env.BASE_URL.replace(/\/?$/, '/'), props.to);
  const html = redirectPage({
    to: relativeSitePath(props.from, props.to),
    canonical: site ? new URL(target, site).href : target,
    title: props.title,
    ui: resolveLanguage(props.lang),
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
