/**
 * Lessons show shell sessions as typed at a prompt (`$ ls`, continuation lines `> -l`, R's
 * `> x <- 1`); what a learner pastes must not start with the prompt. Markdown and similar
 * languages use `> ` for quotes, so for them only `$ ` is a prompt.
 */
const quoteLanguages = new Set([
  'markdown',
  'md',
  'rmd',
  'rmarkdown',
  'qmd',
  'quarto',
  'email',
  'mail',
  'text',
  'txt',
]);

/** The code to copy: leading `$ ` and `> ` prompts removed from each line. */
export function stripPrompts(code: string, language = ''): string {
  const prompt = quoteLanguages.has(language.toLowerCase()) ? /^\$ /gm : /^(?:\$|>) /gm;
  return code.replace(prompt, '');
}
