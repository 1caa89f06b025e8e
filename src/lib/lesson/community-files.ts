import { viewUrl } from '../edit-url.ts';
import { isLessonFile } from './lesson-files.ts';

/**
 * Where a footer link of the lesson points: one of its own pages (by slug, so each view links
 * its own copy), a page of its repository, or a file the site publishes as it is.
 */
export type LessonLinkTarget =
  | { slug: string }
  | { url: string }
  | { /** Site path under the base, such as `CITATION`. */ path: string };

/** The files Carpentries lessons keep beside their episodes, which the footer links to. */
export interface CommunityLinks {
  license?: LessonLinkTarget;
  citation?: LessonLinkTarget;
  codeOfConduct?: LessonLinkTarget;
  contributing?: LessonLinkTarget;
}

/** Candidate files of each link, in the order both templates look for them. */
const candidates: Record<keyof CommunityLinks, readonly string[]> = {
  license: ['LICENSE.md', 'LICENSE'],
  citation: ['CITATION.cff', 'CITATION', 'CITATION.md'],
  codeOfConduct: ['CODE_OF_CONDUCT.md'],
  contributing: ['CONTRIBUTING.md'],
};

export interface CommunityLinkInput {
  dir: string;
  /** Repository URL (`source:`, or styles' `repository:`), for files the site does not publish. */
  source?: string;
  branch: string;
  /** Lesson-relative source file → slug of every published page. */
  pageOf: ReadonlyMap<string, string>;
  /** Site paths the build copies from the lesson as they are (a styles lesson's `CITATION`). */
  assets: ReadonlySet<string>;
}

/**
 * The licence, citation, code of conduct and contributing guide of a lesson, each linked where
 * a reader can open it: its page when the lesson publishes it as one (a styles `LICENSE.md`, a
 * Workbench `CODE_OF_CONDUCT.md`), else the file in the repository, else the file as the site
 * publishes it; a file the lesson does not have gets no link. Files are looked up through the
 * lesson-file gate, so a link out of the lesson never counts.
 */
export function communityLinks(input: CommunityLinkInput): CommunityLinks {
  const links: CommunityLinks = {};
  for (const [key, files] of Object.entries(candidates) as [keyof CommunityLinks, string[]][]) {
    for (const file of files) {
      const target = targetOf(file, input);
      if (target) {
        links[key] = target;
        break;
      }
    }
  }
  return links;
}

function targetOf(file: string, input: CommunityLinkInput): LessonLinkTarget | undefined {
  const slug = input.pageOf.get(file);
  if (slug) return { slug };
  if (!isLessonFile(input.dir, file)) return undefined;
  const repository = viewUrl(input.source, input.branch, file);
  if (repository) return { url: repository };
  return input.assets.has(file) ? { path: file } : undefined;
}
