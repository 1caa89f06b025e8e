/**
 * The code languages a page's source may ask to be highlighted in, read loosely from its text:
 * every word of a code fence's info string (```` ```bash ````, ```` ```{r, lang="python"} ````,
 * ```` ``` {.python} ````, fences inside blockquotes and lists too), every kramdown class
 * `.language-x`, and every Liquid `{% highlight x %}`.
 *
 * Loose on purpose: a word that names no grammar (`echo`, `output`) costs nothing, while a
 * language missed here would be loaded only when a page first needs it, and a grammar that embeds
 * others (markdown's fenced code) would then highlight differently depending on which pages
 * rendered before it. The renderer loads this set, sorted, before it renders any page.
 */
export function codeLanguagesOf(text: string): Set<string> {
  const languages = new Set<string>();
  const add = (word: string) => languages.add(word.toLowerCase());
  for (const match of text.matchAll(fenceOpener))
    for (const [word] of match[1]!.matchAll(words)) add(word);
  for (const match of text.matchAll(languageClass)) add(match[1]!);
  for (const match of text.matchAll(liquidHighlight)) add(match[1]!);
  return languages;
}

/** A line that opens a fence after any blockquote marks, list markers and indentation. */
const fenceOpener = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(?:`{3,}|~{3,})([^`\n]*)$/gm;
const words = /[A-Za-z][\w+#-]*/g;
const languageClass = /\blanguage-([\w+#-]+)/g;
const liquidHighlight = /\{%-?\s*highlight\s+([\w+#-]+)/g;
