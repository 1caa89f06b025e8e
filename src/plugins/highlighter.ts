import {
  bundledLanguages,
  createCssVariablesTheme,
  createHighlighter,
  type BundledLanguage,
  type Highlighter,
} from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/**
 * One theme whose colours are CSS variables (defined in styles/code.css for light and dark), so
 * each code block is tokenised once, not once per theme: highlighting is the largest single cost
 * of a build. The JavaScript regex engine avoids loading the Oniguruma WebAssembly and is faster.
 */
const cssVariablesTheme = createCssVariablesTheme({
  name: 'lesson-css-variables',
  variablePrefix: '--shiki-',
});

/** Info strings lessons write that name a grammar under another name. */
const aliases: Record<string, string> = {
  sh: 'bash',
  shell: 'bash',
  console: 'bash',
  py: 'python',
  yml: 'yaml',
  'c++': 'cpp',
  rscript: 'r',
};

let highlighter: Promise<Highlighter> | undefined;

/** One highlighter per process; grammars load the first time a lesson uses them. */
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: [cssVariablesTheme],
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

const loading = new Map<BundledLanguage, Promise<void>>();

/**
 * Pages render concurrently: every page that needs a grammar waits for the same load, so none
 * highlights with a grammar whose embedded languages are still loading (which made two builds of
 * one lesson differ under load).
 */
function loadOnce(hl: Highlighter, grammar: BundledLanguage): Promise<void> {
  let pending = loading.get(grammar);
  if (!pending) {
    pending = hl.getLoadedLanguages().includes(grammar)
      ? Promise.resolve()
      : hl.loadLanguage(grammar);
    loading.set(grammar, pending);
  }
  return pending;
}

export function grammarFor(lang: string): BundledLanguage | undefined {
  const name = (aliases[lang.toLowerCase()] ?? lang.toLowerCase()) as BundledLanguage;
  return name in bundledLanguages ? name : undefined;
}

/** Highlight `code` as `lang`, or return undefined when no grammar exists for it. */
export async function highlightToHast(code: string, lang: string) {
  const grammar = grammarFor(lang);
  if (!grammar) return undefined;
  const hl = await getHighlighter();
  await loadOnce(hl, grammar);
  // shiki stops tokenising a line after 500 ms by default, which a loaded machine reaches on a
  // grammar's first line (its regexes compile then): the same block came out with fewer tokens
  // under load. 10 s still stops a runaway pattern.
  const root = hl.codeToHast(code, {
    lang: grammar,
    theme: cssVariablesTheme,
    tokenizeTimeLimit: 10_000,
  });
  return root.children[0];
}
