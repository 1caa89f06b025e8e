import { toHtml } from 'hast-util-to-html';
import { expect, it } from 'vitest';
import { highlightToHast, preloadGrammars } from '../../../src/plugins/highlighter.ts';

// A file of its own: the highlighters live as long as the module, and a grammar loaded by another
// test (julia's embeds python) would hide what this one checks.
it('highlights a fence in a markdown block when the fence language runs on the other engine', async () => {
  // markdown runs on Oniguruma, python on the JavaScript engine.
  await preloadGrammars(['cpp', 'markdown', 'python']);
  const html = toHtml(
    (await highlightToHast('```python\ndef area(r):\n    return r\n```', 'markdown'))!,
  );
  expect(html).toContain('<span style="color:var(--shiki-token-keyword)">def</span>');
  expect(html).toContain('<span style="color:var(--shiki-token-function)"> area</span>');
});
