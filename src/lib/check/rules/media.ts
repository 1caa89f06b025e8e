import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import type { Rule } from '../context.ts';
import { authorPosition } from '../parse-page.ts';
import { urlUses } from '../references-in-page.ts';
import { lookedFor, resolveTarget } from '../targets.ts';

const altHints = {
  styles: 'Describe the image between the brackets: ![A plot of … ](path).',
  workbench: "Describe the image in an alt attribute: ![caption](path){alt='A plot of …'}.",
};

/** Local images must exist in the lesson; every image needs alt text for readers who cannot see it. */
export const images: Rule = (page, context) => {
  const found: Diagnostic[] = [];
  for (const use of urlUses(page)) {
    if (use.kind !== 'image') continue;
    const at = authorPosition(page, use.node);
    const target = resolveTarget(use.url, page, context);
    if (
      target.kind === 'outside' ||
      (target.kind === 'asset' && !target.exists) ||
      (target.kind === 'page' && !use.url.startsWith('#'))
    ) {
      found.push(
        diagnostic({
          file: page.source.file,
          ...at,
          severity: 'error',
          rule: 'images/missing',
          message: `image "${use.url}" does not exist in the lesson`,
          hint: `Check the spelling and the folder${lookedFor(target)}, or add the image file.`,
        }),
      );
    }
    if (!use.text?.trim()) {
      found.push(
        diagnostic({
          file: page.source.file,
          ...at,
          severity: 'warning',
          rule: 'images/missing-alt',
          message: `image "${use.url}" has no alt text, so screen readers cannot describe it`,
          hint: altHints[context.lesson.settings.format],
        }),
      );
    }
  }
  return found;
};
