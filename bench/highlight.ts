/**
 * Micro-benchmark behind bench/NOTES.md's highlighting suggestions: the same code blocks as the
 * synthetic lessons, highlighted (1) as the site does today (two themes: two tokenisations),
 * (2) with one CSS-variables theme, (3) two themes on the JavaScript regex engine,
 * (4) one CSS-variables theme on the JavaScript regex engine.
 *
 *   node bench/highlight.ts [blocks=1000]
 */
import { createCssVariablesTheme, createHighlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { bashCode, pythonCode } from './generate.ts';

const count = Number(process.argv[2] ?? 1000);
const blocks = Array.from({ length: count }, (_, i) =>
  i % 2
    ? { lang: 'python', code: pythonCode(i, i % 9).join('\n') }
    : { lang: 'bash', code: bashCode(i, i % 9).join('\n') },
);
const themes = { light: 'github-light-default', dark: 'github-dark-default' } as const;
const cssVars = createCssVariablesTheme({ name: 'css-vars', variablePrefix: '--shiki-' });

async function time(name: string, engine: 'oniguruma' | 'javascript', dual: boolean) {
  const hl = await createHighlighter({
    themes: dual ? [themes.light, themes.dark] : [cssVars],
    langs: ['bash', 'python'],
    ...(engine === 'javascript' ? { engine: createJavaScriptRegexEngine() } : {}),
  });
  const run = () => {
    let bytes = 0;
    for (const { lang, code } of blocks)
      bytes += (
        dual
          ? hl.codeToHtml(code, { lang, themes, defaultColor: 'light-dark()' })
          : hl.codeToHtml(code, { lang, theme: 'css-vars' })
      ).length;
    return bytes;
  };
  run(); // warm up the JIT and the grammars
  const started = performance.now();
  const bytes = run();
  const ms = performance.now() - started;
  console.log(
    `${name.padEnd(44)} ${(ms / count).toFixed(2)} ms/block  ${(ms / 1000).toFixed(2)} s for ${count}  ${(bytes / count / 1024).toFixed(2)} KB HTML/block`,
  );
  hl.dispose();
}

await time('two themes, oniguruma (today)', 'oniguruma', true);
await time('one css-variables theme, oniguruma', 'oniguruma', false);
await time('two themes, JavaScript engine', 'javascript', true);
await time('one css-variables theme, JavaScript engine', 'javascript', false);
