import type { Liquid } from 'liquidjs';
import { DiagnosticBag, type Diagnostic } from '../diagnostics.ts';
import { readLessonFile, readLessonText } from './lesson-files.ts';
import { generatedPageForSource } from '../site-paths.ts';
import type { GithubMetadata } from '../github-metadata.ts';
import {
  createLessonLiquid,
  renderLiquid,
  renderLiquidLines,
  type LiquidLesson,
} from '../liquid.ts';
import { normaliseKramdownAbbreviations } from '../normalise/kramdown-abbreviations.ts';
import { normaliseKramdownBlocks } from '../normalise/kramdown-blocks.ts';
import { normaliseKramdownExtensions } from '../normalise/kramdown-extensions.ts';
import { normaliseKramdownToc } from '../normalise/kramdown-toc.ts';
import { normalisePandocAttributes } from '../normalise/pandoc-attributes.ts';
import { normalisePandocBlocks } from '../normalise/pandoc-blocks.ts';
import { finishDirectives } from '../normalise/directives.ts';
import { normalisePandocDivs } from '../normalise/pandoc-divs.ts';
import { headingDefinitions } from '../normalise/pandoc-header-references.ts';
import { normalisePandocLineBlocks } from '../normalise/pandoc-line-blocks.ts';
import { normalisePandocLists } from '../normalise/pandoc-lists.ts';
import { normalisePandocMath } from '../normalise/pandoc-math.ts';
import { normalisePandocNotes } from '../normalise/pandoc-notes.ts';
import { normalisePandocParagraphs } from '../normalise/pandoc-paragraphs.ts';
import { normalisePandocRaw } from '../normalise/pandoc-raw.ts';
import { normalisePandocTables } from '../normalise/pandoc-tables.ts';
import { normaliseRmarkdown } from '../normalise/rmarkdown.ts';
import { encodeDestinationSpaces } from '../normalise/kramdown-spans.ts';
import {
  joinLines,
  matchFence,
  closesFence,
  toLines,
  type SourceLine,
} from '../normalise/lines.ts';
import { pagePath } from './urls.ts';
import { readSiteData } from './site-data.ts';
import { htmlSource } from './source-extensions.ts';
import type { Lesson } from './types.ts';

export interface PreparedMarkdown {
  /** The body as the renderer reads it, then the lesson's shared link definitions. */
  markdown: string;
  /**
   * The body is HTML, not Markdown (a styles page written as `.html`): Jekyll ran Liquid on it and
   * no converter, so the renderer reads it as one block of HTML.
   */
  html?: boolean;
  /** The prepared body line by line, each with the author's line (0 for invented lines). */
  lines: SourceLine[];
  /** Offset in `markdown` where the shared link definitions begin. */
  bodyEnd: number;
}

export interface MarkdownSource {
  file: string;
  slug: string;
  body: string;
  bodyLine: number;
  frontmatter: Record<string, unknown>;
}

/** What the preparer needs to know about the build, beyond the lesson itself. */
export interface PreparerOptions {
  /** Base path the site is built for (`/`, `/my-lesson/`): Liquid's `site.baseurl`, `relative_url`. */
  base?: string;
  /** Origin the site is built for, when known: Liquid's `site.url`, `absolute_url`. */
  siteUrl?: string;
  /** `site.github` (see `resolveGithubMetadata`); undefined when the repository is not known. */
  github?: GithubMetadata;
}

/**
 * Turns one page's Markdown, in either format, into the single Markdown shape the renderer reads:
 * Liquid evaluated, kramdown callouts and attribute lists rewritten, the lesson's shared link
 * definitions appended so `[text][ref]` resolves. Built once per lesson; call it per page.
 */
export function createMarkdownPreparer(lesson: Lesson, options: PreparerOptions = {}) {
  const sources = new Map([...lesson.episodes, ...lesson.pages].map((s) => [s.file, s.slug]));
  const dataProblems: Diagnostic[] = [];
  const liquidLesson: LiquidLesson = {
    site: {
      ...lesson.settings.siteVariables,
      ...(lesson.settings.format === 'styles' && collectionDocuments(lesson.pages)),
      title: lesson.settings.title,
      episodes: lesson.episodes.map((e) => ({
        ...e.frontmatter,
        url: pagePath(e.slug),
        slug: e.slug,
        path: e.file,
      })),
      pages: lesson.pages.map((p) => ({
        ...p.frontmatter,
        title: p.title,
        url: pagePath(p.slug),
        path: p.file,
      })),
      data:
        lesson.settings.format === 'styles' ? readSiteData(lesson.settings.dir, dataProblems) : {},
    },
    readFile: (path) => {
      const problems: Diagnostic[] = [];
      const text = readLessonText(lesson.settings.dir, path, problems);
      return text !== undefined
        ? { text }
        : problems[0]
          ? { refused: problems[0].message }
          : undefined;
    },
    base: options.base,
    siteUrl: options.siteUrl,
    github: options.github,
    format: lesson.settings.format,
    linkTo: (path) => {
      const clean = path.replace(/^\.?\//, '');
      const slug =
        sources.get(clean) ?? sources.get(`_extras/${clean}`) ?? generatedPageForSource(clean);
      return slug === undefined ? undefined : pagePath(slug);
    },
  };
  const liquid = createLessonLiquid(liquidLesson);

  // links.md is rendered once per page depth (its Liquid uses the relative root), with its own
  // diagnostics, so a problem in it is reported once, against links.md itself.
  const linksBag = new DiagnosticBag(lesson.links?.file ?? 'links.md');
  linksBag.items.push(...dataProblems);
  const renderLinks = (root: string) => {
    if (!lesson.links) return '';
    const bag = root === '..' ? linksBag : new DiagnosticBag('');
    const text = renderLiquid(
      liquid,
      lesson.links.text,
      { page: { root }, firstLine: 1, bag },
      liquidLesson,
    );
    // Its definitions are read as the toolchains read them (an address with a space) too.
    return joinLines(encodeDestinationSpaces(toLines(text), bag));
  };
  const linksByRoot = new Map([
    ['.', renderLinks('.')],
    ['..', renderLinks('..')],
  ]);

  const prepare = (source: MarkdownSource, bag: DiagnosticBag): PreparedMarkdown => {
    const root = source.slug === 'index' ? '.' : '..';
    const page = { ...source.frontmatter, root };
    const protectedBody =
      lesson.settings.format === 'styles' ? source.body : protectCode(source.body);
    let lines = renderLiquidLines(
      liquid as Liquid,
      protectedBody,
      { page, firstLine: source.bodyLine, bag, file: source.file },
      liquidLesson,
    );
    // An HTML page had Liquid only: no Markdown reading, no shared link definitions.
    if (htmlSource.test(source.file)) {
      const body = joinLines(lines);
      return { markdown: body, html: true, lines, bodyEnd: body.length };
    }
    // knitr ran before anything else read an .Rmd page: chunks become what knitr would show.
    if (/\.rmd$/i.test(source.file))
      lines = normaliseRmarkdown(lines, {
        file: source.file,
        bag,
        readFile: (path) => readLessonFile(lesson.settings.dir, path),
      }).lines;
    const steps = lesson.settings.format === 'workbench' ? pandocSteps : kramdownSteps;
    lines = steps.reduce((current, step) => step(current, bag), lines);
    lines = finishDirectives(lines);
    const body = joinLines(lines);
    // Last: a definition the author wrote, on the page or in links.md, wins over a heading's.
    const headings = lesson.settings.format === 'workbench' ? headingDefinitions(lines) : '';
    return {
      markdown: `${body}\n\n${linksByRoot.get(root)}\n${headings && `\n${headings}\n`}`,
      lines,
      bodyEnd: body.length,
    };
  };
  return { prepare, sharedDiagnostics: linksBag.items };
}

type NormaliseStep = (lines: SourceLine[], bag: DiagnosticBag) => SourceLine[];

/**
 * A Workbench page read as pandoc reads it, in order: raw blocks and attributed code (before
 * anything reads a fence's info), blocks pandoc reads unlike CommonMark, its own tables and line
 * blocks, what its paragraphs hold (a list needs a blank line before it), lettered
 * lists (before divs, whose fences end them), then fenced divs (block structure); kramdown
 * callouts too, since this project's own lesson writes them in a Workbench layout; attributes
 * before math, so a `$` in alt text is escaped before the math rule reads it; inline notes after
 * math, which may hold `^[`.
 */
const pandocSteps: NormaliseStep[] = [
  (lines) => normalisePandocRaw(lines),
  normalisePandocBlocks,
  normalisePandocTables,
  (lines) => normalisePandocLineBlocks(lines),
  normalisePandocParagraphs,
  (lines) => normalisePandocLists(lines),
  normalisePandocDivs,
  (lines, bag) => normaliseKramdownBlocks(lines, bag),
  normalisePandocAttributes,
  (lines) => normalisePandocMath(lines),
  (lines) => normalisePandocNotes(lines),
];

/** A styles page read as kramdown reads it: extensions, abbreviations, `{:toc}`, then blocks. */
const kramdownSteps: NormaliseStep[] = [
  normaliseKramdownExtensions,
  (lines) => normaliseKramdownAbbreviations(lines),
  (lines) => normaliseKramdownToc(lines),
  (lines, bag) => normaliseKramdownBlocks(lines, bag, { full: true }),
];

/**
 * `site.extras`, `site.slides`…: the documents of each collection other than the episodes, as
 * Jekyll gives them to Liquid (a lesson's own navigation may loop over them).
 */
function collectionDocuments(pages: Lesson['pages']): Record<string, Record<string, unknown>[]> {
  const byCollection: Record<string, Record<string, unknown>[]> = {};
  for (const page of pages) {
    const name = /^_([\w-]+)\//.exec(page.file)?.[1];
    if (!name) continue;
    (byCollection[name] ??= []).push({
      ...page.frontmatter,
      title: page.title,
      url: pagePath(page.slug),
      slug: page.slug,
      path: page.file,
    });
  }
  return byCollection;
}

/**
 * Jekyll ran Liquid everywhere, code included, and styles lessons rely on it. Workbench lessons
 * never had Liquid, so in them code is shielded (R's `{{ var }}`, GitHub Actions' `${{ matrix.os }}`
 * in a code span must stay as written). The raw tags sit on the fence lines themselves and around
 * the code spans, so no line moves.
 */
function protectCode(body: string): string {
  if (!body.includes('{{') && !body.includes('{%')) return body;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = matchFence(lines[i]!);
    if (!fence) {
      lines[i] = protectCodeSpans(lines[i]!);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !closesFence(lines[end]!, fence)) end++;
    if (end >= lines.length) break;
    lines[i] = `{% raw %}${lines[i]}`;
    lines[end] = `${lines[end]}{% endraw %}`;
    i = end;
  }
  return lines.join('\n');
}

/**
 * Code spans on one line that hold Liquid-like braces, wrapped in `{% raw %}`; a span that has
 * its own `{% raw %}` is left to it.
 */
function protectCodeSpans(line: string): string {
  if (!line.includes('`') || (!line.includes('{{') && !line.includes('{%'))) return line;
  // A span opens with a run of backticks and closes with a run of the same length (CommonMark).
  return line.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span: string, _ticks, code: string) =>
    (code.includes('{{') || code.includes('{%')) && !/\{%-?\s*(end)?raw\b/.test(code)
      ? `{% raw %}${span}{% endraw %}`
      : span,
  );
}
