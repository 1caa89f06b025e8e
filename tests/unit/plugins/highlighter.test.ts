import { toHtml } from 'hast-util-to-html';
import { expect, it } from 'vitest';
import { highlightToHast } from '../../../src/plugins/highlighter.ts';

// Regression: the markdown and yaml grammars list the languages they embed as loaded before they
// are; a page that needed one of them first made every later bash block come out unhighlighted,
// so two builds of one lesson differed with the order pages happened to render in.
it('highlights a language the same whatever grammars were loaded before it', async () => {
  await highlightToHast('# Title\n\n```bash\nls\n```', 'markdown');
  await highlightToHast('key: value', 'yaml');
  const html = toHtml((await highlightToHast('ls -F', 'bash'))!);
  expect(html).toContain('<span style="color:var(--shiki-token-function)">ls</span>');
});
