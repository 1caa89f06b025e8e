import type { Diagnostic } from '../diagnostics.ts';
import type { EpisodeFrontmatter, EpisodeOverview, PageFrontmatter } from '../schemas/episode.ts';

/** `styles`: the Jekyll template (`_episodes/`, `_config.yml`); `workbench`: sandpaper (`episodes/`, `config.yaml`). */
export type LessonFormat = 'styles' | 'workbench';

/**
 * `source`: the lesson's own files. `md-outputs`: sandpaper's built Markdown of a Workbench lesson
 * (one flat folder and md5sum.txt), published from as if it were the source.
 */
export type LessonLayout = 'source' | 'md-outputs';

/** Where a page's source lives, which decides its menu and its view. */
export type PageSection = 'home' | 'top' | 'extras' | 'learners' | 'instructors' | 'profiles';

export interface LessonSettings {
  format: LessonFormat;
  /** How the folder holds the lesson; `source` unless it is sandpaper's md-outputs. */
  layout?: LessonLayout;
  /** Absolute path of the lesson folder. */
  dir: string;
  /** Config file relative to `dir` (`config.yaml` or `_config.yml`), or undefined when absent. */
  configFile?: string;
  title: string;
  carpentry?: string;
  lifeCycle?: string;
  /** Minutes since midnight of the first episode. */
  startMinutes: number;
  contact?: string;
  /** Repository URL for "edit this page". */
  source?: string;
  branch: string;
  /** Published URL. */
  url?: string;
  /** The lesson's language as the config writes it (`es`, `pt_BR`); `i18n/resolveLanguage` reads it. */
  lang?: string;
  /** Explicit episode order (file names) from the config, if any. */
  episodeOrder?: string[];
  /** `site.X` for Liquid: every config key, plus derived `repo_url` and `source_branch`. */
  siteVariables: Record<string, unknown>;
}

/** A source file as found on disk, before parsing. */
export interface SourceFile {
  /** URL segment: `01-introduction`, `setup`; `index` for the home page. */
  slug: string;
  /** Path relative to the lesson folder, with forward slashes. */
  file: string;
  text: string;
}

export interface EpisodeSource extends SourceFile {
  frontmatter: EpisodeFrontmatter;
  body: string;
  bodyLine: number;
}

export interface PageSource extends SourceFile {
  section: PageSection;
  frontmatter: PageFrontmatter;
  /** A styles page in Jekyll's episode layout (`layout: episode`): its overview and key points. */
  overview?: EpisodeOverview;
  title: string;
  body: string;
  bodyLine: number;
}

export interface Lesson {
  settings: LessonSettings;
  episodes: EpisodeSource[];
  pages: PageSource[];
  /** Shared reference-link definitions (`links.md` or `_includes/links.md`), if the lesson has them. */
  links?: { file: string; text: string };
  diagnostics: Diagnostic[];
}
