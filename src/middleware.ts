import { defineMiddleware } from 'astro:middleware';
import { getLesson } from './data/lesson.ts';
import { viewOf } from './data/views.ts';
import { htmlText } from './lib/html-text.ts';
import { buildRouteData } from './lib/route-data.ts';

/**
 * Route data for every page, once (`Astro.locals.route`): settings with the normalised base path,
 * the view, the entry shown, navigation, footer, previous/next, description and canonical URL.
 * Layouts and components read it instead of receiving it prop by prop.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const lesson = await getLesson();
  context.locals.route = buildRouteData({
    ...lesson,
    questionText: (episode) => episode.questions.map(htmlText).join(' '),
    base: import.meta.env.BASE_URL,
    site: context.site,
    view: viewOf(context.params),
    current: currentPage(context.params, context.routePattern),
  });
  return next();
});

/**
 * The slug of the page a route renders: `[slug]` routes name it; the generator's own pages are
 * named by their file (`/[...view]/key-points` → `key-points`); the home route has none.
 */
function currentPage(params: Record<string, string | undefined>, routePattern: string): string {
  if (params.slug) return params.slug;
  const fixed = routePattern.split('/').filter((part) => part && !part.startsWith('['));
  return fixed.at(-1) ?? 'index';
}
