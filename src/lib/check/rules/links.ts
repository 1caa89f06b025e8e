import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import type { RuleWith } from '../../rules.ts';
import { didYouMean } from '../../did-you-mean.ts';
import type { Rule } from '../context.ts';
import { authorPosition } from '../parse-page.ts';
import { urlUses } from '../references-in-page.ts';
import { lookedFor, resolveTarget } from '../targets.ts';

/**
 * Internal links must lead to a page or file the build publishes, and `#anchors` to an id on that
 * page. Links are resolved by the build's own resolver, after Liquid, so `{{ page.root }}/x/`,
 * `../x/index.html`, `x.md` and `../learners/x.md#id` are read exactly as the site will be.
 */
export const brokenLinks: Rule = (page, context) => {
  const found: Diagnostic[] = [];
  for (const use of urlUses(page)) {
    if (use.kind !== 'link') continue;
    const target = resolveTarget(use.url, page, context);
    const report = (rule: RuleWith<'error'>, message: string, hint: string) =>
      found.push(
        diagnostic({
          file: page.source.file,
          ...authorPosition(page, use.node),
          severity: 'error',
          rule,
          message,
          hint,
        }),
      );
    if (target.kind === 'outside') {
      report(
        'links/broken',
        `link "${use.url}" points outside the lesson folder`,
        'Link to the published page with a full https:// URL instead.',
      );
    } else if (target.kind === 'asset' && !target.exists) {
      report(
        'links/broken',
        `link "${use.url}" points to a page or file that does not exist in the lesson`,
        `Check the spelling and the folder${lookedFor(target)}, or add the missing file.`,
      );
    } else if (
      target.kind === 'asset' &&
      target.fragment &&
      target.lessonFile &&
      /\.html?$/i.test(target.lessonFile)
    ) {
      const ids = context.fileAnchors(target.lessonFile);
      if (!ids || ids.has(target.fragment) || target.fragment.toLowerCase() === 'top') continue;
      const guess = didYouMean(target.fragment, [...ids]);
      report(
        'links/missing-anchor',
        `link "${use.url}" points to #${target.fragment}, but ${target.lessonFile} has no element with that id`,
        guess
          ? `Did you mean #${guess}?`
          : `Link to an element of ${target.lessonFile} that has an id, or give one that id.`,
      );
    } else if (
      target.kind === 'page' &&
      target.page &&
      target.fragment &&
      target.fragment.toLowerCase() !== 'top'
    ) {
      const ids = context.anchors(target.page);
      if (ids.has(target.fragment)) continue;
      const guess = didYouMean(target.fragment, [...ids]);
      const where = target.page === page ? 'this page' : target.page.source.file;
      report(
        'links/missing-anchor',
        `link "${use.url}" points to #${target.fragment}, but ${where} has no heading or anchor with that id`,
        guess
          ? `Did you mean #${guess}?`
          : `Link to an existing heading, or give the target an id: ## Title {#${target.fragment}}.`,
      );
    }
  }
  return found;
};
