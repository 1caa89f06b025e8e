import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { matchFence } from '../../normalise/lines.ts';
import type { Rule } from '../context.ts';
import { walk } from '../mdast.ts';
import { authorPosition, inBody } from '../parse-page.ts';

const hints = {
  styles:
    'Add an attribute list such as {: .language-bash} (or {: .output}) on the line after the closing fence.',
  workbench:
    'Name the language after the opening fence, e.g. ```bash, or ```output for program output.',
};

/**
 * A fenced code block with no language is shown unhighlighted and, in styles lessons, unstyled.
 * Runs on the prepared Markdown, where a styles block's `{: .language-…}`/`{: .output}` IAL has
 * already become its info string, so output and error blocks count as labelled.
 * Indented code blocks are left alone: Markdown gives them no place for a language.
 */
export const codeLanguage: Rule = (page, context) => {
  const found: Diagnostic[] = [];
  walk(page.tree, (node) => {
    if (node.type !== 'code' || node.lang || !inBody(page, node)) return;
    const line = page.lines[(node.position?.start.line ?? 1) - 1];
    if (!line || !matchFence(line.text.replace(/^\s+/, ''))) return;
    const at = authorPosition(page, node);
    found.push(
      diagnostic({
        file: page.source.file,
        ...at,
        severity: 'warning',
        rule: 'code/no-language',
        message: 'code block has no language, so it is shown without highlighting',
        hint: hints[context.lesson.settings.format],
      }),
    );
  });
  return found;
};
