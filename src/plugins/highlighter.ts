import {
  bundledLanguages,
  createCssVariablesTheme,
  createHighlighter,
  type BundledLanguage,
  type Highlighter,
  type LanguageRegistration,
} from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';

/**
 * One theme whose colours are CSS variables (defined in styles/code.css for light and dark), so
 * each code block is tokenised once, not once per theme: highlighting is the largest single cost
 * of a build.
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

/**
 * TextMate grammars are written for Oniguruma, the regex engine VS Code runs; shiki's JavaScript
 * engine translates their patterns to JavaScript regexes, skipping the ones it cannot translate.
 * These grammars run on that translation: on every code block of 41 real lessons it gave the same
 * tokens as Oniguruma, faster (python 2.2×, r 1.6×, bash alike), and they are most of what
 * Carpentries lessons highlight. Every other grammar runs on Oniguruma itself (WebAssembly,
 * shipped with shiki): C++ tokenised 3.5× faster there (one 22 KB block took 2 s translated), and
 * the translation dropped tokens from julia, sql and cmake blocks.
 */
const javascriptGrammars: ReadonlySet<string> = new Set(['bash', 'python', 'r']);

type Engine = 'javascript' | 'oniguruma';

/** The engine that highlights `grammar` (a name `grammarFor` returned). */
export const engineFor = (grammar: BundledLanguage): Engine =>
  javascriptGrammars.has(grammar) ? 'javascript' : 'oniguruma';

const highlighters = new Map<Engine, Promise<Highlighter>>();

/**
 * One highlighter per engine and process, made when first needed (a lesson that only shows bash
 * and python never loads the WebAssembly).
 */
function getHighlighter(engine: Engine): Promise<Highlighter> {
  let highlighter = highlighters.get(engine);
  if (!highlighter) {
    highlighter = createHighlighter({
      themes: [cssVariablesTheme],
      langs: [],
      engine:
        engine === 'javascript'
          ? createJavaScriptRegexEngine({ forgiving: true })
          : createOnigurumaEngine(import('shiki/wasm')),
    });
    highlighters.set(engine, highlighter);
  }
  return highlighter;
}

const loading = new Map<string, Promise<void>>();

/**
 * Load a grammar into one engine's highlighter once; every page that needs it waits for the same
 * load. Always through `loadLanguage`: a grammar such as markdown lists the languages it embeds
 * as loaded before they are, and asking whether `bash` is loaded then wrongly says yes.
 * The Oniguruma highlighter gets its own copy of the grammar (and of those it embeds): a
 * highlighter's textmate registry annotates the grammar objects it compiles, and shiki's bundled
 * grammars are shared objects, so two registries compiling one grammar corrupt each other's rules.
 */
function loadOnce(engine: Engine, grammar: BundledLanguage): Promise<void> {
  const key = `${engine}:${grammar}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = (async () => {
      const highlighter = await getHighlighter(engine);
      if (engine === 'javascript') return highlighter.loadLanguage(grammar);
      const { default: registrations } = (await bundledLanguages[grammar]()) as {
        default: LanguageRegistration[];
      };
      return highlighter.loadLanguage(...structuredClone(registrations));
    })();
    loading.set(key, pending);
  }
  return pending;
}

/**
 * Load every grammar a lesson uses, in one fixed order, before any page is highlighted. A grammar
 * that embeds others when they are loaded (markdown's fenced code, yaml's block scalars) would
 * otherwise highlight differently depending on which pages happened to render first, and two
 * builds of one lesson would differ, cold or warm. When any grammar runs on Oniguruma, its
 * highlighter loads all of them, so a markdown block's python fence is highlighted as python
 * there too, as it would be with one engine.
 */
export async function preloadGrammars(languages: Iterable<string>): Promise<void> {
  const grammars = [
    ...new Set([...languages].map(grammarFor).filter((g) => g !== undefined)),
  ].sort();
  if (grammars.some((g) => engineFor(g) === 'oniguruma'))
    for (const grammar of grammars) await loadOnce('oniguruma', grammar);
  for (const grammar of grammars)
    if (engineFor(grammar) === 'javascript') await loadOnce('javascript', grammar);
}

export function grammarFor(lang: string): BundledLanguage | undefined {
  const name = (aliases[lang.toLowerCase()] ?? lang.toLowerCase()) as BundledLanguage;
  return name in bundledLanguages ? name : undefined;
}

/** Highlight `code` as `lang`, or return undefined when no grammar exists for it. */
export async function highlightToHast(code: string, lang: string) {
  const grammar = grammarFor(lang);
  if (!grammar) return undefined;
  const engine = engineFor(grammar);
  await loadOnce(engine, grammar);
  const highlighter = await getHighlighter(engine);
  // shiki stops tokenising a line after 500 ms by default, which a busy machine reaches on a
  // grammar's first line (its regexes compile then): the same block came out with fewer tokens
  // under load, and two builds differed. 10 s never happens in practice and still stops a
  // runaway pattern rather than hanging the build.
  const root = highlighter.codeToHast(code, {
    lang: grammar,
    theme: cssVariablesTheme,
    tokenizeTimeLimit: 10_000,
  });
  return root.children[0];
}
