import type { DiagnosticBag } from '../diagnostics.ts';
import type { GithubMetadata } from '../github-metadata.ts';

/** What a lesson file read through the lesson-file gate gives: its text, why not, or nothing. */
type LessonRead = { text: string } | { refused: string } | undefined;

/**
 * Jekyll's Liquid, as styles lessons use it, on a real Liquid engine (liquidjs). What only the
 * Jekyll theme or GitHub Pages provided is mapped to this generator's equivalents.
 */
export interface LiquidLesson {
  /** `site.X` variables: the lesson config plus anything the generator adds. */
  site: Record<string, unknown>;
  /**
   * Reads a lesson file (`_includes/x.html`, `_episodes/code.py`) through the lesson-file gate:
   * its text, why it may not be read (a link out of the lesson), or undefined when it does not exist.
   */
  readFile(lessonPath: string): LessonRead;
  /** Site-root URL (`/setup/`) of the page built from a source path such as `setup.md`, if any. */
  linkTo(sourcePath: string): string | undefined;
  /** Base path the site is built for (`/` or `/my-lesson/`); `relative_url` and `site.baseurl` follow it. */
  base?: string;
  /** Origin the site is built for (`https://owner.github.io`), when known; `site.url` and `absolute_url`. */
  siteUrl?: string;
  /** `site.github`, when the repository is known (see `resolveGithubMetadata`). */
  github?: GithubMetadata;
  /** Which toolchain published the lesson; decides what a message says the toolchain did. */
  format?: 'styles' | 'workbench';
}

export interface LiquidPage {
  /** `page.X`: the page's frontmatter and `root`. */
  page: Record<string, unknown>;
  /** Line of the file on which `text` starts, for diagnostics. */
  firstLine: number;
  bag: DiagnosticBag;
  /** Lesson-relative path of the page (`_episodes/01-intro.md`): `include_relative` reads beside it. */
  file?: string;
}
