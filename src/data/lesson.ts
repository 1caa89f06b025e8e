import { readFileSync } from 'node:fs';
import type {
  EpisodeData,
  LessonEntryData,
  PageData,
  SettingsData,
  StoredEntryData,
} from '../lib/lesson/entries.ts';
import { deferredHtmlEnv, deferredHtmlMarker } from '../integration/deferred-html.ts';
import { firstParagraphText } from '../lib/html-text.ts';
import { resolveLanguage, type UiLanguage } from '../lib/i18n/resolve.ts';
import { generatedPages } from '../lib/site-paths.ts';
import { hasSlots } from '../lib/slots.ts';

/** The lesson as pages need it: settings, episodes in teaching order, pages in menu order. */
export interface LessonView {
  settings: SettingsData;
  /** The interface in the lesson's language (`lang:`), resolved once. */
  ui: UiLanguage;
  episodes: EpisodeData[];
  pages: PageData[];
  home?: PageData;
  /** Slug of every page a link can point at, generated pages included. */
  slugs: ReadonlySet<string>;
  /** The lesson in one paragraph (the home page's first), for descriptions and link previews. */
  summary?: string;
}

const fallbackSettings: SettingsData = {
  kind: 'settings',
  format: 'workbench',
  title: 'Lesson',
  startMinutes: 540,
  branch: 'main',
  lang: 'en',
  community: {},
};

/** The stored entry, with its HTML read from the cache when a page asks for it. */
function withHtml(data: StoredEntryData): LessonEntryData {
  if (data.kind === 'settings') return data;
  // Read on every access, not kept: a page needs its own HTML once, and holding every page's
  // HTML for the whole build is the memory this layout avoids.
  const entry = Object.defineProperty({ ...data }, 'html', {
    enumerable: true,
    get: () => readFileSync(data.htmlFile, 'utf8'),
  });
  const { aioHtmlFile } = data;
  if (aioHtmlFile)
    Object.defineProperty(entry, 'aioHtml', {
      enumerable: true,
      get: () => allInOneHtml(aioHtmlFile),
    });
  return entry as unknown as LessonEntryData;
}

/**
 * An episode's HTML on the all-in-one page. In `lesson-site build`, a marker the command replaces
 * with the file once Astro has exited (src/integration/deferred-html.ts), when the page would print
 * the HTML as it is: HTML with a slot in it has a component rendered there, which only Astro can.
 */
function allInOneHtml(file: string): string {
  const html = readFileSync(file, 'utf8');
  const token = process.env[deferredHtmlEnv];
  return token && !hasSlots(html) ? deferredHtmlMarker(token, file) : html;
}

async function readLesson(): Promise<LessonView> {
  // Imported at each read, not at the top: in dev Astro replaces the content module after every
  // sync but keeps the middleware that imports this file, which would go on reading the lesson
  // as it was when the server started (and HTML files a later sync has removed).
  const { getCollection } = await import('astro:content');
  const entries = (await getCollection('lesson')).map((entry) =>
    withHtml(entry.data as StoredEntryData),
  );
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const episodes = entries.filter((e): e is EpisodeData => e.kind === 'episode').sort(byOrder);
  const allPages = entries.filter((e): e is PageData => e.kind === 'page').sort(byOrder);
  const settings =
    entries.find((e): e is SettingsData => e.kind === 'settings') ?? fallbackSettings;
  const slugs = new Set(
    [...episodes, ...allPages].map((e) => e.slug).concat(Object.values(generatedPages)),
  );
  const home = allPages.find((p) => p.section === 'home');
  return {
    settings,
    ui: resolveLanguage(settings.lang),
    episodes,
    pages: allPages.filter((p) => p.section !== 'home'),
    home,
    slugs,
    summary: home ? firstParagraphText(home.html) : undefined,
  };
}

let cached: Promise<LessonView> | undefined;

/** Read once per build; in dev, read on every request so edits show up. */
export function getLesson(): Promise<LessonView> {
  if (import.meta.env.DEV) return readLesson();
  cached ??= readLesson();
  return cached;
}
