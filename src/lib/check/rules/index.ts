import type { Rule } from '../context.ts';
import { challengeWithoutSolution } from './challenge-solution.ts';
import { codeLanguage } from './code-language.ts';
import { skippedHeadingLevels } from './headings.ts';
import { episodeKeypoints } from './keypoints.ts';
import { insecureLinks, uninformativeLinkText } from './link-text.ts';
import { brokenLinks } from './links.ts';
import { embeds } from './embeds.ts';
import { images } from './media.ts';
import { undefinedReferences } from './references.ts';

/**
 * The checker's page rules. Schema, YAML, Liquid, callout-class and fenced-div problems are not
 * here: the loader and the normalisers report them, and the checker prints what they found.
 */
export const pageRules: readonly Rule[] = [
  codeLanguage,
  skippedHeadingLevels,
  challengeWithoutSolution,
  episodeKeypoints,
  undefinedReferences,
  brokenLinks,
  images,
  uninformativeLinkText,
  insecureLinks,
  embeds,
];
