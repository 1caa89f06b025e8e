import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { engineFor, grammarFor, highlightToHast } from '../../../src/plugins/highlighter.ts';

// Regression: the markdown and yaml grammars list the languages they embed as loaded before they
// are; a page that needed one of them first made every later bash block come out unhighlighted,
// so two builds of one lesson differed with the order pages happened to render in.
it('highlights a language the same whatever grammars were loaded before it', async () => {
  await highlightToHast('# Title\n\n```bash\nls\n```', 'markdown');
  await highlightToHast('key: value', 'yaml');
  const html = toHtml((await highlightToHast('ls -F', 'bash'))!);
  expect(html).toContain('<span style="color:var(--shiki-token-function)">ls</span>');
});

const tokens = async (code: string, lang: string) => toHtml((await highlightToHast(code, lang))!);
const token = (kind: string, text: string) =>
  `<span style="color:var(--shiki-token-${kind})">${text}</span>`;

describe('which regex engine runs a grammar', () => {
  it.each([
    ['bash', 'javascript'],
    ['python', 'javascript'],
    ['r', 'javascript'],
    ['cpp', 'oniguruma'],
    ['sql', 'oniguruma'],
    ['julia', 'oniguruma'],
    ['markdown', 'oniguruma'],
  ] as const)('%s runs on %s', (lang, engine) => {
    expect(engineFor(grammarFor(lang)!)).toBe(engine);
  });

  // The JavaScript translation of the julia grammar splits a number from its unit (`2` `π`).
  it('tokenises julia as Oniguruma tokenises it', async () => {
    expect(await tokens('x = -2π:0.01:2π', 'julia')).toContain(token('constant', '2π'));
  });

  it('highlights a language on both engines in one process', async () => {
    expect(await tokens('for (int i = 0; i < n; ++i) {}', 'cpp')).toContain(
      token('keyword', 'for'),
    );
    expect(await tokens('for i in range(3): pass', 'python')).toContain(token('keyword', 'for'));
  });
});
