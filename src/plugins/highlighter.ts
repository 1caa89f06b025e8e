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

/**
 * One highlighter per process. (One per grammar would be worse: shiki's bundled grammars are
 * shared objects that each highlighter's textmate registry annotates, so two registries compiling
 * one grammar corrupt each other's rules.)
 */
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
 * Load a grammar once; every page that needs it waits for the same load. Always through
 * `loadLanguage`: a grammar such as markdown lists the languages it embeds as loaded before they
 * are, and asking whether `bash` is loaded then wrongly says yes.
 */
function loadOnce(hl: Highlighter, grammar: BundledLanguage): Promise<void> {
  let pending = loading.get(grammar);
  if (!pending) {
    pending = hl.loadLanguage(grammar);
    loading.set(grammar, pending);
  }
  return pending;
}

/**
 * Load every grammar a lesson uses, in one fixed order, before any page is highlighted. A grammar
 * that embeds others when they are loaded (markdown's fenced code, yaml's block scalars) would
 * otherwise highlight differently depending on which pages happened to render first, and two
 * builds of one lesson would differ, cold or warm.
 */
export async function preloadGrammars(languages: Iterable<string>): Promise<void> {
  const grammars = [
    ...new Set([...languages].map(grammarFor).filter((g) => g !== undefined)),
  ].sort();
  const hl = await getHighlighter();
  for (const grammar of grammars) await loadOnce(hl, grammar);
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
  // shiki stops tokenising a line after 500 ms by default, which a busy machine reaches on a
  // grammar's first line (its regexes compile then): the same block came out with fewer tokens
  // under load, and two builds differed. 10 s never happens in practice and still stops a
  // runaway pattern rather than hanging the build.
  const root = hl.codeToHast(code, {
    lang: grammar,
    theme: cssVariablesTheme,
    tokenizeTimeLimit: 10_000,
  });
  return root.children[0];
}
