// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { lessonIntegration } from './src/integration/lesson-integration.ts';
import { pagefindIntegration } from './src/integration/pagefind-integration.ts';
import { searchLanguageOf } from './src/integration/search-index.ts';
import { seoIntegrations } from './src/integration/seo-integration.ts';
import { lessonCacheFolder } from './src/lib/lesson/cache-folder.ts';
import { resolveLessonDir } from './src/lib/lesson/lesson-dir.ts';
import { detectFormat } from './src/lib/lesson/detect-layout.ts';
import { readConfig } from './src/lib/lesson/read-config.ts';

const lessonDir = resolveLessonDir(process.env, process.cwd());

/**
 * Where the site is published. `SITE_URL` and `BASE_PATH` from the environment win (the workflow
 * sets them from the repository's Pages settings; an empty value means unset); otherwise the lesson
 * config's `url:` (Workbench, styles), with styles' `baseurl:`; otherwise the root of any host.
 * @param {Record<string, string | undefined>} env
 * @param {{ url?: unknown, baseurl?: unknown }} config the lesson config's keys
 * @returns {{ site: string | undefined, base: string }}
 */
export function siteLocation(env, config) {
  const envSite = httpUrl(env.SITE_URL);
  const envBase = env.BASE_PATH?.trim();
  if (envSite || envBase)
    return { site: envSite?.origin, base: basePath(envBase || envSite?.pathname) };
  const url = httpUrl(config.url);
  const baseurl = typeof config.baseurl === 'string' ? config.baseurl.trim() : '';
  return { site: url?.origin, base: basePath(baseurl || url?.pathname) };
}

/** @param {unknown} value */
function httpUrl(value) {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim());
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined; // a template placeholder such as "<USERNAME>": not a place to publish
  }
}

/** `/repo`, `repo/`, `` → `/repo/`, `/repo/`, `/`. @param {string | undefined} path */
function basePath(path) {
  const trimmed = (path ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const format = detectFormat(lessonDir);
const settings = format ? readConfig(lessonDir, format).settings : undefined;
const { site, base } = siteLocation(process.env, settings?.siteVariables ?? {});

/** One content cache per lesson folder, so building another lesson never evicts this one's pages. */
const cacheDir = `./${lessonCacheFolder(lessonDir)}`;

export default defineConfig({
  cacheDir,
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    lessonIntegration({ dir: lessonDir }),
    // Search stems (or segments) words in the lesson's language.
    pagefindIntegration({ language: searchLanguageOf(lessonDir) }),
    ...seoIntegrations(site, base, lessonDir),
  ],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
