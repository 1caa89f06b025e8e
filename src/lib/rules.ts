import type { Severity } from './diagnostics.ts';

/**
 * Every rule id the build, the checker, the verifier and the sweep can report, once each, with its
 * default severity, what it means to an author and the general fix. A diagnostic's `rule` is typed
 * as a key of this table, so a typo'd or unregistered id is a compile error; the table itself is
 * tested as a whole (tests/unit/lib/rules.test.ts) and printed for authors as docs/diagnostics.md
 * (`npm run docs:rules`). The message of each diagnostic says the particulars (file, line, what was
 * expected and found); the summary here says what the rule is about in general.
 */
export interface RuleInfo {
  /** The severity it is reported with. */
  severity: Severity;
  /**
   * Every severity its call sites use, the default first, when some call site deliberately uses
   * another (an unlisted page is a notice in a Workbench lesson, a warning in a styles lesson).
   */
  severities?: readonly [Severity, ...Severity[]];
  /** One sentence an author understands: what was found and what the build does with it. */
  summary: string;
  /** The general fix; the diagnostic's own hint is specific to the case. */
  hint?: string;
}

export const rules = {
  'attributes/after-reference': {
    severity: 'warning',
    summary:
      'Attributes follow a reference-style link or image; pandoc ignores them and shows them as text, this build applies them.',
    hint: 'Put the attributes on the reference definition instead: `[label]: url {…}`.',
  },
  'attributes/malformed': {
    severity: 'warning',
    summary:
      'An attribute list after a link, image or span is malformed (an unclosed quote, for instance); pandoc shows it as text, this build repairs and applies it.',
    hint: 'Close every quote; write a value that contains an apostrophe in double quotes.',
  },
  'attributes/nothing-to-attach': {
    severity: 'warning',
    summary:
      'An attribute list (`{: .class}` or `{.class}`) has no block, image or link to style, so it is dropped.',
    hint: 'Put it on the line right after the block it styles, or right after the image or link with no space.',
  },
  'attributes/unreadable': {
    severity: 'warning',
    summary: 'An attribute list after a link, image or span cannot be read, so it shows as text.',
    hint: 'Write it as `{#id}`, `{.class}` or `{key="value"}`; quote values that contain spaces.',
  },
  'build/failed': {
    severity: 'error',
    summary:
      "A sweep lesson's build failed; the sweep reports the build's error diagnostics, or the last lines of its log when it printed none.",
    hint: 'Read the build log the report names.',
  },
  'build/timeout': {
    severity: 'error',
    summary: "A sweep lesson's build took longer than the sweep's time limit and was stopped.",
    hint: 'Find the page that is slow to build; the time limit is a sweep setting.',
  },
  'callout/challenge-without-solution': {
    severity: 'warning',
    summary:
      'A challenge (or another callout that expects an answer) has no solution inside it, so learners cannot check their answer.',
    hint: 'Add a solution callout inside the challenge.',
  },
  'callout/unknown-kind': {
    severity: 'warning',
    summary: 'A callout kind that neither toolchain knows; it is rendered as a plain box.',
    hint: 'Use one of the callout kinds listed in the author’s guide; the message suggests the closest.',
  },
  'check/internal': {
    severity: 'error',
    summary: 'The checker itself failed on a file; the other files are still checked.',
    hint: 'This is a bug in the checker; please report it with the file.',
  },
  'code/no-language': {
    severity: 'warning',
    summary: 'A code block names no language, so it is shown without highlighting.',
    hint: 'Name the language after the opening fence, as in ` ```python `.',
  },
  'code/unclosed-fence': {
    severity: 'warning',
    summary:
      'A code fence is never closed; kramdown and pandoc then read no code block but a paragraph of text, and the Markdown after it as usual, and so does this build.',
    hint: 'Close the block with a line of the same fence characters, at least as many as open it.',
  },
  'code/unreadable-fence': {
    severity: 'warning',
    summary:
      'Pandoc cannot read the info string of a code fence, so the text up to the closing fence is inline code, as it was on the Workbench site.',
    hint: 'Name the language alone or as pandoc attributes; a knitr chunk header stays on one line.',
  },
  'config/coerced': {
    severity: 'warning',
    summary:
      'A config value is not of the expected kind but the lesson’s toolchain still read it; it is read the same way here.',
    hint: 'Write the value as the message says it is expected.',
  },
  'config/lang-invalid': {
    severity: 'warning',
    summary:
      "The config's `lang:` is not a language code, so the interface is in English and pages are marked as English.",
    hint: 'Write a BCP 47 language tag, such as `es` or `pt-BR`.',
  },
  'config/lang-untranslated': {
    severity: 'notice',
    summary:
      "The lesson's language has no interface translation yet, so menus and buttons are in English; the lesson's own text is unaffected.",
    hint: 'Translate the interface as docs/i18n.md describes.',
  },
  'config/missing': {
    severity: 'warning',
    summary: 'The lesson has no config file, so a default title and start time are used.',
    hint: 'Create `config.yaml` (Workbench) or `_config.yml` (styles) with at least a title.',
  },
  'config/missing-file': {
    severity: 'warning',
    summary: 'The config lists an episode or page that does not exist; it is skipped.',
    hint: 'Create the file or remove it from the list.',
  },
  'config/no-title': {
    severity: 'warning',
    summary: 'The config gives no lesson title, so the header shows a default one.',
    hint: 'Add a line such as `title: "My lesson"` to the config.',
  },
  'config/not-a-mapping': {
    severity: 'error',
    summary: 'The config file is a list or plain text instead of `key: value` lines.',
    hint: 'Write the config as `key: value` lines.',
  },
  'config/schema': {
    severity: 'error',
    summary:
      'A config value cannot be read as the kind of value its key expects, in any way the lesson’s toolchain would have read it.',
    hint: 'Write the value as the message says it is expected, or remove the key.',
  },
  'config/unknown-key': {
    severity: 'warning',
    severities: ['warning', 'notice'],
    summary:
      'The Workbench config has a key this generator does not read: a warning when it looks like a misspelt known key, otherwise a notice (sandpaper ignores it too).',
    hint: 'Fix the spelling (the message suggests the closest known key) or remove the key.',
  },
  'config/unlisted-file': {
    severity: 'warning',
    severities: ['warning', 'notice'],
    summary:
      'An episode or page is not listed in the config: a styles lesson publishes it after the listed ones, as Jekyll did (a warning); a Workbench lesson leaves it out, as a draft (a notice).',
    hint: 'List the file in the config where it belongs in the lesson.',
  },
  'data/syntax': {
    severity: 'warning',
    summary:
      'A file in `_data/` cannot be read as YAML, JSON, CSV or TSV, so `site.data` leaves it out.',
    hint: 'Fix the syntax of the file (YAML, JSON, CSV or TSV, by its extension).',
  },
  'divs/lifted-not-a-list': {
    severity: 'warning',
    summary:
      'A questions, objectives or keypoints div holds text that is not a list item; it is shown as an item of its own.',
    hint: 'Start each item with `- `.',
  },
  'divs/lifted-outside-episode': {
    severity: 'warning',
    summary:
      'A page other than an episode has questions, objectives or keypoints divs; they are not shown there.',
    hint: 'Move them into an episode or write them as a plain list.',
  },
  'divs/stray-close': {
    severity: 'warning',
    summary: 'A closing fence (`:::`) closes no open div; the line is dropped.',
    hint: 'Remove the line, or add the opening fence it was meant to close.',
  },
  'divs/unclosed': {
    severity: 'warning',
    summary: 'A fenced div is never closed, so it is closed at the end of the file.',
    hint: 'Add a line of colons (`:::`) where the div ends.',
  },
  'embeds/click-to-load': {
    severity: 'notice',
    summary:
      'An embedded video or frame from another site is shown as a click-to-load placeholder: nothing is requested from that site until the learner presses play.',
    hint: 'Give the frame a `title` naming what it shows; add a poster image to the lesson for a picture on the placeholder.',
  },
  'embeds/dropped': {
    severity: 'notice',
    summary:
      'A script, stylesheet, tracking pixel, frame or video poster that would load from another site when the page opens is not published.',
    hint: 'Link to the content instead, or save what the page needs in the lesson.',
  },
  'embeds/no-autoplay': {
    severity: 'notice',
    summary:
      'A video set to autoplay is published without autoplay or preloading: it plays when the learner presses play.',
    hint: 'Remove `autoplay`; a lesson video waits for the learner.',
  },
  'embeds/poster': {
    severity: 'warning',
    summary:
      'The poster image named for a click-to-load video cannot be used (it is missing or not a lesson image), so the placeholder has no picture.',
    hint: 'Save the image in the lesson and name it in `data-poster`, relative to the page.',
  },
  'episode/no-keypoints': {
    severity: 'warning',
    summary: 'An episode has no key points, so it is missing from the key points page.',
    hint: 'Add `keypoints:` to the frontmatter (styles) or a `::: keypoints` div (Workbench).',
  },
  'files/dangling': {
    severity: 'warning',
    summary: 'A symbolic link in the lesson points at nothing; it is skipped.',
    hint: 'Remove the link or point it at a file in the lesson.',
  },
  'files/hidden': {
    severity: 'warning',
    summary:
      'A symbolic link leads into a hidden folder or file (such as `.git`); it is not published.',
    hint: 'Copy what a page needs into the lesson instead.',
  },
  'files/loop': {
    severity: 'warning',
    summary: 'A symbolic link leads, through other links, back to itself; it is skipped.',
    hint: 'Remove the link.',
  },
  'files/not-a-file': {
    severity: 'warning',
    summary:
      'The lesson folder holds something that is not a regular file (a device, socket or pipe); it is skipped.',
    hint: 'Remove it from the lesson folder.',
  },
  'files/outside': {
    severity: 'warning',
    summary: 'A symbolic link leads outside the lesson folder; it is not published.',
    hint: 'Copy the file into the lesson instead of linking to it.',
  },
  'files/unreadable': {
    severity: 'warning',
    summary: 'A file or folder in the lesson cannot be read; it is skipped.',
    hint: 'Check the file permissions.',
  },
  'frontmatter/coerced': {
    severity: 'warning',
    summary:
      'A frontmatter value is not of the expected kind but the lesson’s toolchain still read it; it is read the same way here.',
    hint: 'Write the value as the message says it is expected.',
  },
  'frontmatter/empty-item': {
    severity: 'warning',
    summary: 'A frontmatter list has an empty item; it is dropped.',
    hint: 'Delete the empty `- ` line.',
  },
  'frontmatter/missing': {
    severity: 'warning',
    summary:
      'An episode has no frontmatter block between `---` lines at its top, so it is shown as an episode titled after its file name, as both toolchains publish such a file (Jekyll copies it unrendered, outside the lesson; sandpaper builds it untitled).',
    hint: 'Add `---`, `title: …`, `---` at the top of the file.',
  },
  'frontmatter/no-title': {
    severity: 'warning',
    summary: 'An episode has no title, so it is titled after its file name.',
    hint: 'Add a line such as `title: "Creating a cluster"` to the frontmatter.',
  },
  'frontmatter/not-a-mapping': {
    severity: 'error',
    severities: ['error', 'warning'],
    summary:
      'The frontmatter is a list or plain text instead of `key: value` lines: a styles page is published without it, as Jekyll publishes it (a warning), where sandpaper stops (an error).',
    hint: 'Write the frontmatter as `key: value` lines between the `---` markers.',
  },
  'frontmatter/schema': {
    severity: 'error',
    summary:
      'A frontmatter value cannot be read as the kind of value its key expects, in any way the lesson’s toolchain would have read it.',
    hint: 'Write the value as the message says it is expected, or remove the key.',
  },
  'frontmatter/unclosed': {
    severity: 'error',
    severities: ['error', 'warning'],
    summary:
      'A file starts with `---` but no later `---` line closes the frontmatter, so the file has none and its text is shown as written: Jekyll publishes such a file unrendered (a warning), where sandpaper never finds the block’s end (an error).',
    hint: 'Add a line `---` after the last frontmatter line.',
  },
  'frontmatter/unknown-key': {
    severity: 'warning',
    severities: ['warning', 'notice'],
    summary:
      'The frontmatter has a key this generator does not read: a warning when it looks like a misspelt known key (`keypoint:`); otherwise a notice in a Workbench lesson and nothing in a styles one, where such keys are page variables for Liquid.',
    hint: 'Fix the spelling (the message suggests the closest known key) or remove the key.',
  },
  'headings/skipped-level': {
    severity: 'warning',
    summary:
      'A heading skips a level (a level 4 right after a level 2), which leaves a gap in the outline screen readers navigate by.',
    hint: 'Use the next level down.',
  },
  'images/missing': {
    severity: 'error',
    severities: ['error', 'warning'],
    summary:
      'An image names a file that does not exist in the lesson: an error in the check, and a warning in the build, which publishes the page with the image broken, as Jekyll and sandpaper did.',
    hint: 'Check the spelling and the folder, or add the image file.',
  },
  'images/missing-alt': {
    severity: 'warning',
    summary: 'An image has no alt text, so screen readers cannot describe it.',
    hint: 'Describe the image in the brackets: `![A plot of …](fig/plot.png)`.',
  },
  'kramdown/ial-without-dot': {
    severity: 'warning',
    summary:
      'A kramdown attribute list names a class without its dot (`{: challenge}`); it is read as that class.',
    hint: 'Write the dot: `{: .challenge}`.',
  },
  'kramdown/table-without-header': {
    severity: 'notice',
    summary:
      'A table has no separator line under its first row, so kramdown showed it without a header; here it gets an empty header row.',
    hint: 'To make the first row the header, add a separator line such as `\|---\|---\|` under it.',
  },
  'kramdown/unclosed-extension': {
    severity: 'warning',
    summary:
      'A kramdown extension (`{::comment}`, `{::nomarkdown}`) is never closed, so it is shown as text, as kramdown shows it.',
    hint: 'Close it with `{:/comment}` (or `{:/}`) where it ends.',
  },
  'kramdown/unclosed-html': {
    severity: 'warning',
    summary:
      'An HTML element in a styles page is never closed, so kramdown takes the rest of the page (or of the quote or list item holding it) as its content (raw HTML, its Markdown shown as written, unless the element says markdown="1"); so does this build.',
    hint: 'Add the end tag where the element ends; a blank line does not end an HTML element in kramdown.',
  },
  'lesson/duplicate-slug': {
    severity: 'warning',
    summary:
      'Two source files would be published at the same address, where the toolchain keeps only the last one written: the first keeps it, the other is published beside it.',
    hint: 'Rename one of the files, so each has an address of its own.',
  },
  'lesson/not-found': {
    severity: 'error',
    summary:
      'The folder given holds no lesson: no `episodes/` (Workbench) or `_episodes/` (styles).',
    hint: 'Point `LESSON_DIR` (or the command’s folder argument) at the folder that contains the lesson.',
  },
  'lesson/reserved-slug': {
    severity: 'warning',
    summary:
      'A page would be published at an address the generator builds itself (such as the key points page), so it is not published.',
    hint: 'Rename the file to publish it under its own name.',
  },
  'lesson/stale-markdown': {
    severity: 'notice',
    summary:
      'A Markdown file sits next to an R Markdown file of the same name, which is the page’s source, so the Markdown copy is not published.',
    hint: 'Delete the Markdown file if it is a knitted copy.',
  },
  'links/broken': {
    severity: 'error',
    severities: ['error', 'warning'],
    summary:
      'A link points to a page or file that does not exist in the lesson, or outside it: an error in the check, and a warning in the build (for a missing page or file), which publishes the page as Jekyll and sandpaper did.',
    hint: 'Check the spelling and the folder, or add the missing file.',
  },
  'links/insecure': {
    severity: 'warning',
    summary: 'A link or image uses `http://`, which is not encrypted.',
    hint: 'Change it to `https://` (check that the site answers there).',
  },
  'links/invalid-url': {
    severity: 'error',
    summary: 'A link in the built site is not a valid URL.',
    hint: 'Fix the link in the source page.',
  },
  'links/missing-anchor': {
    severity: 'error',
    summary: 'A link points to `#id` on a page that has no element with that id.',
    hint: 'Link to an existing heading, or give the target that id: `## Title {#id}`.',
  },
  'links/missing-target': {
    severity: 'error',
    summary: 'A link in the built site points at a page or file the build did not write.',
    hint: 'Fix the link, or make sure the file is part of the lesson.',
  },
  'links/outside-base': {
    severity: 'error',
    summary: "A link in the built site leaves the site's base path.",
    hint: 'Write links relative to the page, or starting with the base path.',
  },
  'links/space-in-url': {
    severity: 'warning',
    summary:
      'A link or image address holds a space, which kramdown and pandoc read as part of the address but CommonMark tools (GitHub’s preview) do not; it is read with the space written %20.',
    hint: 'Write each space as %20, or rename the file without spaces.',
  },
  'links/undefined-reference': {
    severity: 'error',
    summary:
      'A reference-style link (`[text][name]`) names a reference defined neither in the page nor in the shared links file, so it shows as text.',
    hint: 'Add `[name]: https://…` to the page or the links file, or correct the name.',
  },
  'links/uninformative-text': {
    severity: 'warning',
    summary:
      'A link’s text (such as “here”) does not say where it goes, which is all a screen reader’s list of links shows.',
    hint: 'Use words that name the target: `[the setup instructions](…)`.',
  },
  'liquid/include-failed': {
    severity: 'warning',
    summary: 'Liquid failed in an included file; the include is dropped.',
    hint: 'Fix the Liquid in the included file.',
  },
  'liquid/include-loop': {
    severity: 'warning',
    summary:
      'Includes are nested too deep, most likely a file that includes itself; the include is dropped.',
    hint: 'Remove the include that leads back to a file already included.',
  },
  'liquid/include-syntax': {
    severity: 'warning',
    summary: 'An `{% include %}` tag names no file; it is dropped.',
    hint: 'Write the file name after the tag name.',
  },
  'liquid/missing-include': {
    severity: 'warning',
    summary: 'An `{% include %}` names a file that is not in the lesson; it is dropped.',
    hint: 'Create the file in `_includes/` or remove the tag.',
  },
  'liquid/missing-link': {
    severity: 'warning',
    summary: 'A `{% link %}` tag names a file no page is built from.',
    hint: 'Check the file name and folder.',
  },
  'liquid/refused-include': {
    severity: 'warning',
    summary:
      'An `{% include %}` names a file Jekyll refuses (outside the lesson, or an odd name); it is dropped.',
    hint: 'Keep included files inside the lesson and name them plainly.',
  },
  'liquid/syntax': {
    severity: 'warning',
    summary: 'Liquid cannot read a tag or an expression, so it is shown as written.',
    hint: 'Close every `{% if %}` and `{% for %}`, or wrap literal braces in `{% raw %}…{% endraw %}`.',
  },
  'liquid/unknown-github': {
    severity: 'warning',
    summary:
      'A page uses `site.github` or a repository variable that this build cannot know; it is empty, and a link built from it has no address.',
    hint: 'Set `repository: owner/name` in the config, or write the value in the page.',
  },
  'liquid/unknown-tag': {
    severity: 'warning',
    summary: 'A Jekyll tag this generator does not support; it is dropped.',
    hint: 'Remove the tag or replace it with plain Markdown.',
  },
  'md-outputs/missing-file': {
    severity: 'warning',
    summary:
      'The `md5sum.txt` table of an `md-outputs` branch lists a built file that is not there; the row is skipped.',
    hint: 'Build the lesson again with sandpaper, or remove the row.',
  },
  'md-outputs/table': {
    severity: 'warning',
    summary:
      'A row of the `md5sum.txt` table of an `md-outputs` branch cannot be read; it is skipped.',
    hint: 'Build the lesson again with sandpaper.',
  },
  'nothing-lost/missing-text': {
    severity: 'error',
    summary:
      'Text of the source (a paragraph, a heading, a code line) is missing from the built page: the generator dropped or rewrote it.',
    hint: 'Check how the construct is rendered; this is the generator’s fault, not the author’s.',
  },
  'nothing-lost/page-not-built': {
    severity: 'error',
    summary: 'A source file of the lesson has no built page.',
    hint: 'Check why the page was not published.',
  },
  'nothing-lost/share': {
    severity: 'error',
    summary:
      'A sweep episode page keeps less of its source’s words than the sweep requires, so the lesson is not clean.',
    hint: 'Read the episode’s `nothing-lost/missing-text` problems.',
  },
  'paragraphs/no-blank-line': {
    severity: 'warning',
    summary:
      'A block comes right under a paragraph line that the lesson’s toolchain reads as more of the paragraph (a list, heading, quote, rule or table for pandoc; a `***` rule or a table for kramdown), so its site ran it into the text above, and so does the page.',
    hint: 'Put a blank line before the list, heading, quote, rule or table.',
  },
  'raw-syntax/leak': {
    severity: 'error',
    summary:
      'Source syntax (Liquid, a kramdown attribute list, a div fence) shows as text in the built site: a construct was not converted.',
    hint: 'Fix the normaliser that should have read it, or the source.',
  },
  'reference/callouts': {
    severity: 'error',
    summary:
      'A sweep episode page has more or fewer callouts of a kind than the reference toolchain’s page.',
  },
  'reference/code-blocks': {
    severity: 'error',
    summary: 'A sweep episode page’s code blocks differ from the reference toolchain’s page.',
  },
  'reference/code-language': {
    severity: 'error',
    summary:
      'A code block of a sweep episode page has another language than on the reference toolchain’s page.',
  },
  'reference/heading-id': {
    severity: 'error',
    summary:
      'A heading of a sweep episode page has another id than on the reference toolchain’s page.',
  },
  'reference/images': {
    severity: 'error',
    summary: 'A sweep episode page’s images differ from the reference toolchain’s page.',
  },
  'reference/tables': {
    severity: 'error',
    summary: 'A sweep episode page has more or fewer tables than the reference toolchain’s page.',
  },
  'rmd/child-loop': {
    severity: 'warning',
    summary:
      'An R Markdown `child=` document includes itself or the page including it; it is left out.',
    hint: 'A child document must not include itself or the page that includes it.',
  },
  'rmd/chunk-options': {
    severity: 'warning',
    summary: 'The options of a knitr chunk cannot all be read; those that cannot are ignored.',
    hint: 'Write options as in `{r label, echo=FALSE}` or as `#| echo: false` lines.',
  },
  'rmd/duplicate-label': {
    severity: 'warning',
    summary: 'Two knitr chunks have the same label, where knitr stops.',
    hint: 'Give every chunk its own label, or none.',
  },
  'rmd/fence-mismatch': {
    severity: 'warning',
    summary:
      'A knitr chunk is closed by a fence that does not match its opening one; knitr ends the chunk there, and so does this build.',
    hint: 'Close a chunk with the same number of backticks and the same indentation as its header.',
  },
  'rmd/missing-file': {
    severity: 'warning',
    summary:
      'A knitr chunk’s `child=`, `file=` or `code=` option names a file that does not exist or cannot be read; nothing is included.',
    hint: 'Paths in these options are relative to the folder of the page.',
  },
  'rmd/missing-ref-label': {
    severity: 'warning',
    summary: 'A knitr chunk’s `ref.label` names no chunk with code; knitr shows nothing for it.',
    hint: 'Check the spelling against the chunk labels of the page.',
  },
  'rmd/option-expression': {
    severity: 'warning',
    summary:
      'A knitr chunk option needs R to evaluate, and R is not run here, so knitr’s default is used instead.',
    hint: 'Write the option as a literal value (`TRUE`, `FALSE`, a quoted string or a number).',
  },
  'rmd/unclosed-chunk': {
    severity: 'warning',
    summary:
      'A knitr chunk is not closed before the next chunk or the end of the file; it ends where knitr ends it.',
    hint: 'Close the chunk with a line of backticks after its code.',
  },
  'rmd/unknown-engine': {
    severity: 'warning',
    summary:
      'A knitr chunk names an engine knitr does not have, so its code is shown without running, as knitr did.',
    hint: 'An R chunk is ` ```{r label} ` with a space after `r`; code only shown needs no braces.',
  },
  'source/binary': {
    severity: 'error',
    summary: 'A source file is binary, not Markdown text.',
    hint: 'Remove it from the episodes folder or replace it with the Markdown source.',
  },
  'source/encoding': {
    severity: 'error',
    severities: ['error', 'warning'],
    summary:
      'A source file is not UTF-8 text: an error in a styles lesson, as kramdown stops Jekyll, and in UTF-16; a warning in a Workbench lesson, whose lines not in UTF-8 are read as Windows-1252, as pandoc falls back to Latin-1.',
    hint: 'Save the file again with UTF-8 encoding.',
  },
  'source/nul-character': {
    severity: 'warning',
    summary:
      'A source file contains a NUL character, which Jekyll and pandoc pass through; it is shown as � (U+FFFD), as CommonMark replaces it.',
    hint: 'Delete the character; an editor that shows invisible characters finds it.',
  },
  'source/rmd-not-executed': {
    severity: 'notice',
    summary:
      'An R Markdown episode is rendered as Markdown: its code chunks are shown but not run, so their output is not shown.',
  },
  'styles/excluded': {
    severity: 'notice',
    summary: "A page the config's `exclude:` names is left out, as Jekyll left it out.",
    hint: 'Remove it from `exclude:` in _config.yml to publish it.',
  },
  'styles/nested-page': {
    severity: 'warning',
    severities: ['warning', 'notice'],
    summary:
      'A page in a subfolder is not published where Jekyll published it: at `/<name>/` instead (a notice), or elsewhere because Jekyll’s address is another page’s here (a warning).',
    hint: 'Link to the page by its source file name, so that the link follows it.',
  },
  'styles/special-name': {
    severity: 'notice',
    summary:
      'A file in `_episodes`, `_episodes_rmd` or `_extras` has a name starting with `_`, `#` or `~` (or ending with `~`), which Jekyll skips, so it is not published either.',
    hint: 'Rename it to publish it, or name it under `include:` in _config.yml.',
  },
  'styles/theme-page': {
    severity: 'notice',
    summary:
      "The styles theme's figures page is replaced by the figures page this generator builds from the episodes.",
  },
  'styles/unpublished': {
    severity: 'notice',
    summary: 'A page whose frontmatter says `published: false` is left out, as Jekyll left it out.',
    hint: 'Delete the `published: false` line to publish it.',
  },
  'sweep/internal': {
    severity: 'error',
    summary:
      'The sweep failed while analysing a built lesson, so the lesson could not be measured.',
    hint: 'This is a bug in the sweep; the report holds the stack.',
  },
  'tables/spaced-rule': {
    severity: 'warning',
    summary:
      'A thematic break written with spaces (- - -) opens what pandoc reads as a table, one character per column, so the Workbench site showed the text after it cut into cells; here it is the rule the author meant.',
    hint: 'Write the rule as *** or as --- between blank lines, which every reader takes for a rule.',
  },
  'third-party/author-file': {
    severity: 'notice',
    summary:
      'A file of the author’s, published as it is, requests something from another site; it loads only when a learner opens that file.',
  },
  'third-party/on-load': {
    severity: 'error',
    summary: 'A built page requests something from another site as soon as it opens.',
    hint: 'Make the generator publish the resource or put it behind a click.',
  },
  'yaml/duplicate-key': {
    severity: 'warning',
    summary: 'A YAML key is set twice; the later value is used, as the lesson’s toolchain did.',
    hint: 'Delete the line that is not meant to count.',
  },
  'yaml/syntax': {
    severity: 'error',
    severities: ['error', 'warning'],
    summary:
      'The config or a frontmatter block is not valid YAML: a styles page is published without its frontmatter, as Jekyll publishes it (a warning), where a config, or any frontmatter of a Workbench lesson, stops the build as it stops its toolchain (an error).',
    hint: 'Check indentation, colons and quotes; quote a value that contains `: `.',
  },
  'yaml/unindented-continuation': {
    severity: 'warning',
    summary:
      'A quoted YAML text continues on lines that are not indented; they are read as part of the text, as the lesson’s toolchain read them.',
    hint: 'Indent the continuation lines, or join them onto one line.',
  },
} as const satisfies Record<string, RuleInfo>;

/** A registered rule id. */
export type RuleId = keyof typeof rules;

type InfoOf<R extends RuleId> = (typeof rules)[R];

/** The severities rule `R` may be reported with (distributes over a union of ids). */
export type SeverityOf<R extends RuleId> = R extends RuleId
  ? InfoOf<R> extends { severities: readonly (infer S)[] }
    ? S
    : InfoOf<R>['severity']
  : never;

/** The rules that may be reported with severity `S`: what `DiagnosticBag.warn` and co. accept. */
export type RuleWith<S extends Severity> = {
  [R in RuleId]: S extends SeverityOf<R> ? R : never;
}[RuleId];

/** The part of an id before the slash: `links` of `links/broken`. */
type RuleArea = RuleId extends infer R ? (R extends `${infer A}/${string}` ? A : never) : never;

/**
 * What each area's rules are about, for the authors' list (docs/diagnostics.md); typed so that a
 * new area cannot be added to the table without saying what it is.
 */
export const ruleAreas: Record<RuleArea, string> = {
  attributes: 'Attribute lists: `{: .class}` (kramdown) and `{.class}` (pandoc).',
  build: 'Lesson builds run by the sweep (_maintainers_).',
  callout: 'Callouts: challenges, solutions, notes and the other boxes.',
  check: 'The checker itself.',
  code: 'Code blocks.',
  config: 'The lesson config: `config.yaml` (Workbench) or `_config.yml` (styles).',
  data: 'Data files in `_data/` (styles).',
  divs: 'Pandoc fenced divs (`::: challenge`).',
  embeds: 'Videos, frames and scripts from other sites.',
  episode: 'Episodes as a whole.',
  files: 'Files and symbolic links in the lesson folder.',
  frontmatter: 'The frontmatter block at the top of an episode or page.',
  headings: 'Headings.',
  images: 'Images.',
  kramdown: 'Kramdown constructs of styles lessons.',
  lesson: 'The lesson folder and where its pages are published.',
  links: 'Links, checked in the source (`npm run check`) and in the built site (`npm run verify`).',
  liquid: 'Liquid tags and includes of styles lessons.',
  'md-outputs':
    'Lessons built from sandpaper’s `md-outputs` branch (knitted Markdown, no R needed).',
  'nothing-lost':
    'The verifier’s comparison of each source with its built page (`npm run verify`, _maintainers_).',
  paragraphs: 'Paragraphs, and the blocks that end them (Workbench).',
  'raw-syntax': 'Source syntax left in the built site (`npm run verify`, _maintainers_).',
  reference: 'The sweep’s comparison of episode pages with Jekyll’s or pandoc’s (_maintainers_).',
  rmd: 'R Markdown episodes and their knitr chunks.',
  source: 'Source files that cannot be read as Markdown text.',
  styles: 'Pages of styles lessons that Jekyll published differently.',
  sweep: 'The sweep itself (_maintainers_).',
  tables: 'Tables pandoc reads that CommonMark does not (Workbench).',
  'third-party': 'Requests to other sites from the built site (`npm run sweep`, _maintainers_).',
  yaml: 'YAML syntax of the config and the frontmatter.',
};

/** Whether `id` is a registered rule id (for ids read back from printed output). */
export const isRuleId = (id: string): id is RuleId => Object.hasOwn(rules, id);
