import type { Diagnostic } from '../diagnostics.ts';
import type { Lesson } from '../lesson/types.ts';
import type { SiteMap } from '../lesson/urls.ts';
import type { CheckedPage } from './parse-page.ts';

/** What every rule may read about the whole lesson; built once per check. */
export interface CheckContext {
  lesson: Lesson;
  site: SiteMap;
  /** Published asset path without the leading slash (`fig/plot.png`) → file on disk. */
  assets: ReadonlyMap<string, string>;
  /** Checked pages by site path (`/02-filedir/`, `/` for the home page). */
  pages: ReadonlyMap<string, CheckedPage>;
  /** Ids a `#fragment` can land on in a checked page (computed once per page, on demand). */
  anchors(page: CheckedPage): ReadonlySet<string>;
  /**
   * Ids in one of the author's own HTML files (`files/slides.html`); undefined when they cannot be
   * known from the file (it runs a script, which may make them) or it cannot be read.
   */
  fileAnchors(lessonFile: string): ReadonlySet<string> | undefined;
  /** Files the loader could not read or whose frontmatter it could not parse (already reported). */
  unreadable: ReadonlySet<string>;
  /**
   * Files published without their frontmatter (none, unclosed, or unreadable, as Jekyll publishes
   * them): the warning that said so also said what they lack, so rules about frontmatter keep quiet.
   */
  withoutFrontmatter: ReadonlySet<string>;
}

/** A rule reads one prepared page and returns what it finds; it never prints or throws. */
export type Rule = (page: CheckedPage, context: CheckContext) => Diagnostic[];
