import { bundledLanguages, createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';

export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Info strings lessons write that name a grammar under another name. */
const aliases: Record<string, string> = { sh: 'bash', shell: 'bash', console: 'bash', py: 'python', yml: 'yaml', 'c++': 'cpp', rscript: 'r' };

let highlighter: Promise<Highlighter> | undefined;

/** One highlighter per process; grammars load the first time a lesson uses them. */
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: [codeThemes.light, codeThemes.dark], langs: [] });
  return highlighter;
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
  if (!hl.getLoadedLanguages().includes(grammar)) await hl.loadLanguage(grammar);
  const root = hl.codeToHast(code, { lang: grammar, themes: codeThemes, defaultColor: 'light-dark()' });
  return root.children[0];
}
