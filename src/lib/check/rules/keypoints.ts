import { calloutKind } from '../../callouts.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { EpisodeSource } from '../../lesson/types.ts';
import { calloutsOf } from '../callouts-in-tree.ts';
import { textOf } from '../mdast.ts';
import type { Rule } from '../context.ts';

const hints = {
  styles: 'List what learners should remember under "keypoints:" in the frontmatter.',
  workbench: 'Add a "::: keypoints" div with a bulleted list at the end of the episode.',
};

/**
 * Every teaching episode feeds the key points page; one with none leaves a gap there. Breaks have
 * none. Key points come from the frontmatter (styles), a lifted `::: keypoints` div (Workbench), or
 * a `{: .keypoints}` box in the body.
 */
export const episodeKeypoints: Rule = (page, context) => {
  if (page.kind !== 'episode') return [];
  const { frontmatter } = page.source as EpisodeSource;
  if (frontmatter.break !== undefined || frontmatter.layout === 'break') return [];
  if (frontmatter.keypoints.length) return [];
  // A styles episode published without its frontmatter was reported as lacking its key points.
  const { format } = context.lesson.settings;
  if (format === 'styles' && context.withoutFrontmatter.has(page.source.file)) return [];
  const boxes = calloutsOf(page.tree, (node) => textOf(node));
  if (boxes.some((c) => calloutKind(c.kind)?.lifted === 'keypoints')) return [];
  return [
    diagnostic({
      file: page.source.file,
      severity: 'warning',
      rule: 'episode/no-keypoints',
      message: 'episode has no key points, so it is missing from the key points page',
      hint: hints[format],
    }),
  ];
};
