import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knitrReferenceSource } from '../verify/knitr-visible.ts';

/**
 * R Markdown episodes have no pandoc reference of their own: `pandoc-build.sh` leaves them out,
 * since sandpaper knits them with R first. Their text is Markdown all the same, so the sweep makes
 * the reference here: each body with its chunks as knitr would show their code (read lightly and
 * independently of the generator's knitr emulation, `knitrReferenceSource`), rendered by pandoc
 * with the script's own extensions, into the script's layout (`<out>/<slug>/index.html`).
 */

/** The `ext='…'` reader extensions `pandoc-build.sh` renders with, so both readings stay one. */
export function pandocExtensions(script: string): string | undefined {
  return /^ext='([^']+)'/m.exec(script)?.[1];
}

/** The body of a Markdown file as `pandoc-build.sh` gives it to pandoc: its frontmatter cut off. */
export function withoutFrontmatter(text: string): string {
  const lines = text.split('\n');
  if (!/^---/.test(lines[0] ?? '')) return text;
  const end = lines.findIndex((line, i) => i > 0 && /^---/.test(line));
  return end === -1 ? '' : lines.slice(end + 1).join('\n');
}

export interface RmdEpisode {
  /** Source file, relative to the lesson (`episodes/01-intro.Rmd`). */
  file: string;
  slug: string;
}

/**
 * Render each episode into `<out>/<slug>/index.html`; returns the episodes pandoc could not
 * render, with why. `render` is pandoc itself unless a test stands in for it.
 */
export function renderRmdReferences(
  lessonDir: string,
  episodes: readonly RmdEpisode[],
  out: string,
  extensions: string,
  render: (markdown: string) => string = (markdown) =>
    execFileSync('pandoc', ['-f', extensions, '-t', 'html5'], {
      input: markdown,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'ignore'],
      timeout: 120_000,
    }),
): string[] {
  const failed: string[] = [];
  for (const episode of episodes) {
    try {
      const body = withoutFrontmatter(readFileSync(join(lessonDir, episode.file), 'utf8'));
      const html = render(knitrReferenceSource(body.replace(/\r\n?/g, '\n')));
      mkdirSync(join(out, episode.slug), { recursive: true });
      writeFileSync(join(out, episode.slug, 'index.html'), html);
    } catch (error) {
      failed.push(`${episode.file} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return failed;
}
