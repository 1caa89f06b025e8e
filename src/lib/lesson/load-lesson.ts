import { join } from 'node:path';
import { DiagnosticBag, diagnostic, type Diagnostic } from '../diagnostics.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { detectFormat } from './detect-layout.ts';
import { listSources } from './list-sources.ts';
import { parseEpisodeFile, parsePageFile } from './parse-frontmatter.ts';
import { readConfig } from './read-config.ts';
import { readSourceText } from './read-text.ts';
import type { EpisodeSource, Lesson, PageSource } from './types.ts';

/**
 * Read a lesson folder of either format into one model: settings, ordered episodes and pages with
 * validated frontmatter, and every diagnostic found on the way. Nothing here renders Markdown.
 */
export function loadLesson(dir: string): Lesson {
  const format = detectFormat(dir);
  if (!format) {
    const problem = diagnostic({ file: dir, severity: 'error', rule: 'lesson/not-found', message: `no lesson found in ${dir}: expected an episodes/ folder (Workbench) or an _episodes/ folder (styles)`, hint: 'Point LESSON_DIR at the folder that contains the lesson.' });
    return { settings: { format: 'workbench', dir, title: 'Lesson', startMinutes: 540, branch: 'main', siteVariables: {} }, episodes: [], pages: [], diagnostics: [problem] };
  }
  const config = readConfig(dir, format);
  const diagnostics: Diagnostic[] = [];
  const files = listSources(config.settings, config.bag, config.lineOf);
  diagnostics.push(...config.bag.items);

  const episodes: EpisodeSource[] = files.episodes.map(({ file, slug }) => {
    const bag = new DiagnosticBag(file);
    const text = readSourceText(join(dir, file), bag);
    if (file.endsWith('.Rmd')) bag.notice('source/rmd-not-executed', 'R Markdown episode rendered as Markdown: its code chunks are shown but not executed', 0);
    const parsed = parseEpisodeFile(text, slug, bag);
    diagnostics.push(...bag.items);
    return { file, slug, text, ...parsed };
  });

  const pages: PageSource[] = files.pages.map(({ file, slug, section }) => {
    const bag = new DiagnosticBag(file);
    const text = readSourceText(join(dir, file), bag);
    const parsed = parsePageFile(text, bag);
    diagnostics.push(...bag.items);
    const heading = /^#\s+(.+)$/m.exec(parsed.body)?.[1];
    const title = parsed.frontmatter.title || (section === 'home' ? config.settings.title : heading?.trim() || slug);
    return { file, slug, text, section: section ?? 'top', title, ...parsed };
  });

  diagnostics.push(...duplicateSlugs([...episodes, ...pages]));
  const links = files.links === undefined ? undefined : { file: format === 'styles' ? '_includes/links.md' : 'links.md', text: splitFrontmatter(files.links).body };
  return { settings: config.settings, episodes, pages, links, diagnostics };
}

/** Two sources that would be published at the same URL. */
function duplicateSlugs(sources: { slug: string; file: string }[]): Diagnostic[] {
  const bySlug = new Map<string, string>();
  const problems: Diagnostic[] = [];
  for (const { slug, file } of sources) {
    const other = bySlug.get(slug);
    if (other) problems.push(diagnostic({ file, severity: 'error', rule: 'lesson/duplicate-slug', message: `${file} and ${other} would both be published at /${slug}/`, hint: 'Rename one of the files.' }));
    else bySlug.set(slug, file);
  }
  return problems;
}
