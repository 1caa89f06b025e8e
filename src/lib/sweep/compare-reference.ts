import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleId } from '../rules.ts';
import type { SweepFormat } from './discover.ts';
import { jekyllStructure } from './jekyll-structure.ts';
import { ourStructure } from './our-structure.ts';
import { pandocStructure } from './pandoc-structure.ts';
import type { Problem } from './row.ts';
import { diffStructures, type DifferenceKind } from './structure-diff.ts';

/** Spelt out so that each id is a literal the rule table's test finds in the source. */
const referenceRule = {
  callouts: 'reference/callouts',
  'code-blocks': 'reference/code-blocks',
  'code-language': 'reference/code-language',
  images: 'reference/images',
  tables: 'reference/tables',
  'heading-id': 'reference/heading-id',
} as const satisfies Record<DifferenceKind, RuleId>;

export interface EpisodePages {
  slug: string;
  /** Source file, relative to the lesson (`_episodes/02-foo.md`). */
  file: string;
  /** Our built page, absolute; undefined when it was not built (nothing-lost reports that). */
  ours?: string;
}

export interface ReferenceComparison {
  problems: Problem[];
  /** Sum of the problems' counts. */
  differences: number;
  compared: number;
  notes: string[];
}

/** The reference page of an episode: Jekyll's permalink folder (or a `.html` permalink), pandoc's folder. */
function referencePage(referenceDir: string, slug: string): string | undefined {
  return [join(referenceDir, slug, 'index.html'), join(referenceDir, `${slug}.html`)].find((p) =>
    existsSync(p),
  );
}

export interface CompareOptions {
  /** The styles config's `baseurl`, which absolute image paths in the Jekyll pages may carry. */
  jekyllBase?: string;
  /**
   * The lesson file one of our published paths comes from (`fig/x.png` → `episodes/fig/x.png` in a
   * Workbench lesson), to compare with pandoc's paths, which are read against the source file.
   */
  lessonPathOf?: (sitePath: string) => string;
}

/**
 * Compare every episode page of ours with the reference toolchain's page of the same episode, on
 * structure. An R Markdown episode's reference is its body with chunks as knitr shows their code
 * (`rmd-reference.ts`); one without a reference page is noted, not counted.
 */
export function compareWithReference(
  format: SweepFormat,
  episodes: readonly EpisodePages[],
  referenceDir: string,
  { jekyllBase = '/', lessonPathOf = (path) => path }: CompareOptions = {},
): ReferenceComparison {
  const problems: Problem[] = [];
  const rmd: string[] = [];
  const noReference: string[] = [];
  const noBody: string[] = [];
  let compared = 0;
  for (const episode of episodes) {
    if (!episode.ours) continue;
    const page = referencePage(referenceDir, episode.slug);
    if (!page) {
      if (format === 'workbench' && /\.rmd$/i.test(episode.file)) rmd.push(episode.slug);
      else noReference.push(episode.slug);
      continue;
    }
    const refHtml = readFileSync(page, 'utf8');
    const reference =
      format === 'styles'
        ? jekyllStructure(refHtml, `${jekyllBase.replace(/\/?$/, '/')}${episode.slug}/`, jekyllBase)
        : pandocStructure(refHtml, episode.file);
    const built = ourStructure(readFileSync(episode.ours, 'utf8'), `/${episode.slug}/`);
    // The sweep builds at `/`; an author's absolute `/<baseurl>/fig/x.png` was written for the
    // lesson's own base path, where Jekyll's page is read from too.
    const ownBase = jekyllBase.replace(/^\/+/, '');
    const unbased = (path: string) =>
      ownBase && path.startsWith(ownBase) ? path.slice(ownBase.length) : path;
    const ours = built && {
      ...built,
      images: built.images.map((path) =>
        format === 'workbench' ? lessonPathOf(path) : unbased(path),
      ),
    };
    if (!reference || !ours) {
      noBody.push(`${episode.slug} (${reference ? 'ours' : 'reference'})`);
      continue;
    }
    compared += 1;
    for (const d of diffStructures(reference, ours))
      problems.push({
        rule: referenceRule[d.kind],
        where: episode.file,
        what: `${episode.slug}: ${d.message}`,
        count: d.count,
        category: d.category,
        ...(d.detail ? { detail: d.detail } : {}),
      });
  }
  const notes: string[] = [];
  if (rmd.length)
    notes.push(
      `${rmd.length} R Markdown episode${rmd.length === 1 ? '' : 's'} without reference (no pandoc rendering of ${rmd.length === 1 ? 'it' : 'them'})`,
    );
  if (noReference.length) notes.push(`no reference page for ${noReference.join(', ')}`);
  if (noBody.length) notes.push(`episode body not found: ${noBody.join(', ')}`);
  return {
    problems,
    differences: problems.reduce((sum, p) => sum + (p.count ?? 1), 0),
    compared,
    notes,
  };
}
