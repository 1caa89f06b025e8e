import { writeFileSync } from 'node:fs';
import { resolveLanguage } from '../lib/i18n/resolve.ts';
import { DiagnosticBag, type Diagnostic } from '../lib/diagnostics.ts';
import {
  createMarkdownPreparer,
  type PreparedMarkdown,
  type PreparerOptions,
} from '../lib/lesson/prepare-markdown.ts';
import type { Lesson } from '../lib/lesson/types.ts';
import { rehomeHtml } from '../lib/scope-ids.ts';
import { generatedPages } from '../lib/site-paths.ts';
import { pagePath, type SiteMap } from '../lib/lesson/urls.ts';
import { preloadGrammars } from '../plugins/highlighter.ts';
import { renderPrepared, type RenderData } from '../plugins/index.ts';

/**
 * Everything a renderer needs, once per build: plain data, so a worker thread receives it as a
 * structured clone and renders exactly what the main thread would.
 */
export interface RenderSetup {
  lesson: Lesson;
  site: SiteMap;
  preparer: PreparerOptions;
  /**
   * Every code language the lesson's sources name (`codeLanguagesOf`): each renderer loads their
   * grammars in one sorted order before its first page, so a page's highlighting never depends on
   * which renderer got it or what it rendered before.
   */
  languages: string[];
}

/** One page to render, by its place in the lesson; its HTML goes to `htmlFile`. */
export interface RenderTask {
  kind: 'episode' | 'page';
  index: number;
  htmlFile: string;
  /** Where the all-in-one page's copy goes (episodes): ids scoped by the slug. */
  aioHtmlFile?: string;
}

/** What rendering a page found; the HTML itself is in the task's `htmlFile`. */
export interface RenderedPage {
  data: RenderData;
  /** Problems at the author's lines, in the order found. */
  diagnostics: Diagnostic[];
}

type RenderPage = (task: RenderTask) => Promise<RenderedPage>;
type Prepare = (
  ...args: Parameters<ReturnType<typeof createMarkdownPreparer>['prepare']>
) => PreparedMarkdown;

/**
 * Prepare (Liquid, normalisers), parse, run the plugins and highlight one page, and write its HTML.
 * The same function runs in the loader's process and in each worker thread of the render pool.
 * `prepare` is the caller's preparer when it already has one (the loader does, for the shared
 * diagnostics); a worker builds its own.
 */
export async function createPageRenderer(
  { lesson, site, preparer, languages }: RenderSetup,
  prepare: Prepare = createMarkdownPreparer(lesson, preparer).prepare,
): Promise<RenderPage> {
  await preloadGrammars(languages);
  // The words the plugins write around the author's (callout labels, Output), in the lesson's
  // language; resolved here from the config, so a worker needs nothing more than the lesson.
  const { strings } = resolveLanguage(lesson.settings.lang);
  return async ({ kind, index, htmlFile, aioHtmlFile }) => {
    const source = kind === 'episode' ? lesson.episodes[index] : lesson.pages[index];
    if (!source) throw new Error(`no ${kind} number ${index} in the lesson`);
    const bag = new DiagnosticBag(source.file);
    const prepared = prepare(
      { ...source, frontmatter: source.frontmatter as Record<string, unknown> },
      bag,
    );
    const { html, data } = await renderPrepared(
      prepared,
      {
        urls: { site, sourceFile: source.file },
        liftOverview: lesson.settings.format === 'workbench',
        strings,
      },
      bag,
    );
    const { lifted } = data;
    if (
      kind !== 'episode' &&
      (lifted.questions.length || lifted.objectives.length || lifted.keypoints.length)
    ) {
      bag.warn(
        'divs/lifted-outside-episode',
        'questions, objectives and keypoints divs belong in episodes; on this page they are not shown',
        0,
        'Move them into an episode or write them as a plain list.',
      );
    }
    // Written here, not handed back: the HTML of a large lesson never crosses threads or
    // accumulates in the loader.
    writeFileSync(htmlFile, html);
    // Made here, where it is cached and runs on every core, rather than when the all-in-one page
    // renders: re-parsing every episode there, once per view, was most of the route time.
    // Its ids are scoped by the episode's slug and its relative URLs lead where they led.
    if (aioHtmlFile)
      writeFileSync(
        aioHtmlFile,
        rehomeHtml(html, {
          from: pagePath(source.slug),
          to: pagePath(generatedPages.allInOne),
          idPrefix: source.slug,
        }),
      );
    return { data, diagnostics: bag.items };
  };
}
