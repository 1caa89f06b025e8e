import { diagnostic } from '../../diagnostics.ts';
import type { Rule } from '../context.ts';
import { authorPosition } from '../parse-page.ts';
import { urlUses } from '../references-in-page.ts';
import { isInsecure } from '../targets.ts';

/** Link texts that say nothing about the target when read out of context (screen-reader link lists). */
const uninformative = new Set(['here', 'click here', 'link', 'this']);
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s.:!,;]+/g, ' ')
    .trim();

export const uninformativeLinkText: Rule = (page) =>
  urlUses(page)
    .filter(
      (use) =>
        use.kind === 'link' && use.text !== undefined && uninformative.has(normalise(use.text)),
    )
    .map((use) =>
      diagnostic({
        file: page.source.file,
        ...authorPosition(page, use.node),
        severity: 'warning',
        rule: 'links/uninformative-text',
        message: `link text "${use.text!.trim()}" does not say where the link goes`,
        hint: 'Use words that name the target, e.g. [the setup instructions](…), instead of "here" or "this".',
      }),
    );

/** Pages served over https must not load or link `http://` content (mixed content, interception). */
export const insecureLinks: Rule = (page) =>
  urlUses(page)
    .filter((use) => isInsecure(use.url))
    .map((use) =>
      diagnostic({
        file: page.source.file,
        ...authorPosition(page, use.node),
        severity: 'warning',
        rule: 'links/insecure',
        message: `${use.kind} "${use.url.trim()}" uses http://, which is not encrypted`,
        hint: 'Change it to https:// (check that the site answers there).',
      }),
    );
