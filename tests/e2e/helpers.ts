/**
 * Helpers for the browser tests: read the default lesson's sources (config.yaml, episodes/*.md,
 * learners/*.md) so that the specs derive what the built site should show from what the author
 * wrote, rather than from what the page happens to show today.
 *
 * These deliberately do not import from src/: a test that reuses the generator's own schedule
 * arithmetic or parser would agree with the generator's bugs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';

/** The repository root, which is also the default lesson. */
export const lessonRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = join(lessonRoot, 'dist');
/** Where the built site is served (see playwright.config.ts). */
export const siteOrigin = 'http://127.0.0.1:4329';

export interface LessonConfig {
  title: string;
  startTime: string;
  /** Explicit episode order (Workbench `episodes:`), if the config gives one. */
  episodes?: string[];
}

export interface Episode {
  /** File name without extension; also the page's path segment. */
  slug: string;
  /** Site-relative URL of the episode page. */
  url: string;
  title: string;
  teaching: number;
  exercises: number;
  /** Minutes, for a break episode. */
  break?: number;
  /** A new day starts with this episode. */
  start: boolean;
  questions: string[];
  objectives: string[];
  keypoints: string[];
  /** Markdown body after the frontmatter. */
  body: string;
}

function readText(...parts: string[]): string {
  return readFileSync(join(lessonRoot, ...parts), 'utf8');
}

/** Split a Markdown file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  return {
    data: (parseYaml(match[1]!) as Record<string, unknown> | null) ?? {},
    body: source.slice(match[0].length),
  };
}

export function readConfig(): LessonConfig {
  const data = parseYaml(readText('config.yaml')) as Record<string, unknown>;
  return {
    title: String(data.title),
    startTime: data.start_time === undefined ? '09:00' : String(data.start_time),
    episodes: Array.isArray(data.episodes) ? data.episodes.map(String) : undefined,
  };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const minutes = (value: unknown): number =>
  typeof value === 'number' ? value : Number(value ?? 0) || 0;

/** Every episode, in lesson order: the config's list if it has one, else file-name order. */
export function readEpisodes(): Episode[] {
  const config = readConfig();
  const files =
    config.episodes ??
    readdirSync(join(lessonRoot, 'episodes'))
      .filter((f) => /\.(md|Rmd)$/.test(f))
      .sort();
  return files.map((file) => {
    const { data, body } = splitFrontmatter(readText('episodes', file));
    const slug = file.replace(/\.[^.]+$/, '');
    return {
      slug,
      url: `/${slug}/`,
      title: String(data.title ?? slug),
      teaching: minutes(data.teaching),
      exercises: minutes(data.exercises),
      break: data.break === undefined ? undefined : minutes(data.break),
      start: data.start === true,
      questions: strings(data.questions),
      objectives: strings(data.objectives),
      keypoints: strings(data.keypoints),
      body,
    };
  });
}

/** Whether the lesson has a learner setup page (learners/setup.md, or setup.md for styles). */
export function hasSetupPage(): boolean {
  return (
    existsSync(join(lessonRoot, 'learners', 'setup.md')) || existsSync(join(lessonRoot, 'setup.md'))
  );
}

/**
 * Typographic punctuation as kramdown and pandoc publish it, outside code spans: apostrophes and
 * quotes curl, `--` and `---` become dashes, `...` an ellipsis.
 */
function typographic(markdown: string): string {
  return markdown
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/---/g, '\u2014')
            .replace(/--/g, '\u2013')
            .replace(/\.\.\./g, '\u2026')
            .replace(/(^|[\s([])"/g, '$1\u201c')
            .replace(/"/g, '\u201d')
            .replace(/(^|[\s([])'/g, '$1\u2018')
            .replace(/'/g, '\u2019'),
    )
    .join('');
}

/**
 * The text a reader sees for a one-line Markdown string (a question, objective or key point):
 * typographic punctuation, and code spans, emphasis and link syntax removed.
 */
export function inlineText(markdown: string): string {
  return typographic(markdown)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S.*?)[*_](?=\W|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Schedule arithmetic, written independently of src/lib/schedule.ts.

export interface ExpectedScheduleRow {
  kind: 'setup' | 'episode' | 'break' | 'finish';
  day: number;
  /** Whether this is the first row of its day (where the Day column names the day). */
  firstOfDay: boolean;
  /** Wall-clock time, `HH:MM`. */
  time: string;
  episode?: Episode;
}

export function parseClock(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) throw new Error(`start_time ${JSON.stringify(time)} is not HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatClock(minutesSinceMidnight: number): string {
  const m = ((minutesSinceMidnight % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Setup at the start time, then each episode at start time + the minutes before it (teaching +
 * exercises, or the break's minutes); an episode with `start: true` ends the day with a Finish row
 * and restarts the clock; a Finish row closes the last day.
 */
export function expectedSchedule(episodes: Episode[], startTime: string): ExpectedScheduleRow[] {
  const start = parseClock(startTime);
  const rows: ExpectedScheduleRow[] = [];
  let day = 1;
  let clock = start;
  const push = (kind: ExpectedScheduleRow['kind'], episode?: Episode) => {
    const firstOfDay = rows.length === 0 || rows[rows.length - 1]!.day !== day;
    rows.push({ kind, day, firstOfDay, time: formatClock(clock), episode });
  };
  push('setup');
  episodes.forEach((episode, index) => {
    if (episode.start && index > 0) {
      push('finish');
      day += 1;
      clock = start;
    }
    push(episode.break === undefined ? 'episode' : 'break', episode);
    clock += episode.break ?? episode.teaching + episode.exercises;
  });
  push('finish');
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Code blocks in the Markdown source (styles: fence + `{: .language-x}` / `{: .output}` IAL;
// Workbench/CommonMark: an info string on the fence), including those nested in blockquotes.

export interface SourceCodeBlock {
  kind: 'language' | 'output' | 'error' | 'plain';
  language?: string;
  /** The block's content lines, quote markers removed. */
  lines: string[];
}

const quotePrefix = /^(?:[ \t]{0,3}>[ \t]?)*/;

export function codeBlocks(markdown: string): SourceCodeBlock[] {
  const lines = markdown.split(/\r?\n/).map((line) => line.replace(quotePrefix, ''));
  const blocks: SourceCodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([\w+#.-]*)/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const info = open[2] ?? '';
    const content: string[] = [];
    let j = i + 1;
    const close = new RegExp(
      `^[ \\t]{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`,
    );
    while (j < lines.length && !close.test(lines[j]!)) content.push(lines[j++]!);
    const ial = /^\{:\s*\.([\w-]+)\s*\}\s*$/.exec(lines[j + 1] ?? '');
    const cls = ial?.[1];
    if (info) blocks.push({ kind: 'language', language: info, lines: content });
    else if (cls?.startsWith('language-'))
      blocks.push({ kind: 'language', language: cls.slice('language-'.length), lines: content });
    else if (cls === 'output') blocks.push({ kind: 'output', lines: content });
    else if (cls === 'error') blocks.push({ kind: 'error', lines: content });
    else blocks.push({ kind: 'plain', lines: content });
    i = j;
  }
  return blocks;
}

/** Liquid output tags (`{{ … }}`) the author meant to show literally: inside code blocks or `{% raw %}`. */
export function literalLiquidExpressions(markdown: string): Set<string> {
  const found = new Set<string>();
  const collect = (text: string) => {
    for (const match of text.matchAll(/\{\{.*?\}\}/g)) found.add(match[0]);
  };
  for (const block of codeBlocks(markdown)) collect(block.lines.join('\n'));
  for (const raw of markdown.matchAll(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g))
    collect(raw[1]!);
  return found;
}

/** Every Markdown source of the lesson: index, episodes, learner/instructor/extra pages. */
export function allSources(): string[] {
  const files = [join(lessonRoot, 'index.md')];
  for (const dir of ['episodes', 'learners', 'instructors', 'profiles', '_extras']) {
    const path = join(lessonRoot, dir);
    if (existsSync(path))
      files.push(
        ...readdirSync(path)
          .filter((f) => f.endsWith('.md'))
          .map((f) => join(path, f)),
      );
  }
  return files.filter((f) => existsSync(f)).map((f) => readFileSync(f, 'utf8'));
}

// ---------------------------------------------------------------------------------------------
// Built site.

/**
 * Site-relative URL of every page: those the sources imply (home, episodes, learner pages, key
 * points, 404) plus every HTML file in dist/ (`dist/a/index.html` -> `/a/`). Test files are listed
 * before globalSetup builds, so dist/ may be missing or stale at that point.
 */
export function builtPageUrls(): string[] {
  const urls: string[] = ['/', '/404.html', '/key-points/', ...readEpisodes().map((e) => e.url)];
  const learners = join(lessonRoot, 'learners');
  if (existsSync(learners))
    urls.push(
      ...readdirSync(learners)
        .filter((f) => f.endsWith('.md'))
        .map((f) => `/${f.replace(/\.md$/, '')}/`),
    );
  if (!existsSync(distDir)) return [...new Set(urls)].sort();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html') && !isRedirectPage(path)) {
        const rel = relative(distDir, path).split(sep).join('/');
        urls.push(
          basename(rel) === 'index.html' ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`,
        );
      }
    }
  };
  walk(distDir);
  return [...new Set(urls)].sort();
}

/**
 * The old addresses of pages (sandpaper's `/x.html`) are pages that only send the browser on
 * (`<meta http-equiv="refresh">`); toolchain-links.spec.ts follows them, the page specs skip them.
 */
function isRedirectPage(file: string): boolean {
  let refresh = false;
  visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
    if (node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'refresh')
      refresh = true;
  });
  return refresh;
}

/** Start recording every request the page makes (including its frames); call before goto. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** Load a page and let it settle: scroll to the end so lazy content loads too, wait for quiet. */
export async function loadFully(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
