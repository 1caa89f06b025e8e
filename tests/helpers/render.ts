import { DiagnosticBag, formatDiagnostic, type Diagnostic } from '../../src/lib/diagnostics.ts';
import { createMarkdownPreparer } from '../../src/lib/lesson/prepare-markdown.ts';
import { resolveLanguage } from '../../src/lib/i18n/resolve.ts';
import type { Lesson, LessonFormat } from '../../src/lib/lesson/types.ts';
import type { SiteMap } from '../../src/lib/lesson/urls.ts';
import { renderLessonMarkdown, renderPrepared, type RenderData } from '../../src/plugins/index.ts';

export interface RenderOptions {
  format?: LessonFormat;
  /** Text of the lesson's links.md. */
  links?: string;
  /** Lesson-relative path of the page; decides relative URL resolution. */
  file?: string;
  slug?: string;
  /** File line on which `body` starts (after the frontmatter). */
  bodyLine?: number;
  siteVariables?: Record<string, unknown>;
  base?: string;
  /** Other pages of the lesson: source path -> slug. */
  pages?: Record<string, string>;
  /** The lesson's `lang:`; the interface is English without it. */
  lang?: string;
}

export interface RenderResult {
  markdown: string;
  html: string;
  data: RenderData;
  diagnostics: Diagnostic[];
  /** Every diagnostic, formatted as the terminal prints it. */
  messages: string[];
}

/** A lesson in memory, without touching the disk. */
export function memoryLesson(options: RenderOptions = {}): Lesson {
  const format = options.format ?? 'styles';
  const file =
    options.file ?? (format === 'styles' ? '_episodes/01-page.md' : 'episodes/01-page.md');
  const slug = options.slug ?? '01-page';
  const page = (path: string, pageSlug: string) => ({
    file: path,
    slug: pageSlug,
    text: '',
    section: 'top' as const,
    title: pageSlug,
    frontmatter: {},
    body: '',
    bodyLine: 1,
  });
  return {
    settings: {
      format,
      dir: '/nonexistent-lesson',
      title: 'Test lesson',
      startMinutes: 540,
      branch: 'main',
      siteVariables: options.siteVariables ?? {},
    },
    episodes: [
      {
        file,
        slug,
        text: '',
        body: '',
        bodyLine: 1,
        frontmatter: {
          title: 'Page',
          teaching: 0,
          exercises: 0,
          questions: [],
          objectives: [],
          keypoints: [],
          start: false,
        },
      },
    ],
    pages: Object.entries(options.pages ?? {}).map(([path, pageSlug]) => page(path, pageSlug)),
    links:
      options.links === undefined
        ? undefined
        : { file: format === 'styles' ? '_includes/links.md' : 'links.md', text: options.links },
    diagnostics: [],
  };
}

/**
 * The page pipeline as the build runs it: createMarkdownPreparer (Liquid, kramdown, links.md),
 * then renderLessonMarkdown (satteri + our hast plugins).
 */
export async function renderPage(body: string, options: RenderOptions = {}): Promise<RenderResult> {
  const lesson = memoryLesson(options);
  const source = lesson.episodes[0]!;
  const { prepare, sharedDiagnostics } = createMarkdownPreparer(lesson, { base: options.base });
  const bag = new DiagnosticBag(source.file);
  const prepared = prepare(
    {
      file: source.file,
      slug: source.slug,
      body,
      bodyLine: options.bodyLine ?? 1,
      frontmatter: {},
    },
    bag,
  );
  const pageBySource = new Map<string, string>([[source.file, `/${source.slug}/`]]);
  for (const p of lesson.pages) pageBySource.set(p.file, p.slug === 'index' ? '/' : `/${p.slug}/`);
  const site: SiteMap = {
    base: options.base ?? '/',
    format: lesson.settings.format,
    pageBySource,
    pageSlugs: new Set([source.slug, ...lesson.pages.map((p) => p.slug)]),
  };
  const { html, data } = await renderPrepared(
    prepared,
    {
      urls: { site, sourceFile: source.file },
      liftOverview: lesson.settings.format === 'workbench',
      strings: resolveLanguage(options.lang).strings,
    },
    bag,
  );
  const diagnostics = [...sharedDiagnostics, ...bag.items];
  return {
    markdown: prepared.markdown,
    html,
    data,
    diagnostics,
    messages: diagnostics.map((d) => formatDiagnostic(d)),
  };
}

/** Code blocks reduced to their text: normaliser goldens check structure, not the highlighter's styling. */
export const plainCode = (html: string) =>
  html.replace(
    /<pre[^>]*>([\s\S]*?)<\/pre>/g,
    (_, code: string) => `<pre>${code.replace(/<[^>]+>/g, '')}</pre>`,
  );

/** Render already-normalised Markdown as a Workbench episode (`episodes/x.md`) at the site root. */
export function renderWorkbenchMarkdown(markdown: string) {
  const site: SiteMap = {
    base: '/',
    format: 'workbench',
    pageBySource: new Map(),
    pageSlugs: new Set(),
  };
  return renderLessonMarkdown(markdown, {
    urls: { site, sourceFile: 'episodes/x.md' },
    liftOverview: true,
    strings: resolveLanguage(undefined).strings,
  });
}
